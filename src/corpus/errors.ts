/** The corpus folder cannot be used at all (missing, not a folder, unreadable): a one-line error, exit code 2. */
export class CorpusError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}
