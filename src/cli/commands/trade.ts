import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { invalid } from '../../platform/errors.js';
import { isJson, withSystem } from '../context.js';
import { printTable } from '../output.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** US dollars as typed on a command line ("100000", "1234.56") to integer cents. */
function dollarsToCents(text: string): number {
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(text)) {
    throw invalid(
      'CLI_BAD_VALUE',
      `--value must be US dollars like 100000 or 1234.56 (got "${text}")`,
    );
  }
  const [whole, fraction = ''] = text.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

const percent = (bp: number) => `${(bp / 100).toFixed(2)}%`;
const dollars = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

export function registerTrade(program: Command): void {
  const trade = program.command('trade').description('Tariffs, duty and scenarios');

  trade
    .command('duty')
    .description('Duty for one entry line: every program applied, its rate and amount')
    .requiredOption('--hts <code>', 'HTS code, e.g. 8543.70.9860')
    .requiredOption('--origin <cc>', 'country of origin, two letters (CN, MY, …)')
    .requiredOption('--value <usd>', 'customs value in US dollars')
    .requiredOption('--date <yyyy-mm-dd>', 'entry date')
    .option('--scenario <name>', 'apply a what-if scenario')
    .action(
      async (
        o: { hts: string; origin: string; value: string; date: string; scenario?: string },
        command: Command,
      ) =>
        withSystem(command, async (system) => {
          if (!DATE.test(o.date))
            throw invalid('CLI_BAD_DATE', `--date must be YYYY-MM-DD (got "${o.date}")`);
          if (!/^[A-Za-z]{2}$/.test(o.origin))
            throw invalid(
              'CLI_BAD_ORIGIN',
              `--origin must be a two-letter country code (got "${o.origin}")`,
            );
          const result = await system.modules.trade.tariffs.duty(systemActor('cli'), {
            hts: o.hts,
            origin: o.origin,
            customsValueCents: dollarsToCents(o.value),
            entryDate: o.date,
            scenario: o.scenario,
          });
          if (isJson(command)) {
            const out = {
              lines: result.lines.map((l) => ({
                program: l.program,
                rate_bp: l.rateBp,
                amount_cents: l.amountCents,
                status: l.status,
              })),
              total_rate_bp: result.totalRateBp,
              total_cents: result.totalCents,
              ...(result.scenario ? { scenario: result.scenario } : {}),
            };
            process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
            return;
          }
          printTable(
            result.lines.map((l) => ({
              program: l.program,
              rate: percent(l.rateBp),
              amount: dollars(l.amountCents),
              status: l.status === 'voided' ? `voided ${l.voidedOn}` : 'in force',
            })),
            ['program', 'rate', 'amount', 'status'],
            false,
          );
          process.stdout.write(
            `total ${percent(result.totalRateBp)} = ${dollars(result.totalCents)}${result.scenario ? ` (scenario: ${result.scenario})` : ''}\n`,
          );
        }),
    );

  trade
    .command('compare')
    .description(
      'Build in the US or import? Landed costs per route under today’s tariffs and each scenario',
    )
    .requiredOption('--model <name>', 'miner model, e.g. "Antminer S21"')
    .option('--date <yyyy-mm-dd>', 'as of this date (default today)')
    .option('--scenario <name>', 'only this scenario')
    .action(async (o: { model: string; date?: string; scenario?: string }, command: Command) =>
      withSystem(command, async (system) => {
        if (o.date !== undefined && !DATE.test(o.date))
          throw invalid('CLI_BAD_DATE', `--date must be YYYY-MM-DD (got "${o.date}")`);
        const comparison = await system.modules.trade.sourcing.compare(systemActor('cli'), {
          model: o.model,
          date: o.date ?? system.platform.clock.today(),
          scenario: o.scenario,
        });
        if (isJson(command)) {
          process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
          return;
        }
        for (const r of comparison.results) {
          process.stdout.write(
            `\n${comparison.model} on ${comparison.date}: ${r.scenario ?? 'tariffs in force'}\n`,
          );
          process.stdout.write(
            `US build: ${dollars(r.usBuild.totalCents)} (parts ${dollars(r.usBuild.partsCents)}, parts duty ${dollars(r.usBuild.partsDutyCents)}, labour ${dollars(r.usBuild.labourCents)}, overhead ${dollars(r.usBuild.overheadCents)})\n`,
          );
          printTable(
            r.imports.map((i) => ({
              route: i.route.name,
              origin: i.route.origin,
              duty: percent(i.landed.duty.totalRateBp),
              landed: dollars(i.landed.totalCents),
              'break-even': i.breakEvenRateBp === null ? '-' : percent(i.breakEvenRateBp),
              cheaper:
                i.cheaper === 'us_build'
                  ? `US build by ${dollars(i.differenceCents)}`
                  : `import by ${dollars(-i.differenceCents)}`,
            })),
            ['route', 'origin', 'duty', 'landed', 'break-even', 'cheaper'],
            false,
          );
        }
      }),
    );
}
