import { randomUUID } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { MAX_READINGS_PER_BATCH, offlineReading, type MinerReading } from '../reading.js';
import { openOutbox } from './outbox.js';
import { createPusher, type PushTarget } from './pusher.js';
import { PRESENT_FAILURES } from './rpc-client.js';
import { sweepAll } from './sweep.js';

/** What reading one address gives: a reading, or why nothing there answered. */
export type ReadOutcome = { reading: MinerReading } | { absent: string };
export interface MinerReader {
  read(ip: string): Promise<ReadOutcome>;
  /** Forget what was learned of an address (multi-command support, identity). */
  forget(ip: string): void;
}

export interface CollectorOptions {
  name: string;
  version: string;
  targets: readonly string[];
  target: PushTarget;
  outboxFile: string;
  concurrency: number;
  /** Addresses that never answered are tried again only this often (discovery). */
  discoverEveryMs: number;
  /** A miner silent this long is dropped from the sweep until discovery finds it again. */
  forgetAfterMs: number;
  batchSize?: number;
  reader: MinerReader;
  now?: () => number;
  fetch?: typeof fetch;
}

export interface SweepReport {
  sweep: number;
  at: number;
  addresses: number;
  answered: number;
  offline: number;
  /** Answered but could not be understood (a reason is in the reading's problems). */
  unreadable: number;
  durationMs: number;
  minersPerSecond: number;
  batches: number;
  pushed: number;
  outbox: { batches: number; readings: number; parked: number };
  failing: string | null;
  /** Readings the outbox could not take (a full disk): lost, and counted. */
  lost: number;
}

/**
 * The site collector: sweeps known miners every interval (and every address at discovery),
 * turns what each says into readings, queues them durably in batches, and pushes the queue to
 * the central ingest. Its counters are Prometheus metrics of its own registry.
 */
export function createCollector(options: CollectorOptions) {
  const now = options.now ?? Date.now;
  const batchSize = Math.min(options.batchSize ?? MAX_READINGS_PER_BATCH, MAX_READINGS_PER_BATCH);
  const outbox = openOutbox(options.outboxFile);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'rigline_collector_' });
  const m = {
    sweeps: new Counter({
      name: 'rigline_collector_sweeps_total',
      help: 'Sweeps finished',
      registers: [registry],
    }),
    reads: new Counter({
      name: 'rigline_collector_reads_total',
      help: 'Miner reads by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    sweepSeconds: new Histogram({
      name: 'rigline_collector_sweep_seconds',
      help: 'Duration of a sweep',
      buckets: [1, 2, 5, 10, 20, 30, 60, 120],
      registers: [registry],
    }),
    known: new Gauge({
      name: 'rigline_collector_known_miners',
      help: 'Miners being swept',
      registers: [registry],
    }),
    outbox: new Gauge({
      name: 'rigline_collector_outbox_batches',
      help: 'Batches waiting to be pushed',
      registers: [registry],
    }),
    pushed: new Counter({
      name: 'rigline_collector_pushed_readings_total',
      help: 'Readings acknowledged by the server',
      registers: [registry],
    }),
    lost: new Counter({
      name: 'rigline_collector_lost_readings_total',
      help: 'Readings the outbox could not take (a full disk)',
      registers: [registry],
    }),
    pushFailures: new Counter({
      name: 'rigline_collector_push_failures_total',
      help: 'Failed pushes (retried later)',
      registers: [registry],
    }),
  };
  const pusher = createPusher({
    outbox,
    target: options.target,
    now,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onPushed: (_id, readings) => m.pushed.inc(readings),
    onFailure: () => m.pushFailures.inc(),
  });

  /** Address → when it last answered. */
  const known = new Map<string, number>();
  let lastDiscovery = -Infinity;
  let sweepNo = 0;

  /** One batch into the outbox, under an id it keeps across every retry. */
  function enqueue(readings: MinerReading[], sweepAt: number) {
    const batchId = randomUUID();
    const body = JSON.stringify({
      batchId,
      collector: { name: options.name, version: options.version },
      sweepAt,
      readings,
    });
    outbox.add(batchId, readings.length, body, now());
  }

  async function sweepOnce(): Promise<SweepReport> {
    // What waits from before (a restart, an outage) goes first.
    const before = await pusher.drain();
    const started = now();
    sweepNo += 1;
    const discovering = started - lastDiscovery >= options.discoverEveryMs;
    if (discovering) lastDiscovery = started;
    const addresses = discovering ? options.targets : [...known.keys()];
    // Readings are queued a batch at a time as they come, so a sweep of 30,000 miners never
    // holds more than one batch of them in memory.
    let pending: MinerReading[] = [];
    let answered = 0;
    let batches = 0;
    let lost = 0;
    let queueError: string | null = null;
    const flush = () => {
      try {
        enqueue(pending, started);
        batches += 1;
      } catch (error) {
        // The outbox cannot take it (a full disk): these readings are lost, said so, and the
        // collector goes on sweeping and pushing what it holds.
        lost += pending.length;
        queueError = `outbox: ${(error as Error).message}`;
        m.lost.inc(pending.length);
      }
      pending = [];
    };
    const take = (reading: MinerReading) => {
      pending.push(reading);
      if (pending.length >= batchSize) flush();
    };
    let offline = 0;
    let unreadable = 0;
    await sweepAll(
      addresses,
      options.concurrency,
      (ip) => options.reader.read(ip),
      (ip, out) => {
        if ('reading' in out) {
          known.set(ip, now());
          answered += 1;
          take(out.reading);
          if (!out.reading.online) unreadable += 1;
          m.reads.inc({ outcome: out.reading.online ? 'ok' : 'unreadable' });
          return;
        }
        let lastAnswer = known.get(ip);
        if (lastAnswer === undefined) {
          // Nothing there, or something that accepts and never answers: a hung miner is listed.
          if (!PRESENT_FAILURES.has(out.absent)) return;
          lastAnswer = now();
          known.set(ip, lastAnswer);
        }
        if (now() - lastAnswer > options.forgetAfterMs) {
          known.delete(ip);
          options.reader.forget(ip);
        }
        offline += 1;
        m.reads.inc({ outcome: 'offline' });
        take(offlineReading(ip, now(), `no answer: ${out.absent}`));
      },
    );
    if (pending.length) flush();
    const durationMs = now() - started;
    const push = await pusher.drain();
    const depth = outbox.depth();
    m.sweeps.inc();
    m.sweepSeconds.observe(durationMs / 1000);
    m.known.set(known.size);
    m.outbox.set(depth.batches);
    return {
      sweep: sweepNo,
      at: started,
      addresses: addresses.length,
      answered,
      offline,
      unreadable,
      durationMs,
      minersPerSecond: durationMs > 0 ? (addresses.length * 1000) / durationMs : addresses.length,
      batches,
      pushed: before.pushed + push.pushed,
      outbox: depth,
      failing: queueError ?? push.failing,
      lost,
    };
  }

  return {
    registry,
    outbox,
    sweepOnce,
    /** Push what is queued without sweeping (between sweeps, while the WAN is back). */
    drain: () => pusher.drain(),
    known: () => [...known.keys()],
    close() {
      outbox.close();
    },
  };
}

export type Collector = ReturnType<typeof createCollector>;
