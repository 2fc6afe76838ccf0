// One benchmark size in a process of its own (spawned by run.ts), so heap and RSS start clean:
// reads its SizeOptions as JSON from argv, writes its result as one JSON line to stdout.
import { measureSize, type SizeOptions } from './measure-size.js';

const options = JSON.parse(process.argv[2] ?? '') as SizeOptions;
const result = await measureSize(options);
process.stdout.write(`${JSON.stringify(result)}\n`);
