// The benchmark's site collector, in its own process and from the compiled build, as
// `rigline collect` runs: discovery, then rounds of (raw-socket baseline sweep, collector sweep)
// over the same miners. Prints one JSON line of results; the last sweep's batches go to `out`
// (one JSON body a line) for the ingest part of the benchmark.
// Usage: node bench/fleet-collector.mjs '{"first":"127.20.0.1","miners":N,"request":"…",
//   "concurrency":C,"rounds":R,"out":"file"}'
/* global Response */
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import {
  createCollector,
  createMinerReader,
  createParsePool,
} from '../dist/modules/fleet/index.js';

const { first, miners, request, concurrency, rounds, out } = JSON.parse(process.argv[2] ?? '{}');
const base = first.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
const targets = Array.from({ length: miners }, (_, i) => {
  const v = base + i;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
});

/** The baseline: the same request to every miner, read to NUL, nothing parsed. */
async function rawSweep() {
  let next = 0;
  let ok = 0;
  const one = (host) =>
    new Promise((resolve) => {
      const socket = connect({ host, port: 4028 });
      const timer = setTimeout(() => socket.destroy(), 4_000);
      socket.on('connect', () => socket.write(request));
      socket.on('data', (chunk) => {
        if (chunk.indexOf(0) >= 0) {
          ok += 1;
          socket.destroy();
        }
      });
      socket.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.on('error', () => {});
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < targets.length) await one(targets[next++]);
    }),
  );
  if (ok < targets.length * 0.99) throw new Error(`baseline: ${ok} of ${targets.length} answered`);
  return (targets.length * 1000) / (performance.now() - started);
}

const dir = mkdtempSync(join(tmpdir(), 'rigline-fleet-collector-'));
// As `rigline collect` runs: replies parsed on worker threads.
const parsers = createParsePool();
let keep = false;
const collector = createCollector({
  name: 'bench',
  version: '1',
  targets,
  target: { server: 'http://127.0.0.1:9', token: 'bench' },
  outboxFile: join(dir, 'outbox.db'),
  concurrency,
  discoverEveryMs: 3_600_000,
  forgetAfterMs: 3_600_000,
  reader: createMinerReader({
    rpc: { port: 4028, timeoutMs: 4_000, maxBytes: 1 << 20 },
    cgi: null,
    normalize: parsers.normalize,
  }),
  // Pushing is measured by the ingest part: here the server acknowledges every batch at once.
  fetch: async (_url, init) => {
    const body = String(init.body);
    if (keep) appendFileSync(out, `${body}\n`);
    // The batch id leads the body ({"batchId":"…",…}): echoed as the server's acknowledgement.
    const batchId = body.slice(12, body.indexOf('"', 12));
    return new Response(JSON.stringify({ batchId }), { status: 200 });
  },
});
try {
  // Discovery (it also asks each miner its version) first, then steady-state sweeps
  // alternating with the baseline, so both see the same machine state.
  const discovery = await collector.sweepOnce();
  if (discovery.answered < targets.length * 0.99)
    throw new Error(`discovery found ${discovery.answered} of ${targets.length} miners`);
  const baseline = [];
  const sweeps = [];
  for (let round = 0; round < rounds; round += 1) {
    baseline.push(await rawSweep());
    keep = round === rounds - 1;
    const sweep = await collector.sweepOnce();
    if (sweep.answered < targets.length * 0.99)
      throw new Error(`sweep read ${sweep.answered} miners`);
    sweeps.push(sweep.minersPerSecond);
  }
  process.stdout.write(
    `${JSON.stringify({ baseline, sweeps, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
} finally {
  collector.close();
  await parsers.close();
  rmSync(dir, { recursive: true, force: true });
}
