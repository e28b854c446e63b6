// The collector's parsing thread: replies in, readings out (see parse-pool.ts).
import { parentPort } from 'node:worker_threads';
import { normalizeReading, type NormalizeInput } from '../protocol/index.js';

parentPort?.on('message', (jobs: NormalizeInput[]) => {
  parentPort!.postMessage(jobs.map((job) => normalizeReading(job)));
});
