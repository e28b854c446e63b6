import type { Command } from 'commander';
import { invalid } from '../../platform/errors.js';
import {
  parseFaultRates,
  parseShares,
  startSimulator,
  type Simulator,
} from '../../modules/fleet/index.js';
import { isJson } from '../context.js';

interface SimulateFlags {
  miners?: string;
  seed?: string;
  start?: string;
  port?: string;
  httpPort?: string;
  cgi?: boolean;
  latency?: string;
  faultRate?: string;
  controlPort?: string;
  models?: string;
  rejectMulti?: string;
  shard?: string;
  serialPrefix?: string;
  statusEvery?: string;
}

function int(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw invalid(
      'CLI_BAD_VALUE',
      `--${name} must be a whole number from ${min} to ${max} (got "${value}")`,
    );
  return n;
}

/** `rigline simulate`: a fleet of fake miners on loopback addresses for the collector. */
export function registerSimulate(program: Command): void {
  program
    .command('simulate')
    .description('Simulate a fleet of miners (cgminer API and Antminer web CGI) on 127.x.y.z')
    .requiredOption('--miners <n>', 'how many miners')
    .option('--seed <s>', 'seed: the same seed gives the same fleet (default 1)')
    .option('--start <ip>', 'first address inside 127.0.0.0/8 (default 127.1.0.1)')
    .option('--port <n>', 'cgminer API port (default 4028)')
    .option('--http-port <n>', 'Antminer web CGI port (default 80)')
    .option('--no-cgi', 'do not serve the web CGI (halves the file descriptors)')
    .option('--latency <min-max>', 'reply latency in ms, uniform (default 20-200)')
    .option('--fault-rate <list>', 'e.g. board_dead=0.01,fan_stop=0.002/h,malformed:nan=0.001')
    .option('--control-port <p>', 'control endpoint port on 127.0.0.1 (default 40280; 0 = any)')
    .option('--models <shares>', 'e.g. "Antminer S21=0.7,Antminer S19 XP=0.2,Whatsminer M60S=0.1"')
    .option(
      '--reject-multi <pattern=share>',
      'models rejecting a+b commands (default "^Antminer S19=0.5")',
    )
    .option('--shard <k/n>', 'serve only part k of n of the fleet (to split it across processes)')
    .option('--serial-prefix <p>', 'unit serial prefix (default RGL)')
    .option('--status-every <s>', 'seconds between status lines (default 5)')
    .action(async (o: SimulateFlags, command: Command) => {
      const json = isJson(command);
      const miners = int('miners', o.miners ?? '', 1, 2_000_000);
      let latencyMs: [number, number] | undefined;
      if (o.latency !== undefined) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(o.latency.trim());
        if (!m || Number(m[2] ?? m[1]) < Number(m[1]))
          throw invalid(
            'CLI_BAD_VALUE',
            `--latency must be min-max in ms, e.g. 20-200 (got "${o.latency}")`,
          );
        latencyMs = [Number(m[1]), Number(m[2] ?? m[1])];
      }
      let shard: { index: number; count: number } | undefined;
      if (o.shard !== undefined) {
        const m = /^(\d+)\/(\d+)$/.exec(o.shard.trim());
        const k = Number(m?.[1]);
        const count = Number(m?.[2]);
        if (!m || k < 1 || k > count)
          throw invalid('CLI_BAD_VALUE', `--shard must be k/n with 1 ≤ k ≤ n (got "${o.shard}")`);
        shard = { index: k - 1, count };
      }
      let rejectMultiCommand: { pattern: string; share: number } | undefined;
      if (o.rejectMulti !== undefined) {
        const at = o.rejectMulti.lastIndexOf('=');
        const share = Number(o.rejectMulti.slice(at + 1));
        if (at < 1 || !(share >= 0 && share <= 1))
          throw invalid(
            'CLI_BAD_VALUE',
            `--reject-multi must be pattern=share, e.g. "^Antminer S19=0.5"`,
          );
        rejectMultiCommand = { pattern: o.rejectMulti.slice(0, at), share };
      }
      const every = o.statusEvery === undefined ? 5 : int('status-every', o.statusEvery, 1, 3600);
      const t0 = performance.now();
      const sim: Simulator = await startSimulator({
        miners,
        seed: o.seed === undefined ? 1 : int('seed', o.seed, 0, 2 ** 32 - 1),
        start: o.start,
        port: o.port === undefined ? undefined : int('port', o.port, 1, 65535),
        httpPort: o.httpPort === undefined ? undefined : int('http-port', o.httpPort, 1, 65535),
        cgi: o.cgi !== false,
        latencyMs,
        faultRates: o.faultRate === undefined ? undefined : parseFaultRates(o.faultRate),
        models: o.models === undefined ? undefined : parseShares(o.models, 'model'),
        rejectMultiCommand,
        shard,
        serialPrefix: o.serialPrefix,
        controlPort:
          o.controlPort === undefined ? 40280 : int('control-port', o.controlPort, 0, 65535),
      });
      const startedS = (performance.now() - t0) / 1000;
      const rssMb = Math.round(process.memoryUsage().rss / 1e6);
      const first = sim.miners[0]!;
      const last = sim.miners[sim.miners.length - 1]!;
      if (json) {
        process.stdout.write(
          `${JSON.stringify({
            event: 'started',
            first: first.address,
            last: last.address,
            port: sim.port,
            httpPort: sim.httpPort,
            controlUrl: sim.controlUrl,
            startSeconds: Number(startedS.toFixed(2)),
            rssMb,
            miners: sim.miners.map((m) => sim.describe(m)),
          })}\n`,
        );
      } else {
        process.stdout.write(
          `simulating ${sim.miners.length} miners on ${first.address} – ${last.address} ` +
            `(API :${sim.port}${sim.httpPort === null ? ', no CGI' : `, CGI :${sim.httpPort}`})\n` +
            `control: ${sim.controlUrl}  (GET /miners, GET /stats, POST /faults {"miners":["${first.address}"],"fault":"board_dead"})\n` +
            `started in ${startedS.toFixed(1)} s, RSS ${rssMb} MB; Ctrl-C stops\n`,
        );
      }
      let previous = sim.stats();
      let previousAt = performance.now();
      const timer = setInterval(() => {
        const s = sim.stats();
        const now = performance.now();
        const rate = ((s.requests - previous.requests) * 1000) / (now - previousAt);
        previous = s;
        previousAt = now;
        const rss = Math.round(process.memoryUsage().rss / 1e6);
        if (json)
          process.stdout.write(
            `${JSON.stringify({ event: 'status', at: new Date().toISOString(), requestsPerSecond: Math.round(rate), rssMb: rss, ...s })}\n`,
          );
        else
          process.stdout.write(
            `${new Date().toISOString().slice(11, 19)}  ${Math.round(rate)} req/s  ${s.connectionsOpen} open  ` +
              `${s.requests} served  ${s.faulted} faulted  ${s.notListening} down  RSS ${rss} MB\n`,
          );
      }, every * 1000);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.removeListener('SIGINT', stop);
          process.removeListener('SIGTERM', stop);
          clearInterval(timer);
          void sim.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      if (!json) process.stdout.write('simulator stopped\n');
    });
}
