import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { isJson, withSystem } from '../context.js';
import { printTable } from '../output.js';

export function registerUnits(program: Command): void {
  const units = program.command('units').description('Units built here: genealogy and burn-in');

  units
    .command('show')
    .description('What is inside a unit (or hashboard), and its burn-in record')
    .argument('<serial>', 'unit or hashboard serial')
    .action(async (serial: string, _o: unknown, command: Command) =>
      withSystem(command, async (system) => {
        const unit = await system.modules.production.unitQueries.unit(systemActor('cli'), serial);
        if (isJson(command)) {
          process.stdout.write(`${JSON.stringify(unit, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${unit.serial}  ${unit.modelName}  ${unit.status}  built ${unit.builtOn} on ${unit.workOrder}${unit.installedIn ? `  (in ${unit.installedIn})` : ''}\n\n`,
        );
        printTable(
          unit.components.flatMap((c) => [
            {
              part: c.partNumber,
              serial: c.serial ?? '',
              lot: c.lotCode ?? '',
              quantity: c.quantity,
            },
            ...c.components.map((s) => ({
              part: `  └ ${s.partNumber}`,
              serial: s.serial ?? '',
              lot: s.lotCode ?? '',
              quantity: s.quantity,
            })),
          ]),
          ['part', 'serial', 'lot', 'quantity'],
          false,
        );
        if (unit.burnIn.length) {
          process.stdout.write('\nBurn-in\n');
          printTable(
            unit.burnIn.map((b) => ({
              attempt: b.attempt,
              on: b.testedOn,
              result: b.result,
              hashrate: `${(b.hashrateBp / 100).toFixed(1)}%`,
              'J/TH': (b.efficiencyJthX100 / 100).toFixed(2),
              reasons: b.reasons.join('; '),
            })),
            ['attempt', 'on', 'result', 'hashrate', 'J/TH', 'reasons'],
            false,
          );
        }
      }),
    );
}
