import type { Command } from 'commander';
import { AppError } from '../../platform/errors.js';
import { createSystem } from '../../system.js';
import { serve } from '../../server.js';
import { configFrom } from '../context.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the API and web app (PORT, HOST; migrations must be applied)')
    .option('--port <n>', 'port to listen on (default 8080)')
    .option('--host <h>', 'address to bind (default 127.0.0.1)')
    .option('--migrate', 'apply pending migrations before serving')
    .action(
      async (options: { port?: string; host?: string; migrate?: boolean }, command: Command) => {
        const config = configFrom(command, { port: options.port, host: options.host });
        const system = createSystem({ config });
        if (options.migrate) await system.migrate();
        const pending = (await system.migrationStatus()).filter((m) => m.appliedAt === null);
        if (pending.length > 0) {
          await system.close();
          throw new AppError(
            'unavailable',
            'MIGRATIONS_PENDING',
            `${pending.length} migration(s) pending; run \`rigline migrate\` or pass --migrate`,
          );
        }
        await serve(system, { port: config.port, host: config.host });
      },
    );
}
