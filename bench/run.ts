// `npm run bench -- <name> [--quick]`: runs bench/<name>.bench.ts, prints its table and writes
// bench/results/<name>.json in the shape DESIGN.md fixes.
import { readdirSync } from 'node:fs';

const [name, ...rest] = process.argv.slice(2);
const available = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace('.bench.ts', ''));
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [--quick]`);
  process.exit(2);
}
const bench = (await import(`./${name}.bench.ts`)) as {
  run(options: { quick: boolean }): Promise<boolean>;
};
const pass = await bench.run({ quick: rest.includes('--quick') });
process.exit(pass ? 0 : 1);
