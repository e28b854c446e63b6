import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { invalid } from '../../platform/errors.js';
import { isJson, withSystem } from '../context.js';
import { printTable } from '../output.js';

/** Warranty look-up and bulk RMA intake from the command line. */
export function registerService(program: Command): void {
  program
    .command('warranty')
    .description("A machine's warranty: cover, DOA window, voids, repaired parts and RMAs")
    .argument('<serial>', 'machine serial')
    .option('--on <date>', 'judge on this day (YYYY-MM-DD) instead of today')
    .action(async (serial: string, o: { on?: string }, command: Command) =>
      withSystem(command, async (system) => {
        if (o.on !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.on))
          throw invalid('CLI_DATE', `--on must be a date YYYY-MM-DD, not "${o.on}".`);
        const w = await system.modules.service.warranty.status(systemActor('cli'), serial, o.on);
        if (isJson(command)) {
          process.stdout.write(`${JSON.stringify(w, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${w.serial}  ${w.model}  ${w.customerCode}/${w.siteCode}  shipped ${w.shippedOn}\n` +
            `${w.state.replaceAll('_', ' ')} until ${w.state === 'repair_warranty' ? w.repairCoverEndsOn : w.endsOn} (${w.daysLeft} days left)` +
            `${w.doa ? `, dead on arrival until ${w.doaEndsOn}` : ''}; a repair request today: ${w.eligibility.replaceAll('_', ' ')}\n`,
        );
        for (const v of w.voids)
          process.stdout.write(`void: ${v.reason} (${v.voidedOn}): ${v.evidence}\n`);
        if (w.components.length) {
          process.stdout.write('\nRepaired parts\n');
          printTable(w.components, ['serial', 'partNumber', 'endsOn', 'covered'], false);
        }
        if (w.rmas.length) {
          process.stdout.write('\nRMAs\n');
          printTable(w.rmas, ['number', 'status', 'fault', 'requestedOn', 'shippedOn'], false);
        }
      }),
    );

  const rma = program.command('rma').description('RMAs: return machines to the US depot');
  rma
    .command('import')
    .description('Open RMAs from a CSV of serial,fault_code,note (all rows or none)')
    .argument('<file>', 'CSV file')
    .option('--customer <id>', 'the customer (id or code); else taken from the machines')
    .action(async (file: string, o: { customer?: string }, command: Command) =>
      withSystem(command, async (system) => {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (error) {
          throw invalid('CLI_FILE_UNREADABLE', `Cannot read ${file}: ${(error as Error).message}`);
        }
        const actor = systemActor('cli');
        const created = await system.modules.service.intake.importCsv(actor, text, o.customer);
        const summary = created.map((r) => ({
          number: r.number,
          site: r.siteCode,
          units: r.units,
          eligibility: r.eligibility,
        }));
        if (isJson(command)) {
          process.stdout.write(`${JSON.stringify({ rmas: summary }, null, 2)}\n`);
          return;
        }
        printTable(
          summary.map((s) => ({
            ...s,
            eligibility: Object.entries(s.eligibility)
              .map(([k, n]) => `${n} ${k.replaceAll('_', ' ')}`)
              .join(', '),
          })),
          ['number', 'site', 'units', 'eligibility'],
          false,
        );
      }),
    );
}
