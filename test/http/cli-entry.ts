// Runs the real CLI from the TypeScript sources (tests must not depend on a fresh `npm run build`).
import { main } from '../../src/transport/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
