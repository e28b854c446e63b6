import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { invalid } from '../../platform/errors.js';
import { isJson, weeksFlag, withSystem } from '../context.js';
import { printTable } from '../output.js';

type Solved = {
  orderNumber: string;
  lineNo: number;
  quantity: number;
  unpromised: number;
  splits: {
    source: string;
    quantity: number;
    arrivalP50: string;
    arrivalP90: string;
    unitLandedCents: number;
  }[];
};

/** One row per order line and source; units no source can supply have source null. */
function rows(lines: Solved[]) {
  return lines.flatMap((l) => [
    ...l.splits.map((s) => ({
      order: l.orderNumber,
      line: l.lineNo,
      qty: s.quantity,
      source: s.source as string | null,
      promised_p50: s.arrivalP50 as string | null,
      promised_p90: s.arrivalP90 as string | null,
      landed_cost_cents: s.unitLandedCents * s.quantity,
    })),
    ...(l.unpromised > 0
      ? [
          {
            order: l.orderNumber,
            line: l.lineNo,
            qty: l.unpromised,
            source: null,
            promised_p50: null,
            promised_p90: null,
            landed_cost_cents: 0,
          },
        ]
      : []),
  ]);
}

export function registerPromise(program: Command): void {
  program
    .command('promise')
    .description(
      'Promise every open order line: source, ship week, P50/P90 arrival and landed cost',
    )
    .option('--weeks <n>', 'horizon in weeks (1–104)', '52')
    .option('--scenario <name>', 'a tariff scenario laid over the base rows (not saved)')
    .option('--baseline <method>', 'answer with a baseline instead (greedy); not saved')
    .action(async (o: { weeks: string; scenario?: string; baseline?: string }, command: Command) =>
      withSystem(command, async (system) => {
        const weeks = weeksFlag(o.weeks);
        if (o.baseline !== undefined && o.baseline !== 'greedy')
          throw invalid('CLI_BAD_VALUE', `--baseline must be "greedy" (got "${o.baseline}")`);
        const promises = system.modules.sales.promises;
        const actor = systemActor('cli');
        // A baseline or a scenario is a question, not a new promise: nothing is saved.
        const answer =
          o.baseline || o.scenario
            ? await promises.whatIf(actor, {
                weeks,
                scenario: o.scenario,
                method: o.baseline ? 'greedy' : 'mip',
              })
            : await promises.run(actor, { trigger: 'cli', weeks });
        const out = rows(answer.lines);
        if (isJson(command)) {
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const method = 'run' in answer ? answer.run.method : answer.method;
        const cost = 'run' in answer ? answer.run.landedCostCents : answer.landedCostCents;
        process.stdout.write(
          `${answer.lines.length} open lines promised by ${method}; landed cost $${(cost / 100).toLocaleString('en-US')}\n`,
        );
        printTable(
          out.map((r) => ({
            ...r,
            landed_cost_cents: `$${(r.landed_cost_cents / 100).toFixed(2)}`,
          })),
          ['order', 'line', 'qty', 'source', 'promised_p50', 'promised_p90', 'landed_cost_cents'],
          false,
        );
      }),
    );
}
