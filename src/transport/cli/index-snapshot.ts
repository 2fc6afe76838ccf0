import { CliError, type CliCommand } from './context.js';

// Placeholder until its issue lands.
export const run: CliCommand = async () => {
  throw new CliError('"index-snapshot" is not available yet');
};
