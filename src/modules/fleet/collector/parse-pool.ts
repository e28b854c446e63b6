import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { normalizeReading, type NormalizeInput } from '../protocol/index.js';
import type { MinerReading } from '../reading.js';

export type Normalize = (input: NormalizeInput) => Promise<MinerReading>;

/** Parsing on the calling thread (tests, small sites). */
export const normalizeInline: Normalize = async (input) => normalizeReading(input);

/**
 * Parsing and normalising replies on worker threads, so the sweep's thread only moves bytes: at
 * thousands of miners a second the parse trees are most of a collector's work. Jobs made in one
 * turn of the event loop travel together (one message each way per worker per turn); a worker
 * that dies fails its jobs' reads, which the sweep lists as unreadable, and is replaced.
 * Hints must be plain data here (no `chipsPerBoard` function). The threads keep the process
 * alive until `close()`.
 */
export function createParsePool(size = Math.max(1, Math.min(4, availableParallelism() - 1))) {
  // Built, the worker is JavaScript; under tsx (development, tests, benchmarks) it is
  // TypeScript, and the thread registers tsx before loading it.
  const dev = import.meta.url.endsWith('.ts');
  const target = JSON.stringify(
    new URL(dev ? './parse-worker.ts' : './parse-worker.js', import.meta.url).href,
  );
  const bootstrap = dev
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${target}); });`
    : `import(${target});`;
  type Pending = { resolve: (r: MinerReading) => void; reject: (e: Error) => void };
  interface Slot {
    worker: Worker;
    inFlight: Pending[][];
  }
  const slots: Slot[] = [];
  let next = 0;
  let queued: { job: NormalizeInput; pending: Pending }[] = [];
  let flushing = false;
  let closed = false;

  function spawnSlot(): Slot {
    const slot: Slot = { worker: new Worker(bootstrap, { eval: true }), inFlight: [] };
    slot.worker.on('message', (readings: MinerReading[]) => {
      const batch = slot.inFlight.shift();
      batch?.forEach((p, i) => p.resolve(readings[i]!));
    });
    const fail = (error: Error) => {
      for (const batch of slot.inFlight.splice(0)) for (const p of batch) p.reject(error);
      const at = slots.indexOf(slot);
      if (!closed && at >= 0) slots[at] = spawnSlot();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`parser thread exited (${code})`));
    });
    return slot;
  }
  for (let i = 0; i < size; i += 1) slots.push(spawnSlot());

  function flush() {
    flushing = false;
    const jobs = queued;
    queued = [];
    // Spread the turn's jobs over the workers in contiguous shares.
    const share = Math.ceil(jobs.length / slots.length);
    for (let i = 0; i < jobs.length; i += share) {
      const part = jobs.slice(i, i + share);
      const slot = slots[next++ % slots.length]!;
      slot.inFlight.push(part.map((j) => j.pending));
      slot.worker.postMessage(part.map((j) => j.job));
    }
  }

  const normalize: Normalize = (job) =>
    new Promise<MinerReading>((resolve, reject) => {
      if (closed) return reject(new Error('parser pool closed'));
      queued.push({ job, pending: { resolve, reject } });
      if (!flushing) {
        flushing = true;
        setImmediate(flush);
      }
    });

  return {
    normalize,
    size,
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

export type ParsePool = ReturnType<typeof createParsePool>;
