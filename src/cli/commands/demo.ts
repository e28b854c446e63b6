import type { Command } from 'commander';
import { createSystem } from '../../system.js';
import { serve } from '../../server.js';
import { configFrom } from '../context.js';
import { startDemoFleet } from '../demo-fleet.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Migrate, create the admin, seed the demo world (once), then serve')
    .option('--port <n>', 'port to listen on (default 8080)')
    .option('--host <h>', 'address to bind (default 127.0.0.1)')
    .option('--no-serve', 'prepare the demo data and exit')
    .option('--no-fleet', 'serve without the live simulated fleet and its collector')
    .action(
      async (
        options: { port?: string; host?: string; serve: boolean; fleet: boolean },
        command: Command,
      ) => {
        const config = configFrom(command, { port: options.port, host: options.host });
        const system = createSystem({ config });
        const log = (message: string) => process.stdout.write(`demo: ${message}\n`);
        log(`database ${system.platform.database.description}`);
        const admin = await system.prepareDemo(log);
        const loginLines = [
          `  email:    ${admin.email}`,
          admin.password
            ? `  password: ${admin.password}${admin.created && !config.adminPassword ? '   (generated: shown only this once)' : ''}`
            : '  password: as printed at the first start (or set RIGLINE_ADMIN_PASSWORD, or run `rigline users reset-password admin@rigline.local`)',
          '  Demo colleagues (planner@, lead@, buyer@, trade@, sales@, logistics@, depot@rigline.local) share the password the admin had when they were created.',
        ];
        if (!options.serve) {
          for (const line of ['Demo ready. Sign in with', ...loginLines])
            process.stdout.write(`${line}\n`);
          await system.close();
          return;
        }
        const served = await serve(system, {
          port: config.port,
          host: config.host,
          banner: (url) => [
            '',
            `Rigline demo is running at ${url}`,
            'Sign in with',
            ...loginLines,
            '',
          ],
        });
        if (options.fleet) {
          // The collector pushes over loopback whatever address the server shows.
          const push = `http://127.0.0.1:${new URL(served.url).port}`;
          await startDemoFleet(system, push, log).catch((error: unknown) => {
            log(`live fleet not started: ${(error as Error).message}`);
          });
        }
      },
    );
}
