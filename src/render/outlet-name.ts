import type { SourceSummary } from '../answer/types.js';

export type NamedSource = Pick<SourceSummary, 'id' | 'outlet' | 'title'>;

/** How a source is named in lists, in every renderer: its outlet, else its headline, else its file id. */
export function outletName(source: NamedSource): string {
  return source.outlet ?? source.title ?? source.id;
}
