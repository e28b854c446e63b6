import { Command, CommanderError } from 'commander';
import { VERSION } from '../platform/version.js';
import { registerCsv } from './commands/csv.js';
import { registerDemo } from './commands/demo.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPlan } from './commands/plan.js';
import { registerPromise } from './commands/promise.js';
import { registerServe } from './commands/serve.js';
import { registerService } from './commands/service.js';
import { registerSimulate } from './commands/simulate.js';
import { registerTokens } from './commands/tokens.js';
import { registerTrade } from './commands/trade.js';
import { registerUnits } from './commands/units.js';
import { registerUsers } from './commands/users.js';
import { registerCollect } from './commands/collect.js';
import { reportFailure } from './output.js';

/** `rigline`: the same services as the server, in-process, for operators and scripts. */
export function buildProgram(): Command {
  const program = new Command('rigline')
    .description('Rigline: operations system of a US miner factory')
    .version(VERSION)
    .option('--db <file>', 'SQLite file (RIGLINE_DB, default ./data/rigline.db)')
    .option('--database-url <url>', 'PostgreSQL URL (DATABASE_URL; wins over --db)')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent (RIGLINE_LOG_LEVEL)')
    .option('--json', 'machine-readable output')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerDemo(program);
  registerMigrate(program);
  registerUsers(program);
  registerTokens(program);
  registerTrade(program);
  registerCsv(program);
  registerPlan(program);
  registerPromise(program);
  registerUnits(program);
  registerService(program);
  registerSimulate(program);
  registerCollect(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 2.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = reportFailure(error);
  }
}

await main(process.argv);
