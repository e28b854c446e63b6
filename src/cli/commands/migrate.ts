import type { Command } from 'commander';
import { isJson, withSystem } from '../context.js';
import { isoOrDash, printJsonOrText, printTable } from '../output.js';

export function registerMigrate(program: Command): void {
  const migrate = program
    .command('migrate')
    .description('Database migrations (default: up)')
    .action(async (_options: unknown, command: Command) => up(command));

  migrate
    .command('up')
    .description('Apply every pending migration')
    .action(async (_options: unknown, command: Command) => up(command));

  migrate
    .command('status')
    .description('List migrations and when each was applied')
    .action(async (_options: unknown, command: Command) =>
      withSystem(command, async (system) => {
        const rows = (await system.migrationStatus()).map((m) => ({
          name: m.name,
          appliedAt: m.appliedAt ? m.appliedAt.toISOString() : null,
        }));
        printTable(rows, ['name', 'appliedAt'], isJson(command));
      }),
    );
}

async function up(command: Command): Promise<void> {
  await withSystem(command, async (system) => {
    const json = isJson(command);
    if (!json) process.stdout.write(`migrating ${system.platform.database.description}\n`);
    const applied = await system.migrate((m) => {
      if (!json) process.stdout.write(`${m}\n`);
    });
    const text = applied.length
      ? applied.map((n) => `applied ${n}`).join('\n')
      : `up to date (${isoOrDash(Date.now())})`;
    printJsonOrText({ applied }, text, json);
  });
}
