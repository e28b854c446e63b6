import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { isJson, weeksFlag, withSystem } from '../context.js';
import { printTable } from '../output.js';

export function registerPlan(program: Command): void {
  const plan = program.command('plan').description('Build plan and material requirements (MRP)');

  plan
    .command('mrp')
    .description('Run MRP over the build plan: planned orders and shortages pegged to plan weeks')
    .option('--weeks <n>', 'planning horizon in weeks (1–104)', '52')
    .action(async (o: { weeks: string }, command: Command) =>
      withSystem(command, async (system) => {
        const weeks = weeksFlag(o.weeks);
        const run = await system.modules.production.mrp.run(systemActor('cli'), { weeks });
        if (isJson(command)) {
          const out = {
            run_id: run.id,
            first_week: run.firstWeek,
            planned_orders: run.plannedOrders.map((p) => ({
              id: p.id,
              part_number: p.partNumber,
              source: p.source,
              quantity: p.quantity,
              release_date: p.releaseDate,
              due_date: p.dueDate,
              late_weeks: p.lateWeeks,
              supplier: p.supplier?.supplierCode ?? null,
              unit_price_cents: p.supplier?.unitPriceCents ?? null,
              pegs: p.pegs,
            })),
            shortages: run.shortages.map((s) => ({
              part_number: s.partNumber,
              needed_date: s.neededDate,
              quantity: s.quantity,
              late_weeks: s.lateWeeks,
              pegs: s.pegs,
            })),
          };
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `MRP run ${run.id} from ${run.firstWeek}, ${run.weeks} weeks: ${run.summary.toBuy} to buy, ${run.summary.toMake} to make, ${run.summary.shortages} shortages\n`,
        );
        if (run.shortages.length) {
          process.stdout.write('\nShortages (release already late):\n');
          printTable(
            run.shortages.map((s) => ({
              part: s.partNumber,
              needed: s.neededDate,
              quantity: s.quantity,
              late: `${s.lateWeeks} wk`,
              for: s.pegs.map((p) => `${p.model} ${p.week}`).join(', '),
            })),
            ['part', 'needed', 'quantity', 'late', 'for'],
            false,
          );
        }
      }),
    );
}
