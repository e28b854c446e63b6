import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Command } from 'commander';
import {
  createCollector,
  createMinerReader,
  createParsePool,
  parseTargets,
  type SweepReport,
} from '../../modules/fleet/index.js';
import { invalid } from '../../platform/errors.js';
import { VERSION } from '../../platform/version.js';

interface CollectFlags {
  server: string;
  token?: string;
  targets?: string;
  targetsFile?: string;
  interval: string;
  concurrency: string;
  timeout: string;
  port: string;
  httpPort: string;
  cgi: boolean;
  cgiUser: string;
  cgiPassword?: string;
  outbox: string;
  discoverEvery: string;
  name: string;
  once?: boolean;
  sweeps?: string;
  metricsPort?: string;
}

function positive(name: string, text: string, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw invalid('CLI_BAD_FLAG', `--${name} must be a whole number from 1 to ${max}.`);
  return n;
}

function line(r: SweepReport): string {
  const rate = Math.round(r.minersPerSecond).toLocaleString('en-US');
  const queue = r.outbox.batches ? `, outbox ${r.outbox.batches} batches` : '';
  const parked = r.outbox.parked ? `, ${r.outbox.parked} batches refused by the server` : '';
  const lost = r.lost ? `, ${r.lost} readings LOST` : '';
  const failing = r.failing ? `, failing: ${r.failing}` : '';
  return (
    `sweep ${r.sweep}: ${r.addresses} addresses in ${(r.durationMs / 1000).toFixed(1)} s ` +
    `(${rate}/s): ${r.answered} answered, ${r.offline} offline, ${r.unreadable} unreadable; ` +
    `pushed ${r.pushed}${queue}${parked}${lost}${failing}`
  );
}

/** `rigline collect`: the site collector (see docs/fleet.md). */
export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description('Sweep the miners of a site and push their readings to Rigline')
    .requiredOption('--server <url>', 'the central Rigline, e.g. https://rigline.example.com')
    .option('--token <secret>', 'site collector token (RIGLINE_COLLECTOR_TOKEN)')
    .option('--targets <list>', 'CIDR blocks, ranges and addresses: 10.1.0.0/22,10.2.0.5')
    .option('--targets-file <file>', 'the same, one per line (# comments)')
    .option('--interval <s>', 'seconds between sweeps', '30')
    .option('--concurrency <n>', 'miners read at once', '2000')
    .option('--timeout <ms>', 'per request: connect, send and read', '4000')
    .option('--port <n>', 'miner API port', '4028')
    .option('--http-port <n>', 'miner web interface port (serial, MAC)', '80')
    .option('--no-cgi', 'do not read the web interface')
    .option('--cgi-user <user>', 'web interface user', 'root')
    .option(
      '--cgi-password <secret>',
      'web interface password (RIGLINE_CGI_PASSWORD, default root)',
    )
    .option(
      '--outbox <file>',
      'durable queue of readings not yet pushed',
      './data/collector-outbox.db',
    )
    .option('--discover-every <s>', 'seconds between sweeps of every target address', '600')
    .option('--name <name>', 'this collector, as the server records it', 'collector')
    .option('--once', 'one sweep and one push, then exit')
    .option('--sweeps <n>', 'stop after this many sweeps')
    .option('--metrics-port <n>', 'serve Prometheus metrics on 127.0.0.1:<n>/metrics')
    .action(async (flags: CollectFlags, command: Command) => {
      const json = Boolean(command.optsWithGlobals().json);
      const token = flags.token ?? process.env.RIGLINE_COLLECTOR_TOKEN;
      if (!token) throw invalid('CLI_NO_TOKEN', 'Give --token or RIGLINE_COLLECTOR_TOKEN.');
      try {
        new URL(flags.server);
      } catch {
        throw invalid('CLI_BAD_FLAG', `--server must be a URL, not "${flags.server}".`);
      }
      const text = [
        flags.targets ?? '',
        flags.targetsFile ? readFileSync(flags.targetsFile, 'utf8') : '',
      ].join('\n');
      const targets = parseTargets(text);
      if (targets.length === 0)
        throw invalid(
          'CLI_NO_TARGETS',
          'Give --targets or --targets-file with at least one address.',
        );
      // Every flag is checked before anything starts (threads, files, sockets).
      const timeoutMs = positive('timeout', flags.timeout, 60_000);
      const rpc = { port: positive('port', flags.port, 65535), timeoutMs, maxBytes: 1 << 20 };
      const cgi = flags.cgi
        ? {
            port: positive('http-port', flags.httpPort, 65535),
            user: flags.cgiUser,
            password: flags.cgiPassword ?? process.env.RIGLINE_CGI_PASSWORD ?? 'root',
            timeoutMs,
          }
        : null;
      const concurrency = positive('concurrency', flags.concurrency, 20_000);
      const discoverEveryMs = positive('discover-every', flags.discoverEvery, 86_400) * 1000;
      const metricsPort = flags.metricsPort
        ? positive('metrics-port', flags.metricsPort, 65535)
        : null;
      const intervalMs = positive('interval', flags.interval, 86_400) * 1000;
      const limit = flags.once
        ? 1
        : flags.sweeps
          ? positive('sweeps', flags.sweeps, 1e9)
          : Infinity;
      const parsers = createParsePool();
      const collector = (() => {
        try {
          return createCollector({
            name: flags.name,
            version: VERSION,
            targets,
            target: { server: flags.server, token },
            outboxFile: flags.outbox,
            concurrency,
            discoverEveryMs,
            forgetAfterMs: 24 * 3_600_000,
            // Replies are parsed on worker threads: the sweep's thread only moves bytes.
            reader: createMinerReader({ normalize: parsers.normalize, rpc, cgi }),
          });
        } catch (error) {
          // The outbox could not be opened: the parser threads must not keep the process up.
          void parsers.close();
          throw error;
        }
      })();
      const metrics =
        metricsPort === null
          ? null
          : createServer((req, res) => {
              if (req.url !== '/metrics') return res.writeHead(404).end();
              collector.registry
                .metrics()
                .then((body) =>
                  res.writeHead(200, { 'content-type': collector.registry.contentType }).end(body),
                )
                .catch(() => res.writeHead(500).end());
            })
              .on('error', (error: Error) =>
                process.stderr.write(`rigline collect: metrics server: ${error.message}\n`),
              )
              .listen(metricsPort, '127.0.0.1');
      let stopping = false;
      const stop = () => {
        stopping = true;
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stderr.write(
        `rigline collect: ${targets.length} addresses → ${flags.server}, every ${intervalMs / 1000} s\n`,
      );
      try {
        for (let n = 0; n < limit && !stopping; n += 1) {
          const started = Date.now();
          const report = await collector.sweepOnce();
          process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${line(report)}\n`);
          if (n + 1 >= limit) break;
          // Between sweeps, keep draining the queue (a WAN link coming back).
          while (!stopping && Date.now() - started < intervalMs) {
            await new Promise((r) => setTimeout(r, Math.min(1_000, intervalMs)));
            await collector.drain();
          }
        }
      } finally {
        metrics?.close();
        collector.close();
        await parsers.close();
        process.removeListener('SIGINT', stop);
        process.removeListener('SIGTERM', stop);
      }
    });
}
