import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { invalid, notFound } from '../../platform/errors.js';
import type { System } from '../../system.js';
import { isJson, withSystem } from '../context.js';

function endpoint(system: System, kind: string) {
  const found = system.csvEndpoints.find((e) => e.name === kind);
  if (!found)
    throw notFound(
      'CLI_CSV_KIND',
      `No CSV kind "${kind}"; one of: ${system.csvEndpoints.map((e) => e.name).join(', ')}`,
    );
  return found;
}

export function registerCsv(program: Command): void {
  const csv = program
    .command('csv')
    .description('Import and export parts, BOMs, suppliers and tariff rows as CSV');

  csv
    .command('export')
    .description('Write one kind of record as CSV (to stdout, or --out FILE)')
    .argument('<kind>', 'parts | boms | suppliers | tariff-rows')
    .option('--out <file>', 'write to this file')
    .action(async (kind: string, o: { out?: string }, command: Command) =>
      withSystem(command, async (system) => {
        const text = await endpoint(system, kind).exportCsv(systemActor('cli'));
        if (o.out) writeFileSync(o.out, text);
        else process.stdout.write(text);
      }),
    );

  csv
    .command('import')
    .description('Import a CSV file: every row or none; bad rows are listed with line and field')
    .argument('<kind>', 'parts | boms | suppliers | tariff-rows')
    .argument('<file>', 'the CSV file')
    .option('--dry-run', 'check the file without writing anything')
    .action(async (kind: string, file: string, o: { dryRun?: boolean }, command: Command) =>
      withSystem(command, async (system) => {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          throw invalid('CLI_FILE_UNREADABLE', `Cannot read ${file}: ${(error as Error).message}`);
        }
        const result = await endpoint(system, kind).importCsv(systemActor('cli'), text, {
          dryRun: Boolean(o.dryRun),
        });
        if (isJson(command)) process.stdout.write(`${JSON.stringify(result)}\n`);
        else
          process.stdout.write(
            `${result.dryRun ? 'Checked (dry run, nothing written)' : 'Imported'}: ${result.created} created, ${result.updated} updated\n`,
          );
      }),
    );
}
