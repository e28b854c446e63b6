import type { Outbox } from './outbox.js';

export interface PushTarget {
  /** Base URL of the central Rigline, e.g. https://rigline.example.com */
  server: string;
  /** A site-scoped API token. */
  token: string;
}

export interface PushOutcome {
  pushed: number;
  /** Last failure, while the server is unreachable or failing. */
  failing: string | null;
  parked: number;
}

const MAX_BACKOFF_MS = 60_000;

function acknowledges(text: string, batchId: string): boolean {
  try {
    return (JSON.parse(text) as { batchId?: unknown }).batchId === batchId;
  } catch {
    return false;
  }
}

/**
 * Drains the outbox to the central ingest, oldest first. Network errors, 5xx, 408 and 429 are
 * retried with exponential backoff and jitter (the same batch id each time, so the server
 * applies it once); other 4xx answers park the batch with the server's reason.
 */
export function createPusher(deps: {
  outbox: Outbox;
  target: PushTarget;
  now: () => number;
  fetch?: typeof fetch;
  onPushed?: (batchId: string, readings: number) => void;
  onFailure?: (reason: string) => void;
}) {
  const doFetch = deps.fetch ?? fetch;
  let backoffMs = 0;
  let nextTryAt = 0;
  let failing: string | null = null;
  // Below the server's own path (a Rigline behind https://host/rigline/ keeps its prefix).
  const base = new URL(deps.target.server);
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/api/v1/telemetry/batches`;
  const url = base.toString();

  async function pushOne(): Promise<'pushed' | 'empty' | 'retry' | 'parked'> {
    const entry = deps.outbox.oldest();
    if (!entry) return 'empty';
    let status = 0;
    let reason: string;
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${deps.target.token}`,
          'content-type': 'application/json',
        },
        body: entry.body,
        signal: AbortSignal.timeout(60_000),
      });
      status = response.status;
      const text = await response.text();
      reason = text.slice(0, 300);
      // Only Rigline's answer naming this batch acknowledges it: a proxy or captive portal
      // answering 200 must not empty the outbox.
      if (status === 200 && !acknowledges(text, entry.batchId)) {
        status = 502;
        reason = 'the answer does not acknowledge the batch (not Rigline?)';
      }
    } catch (error) {
      reason = (error as Error).message;
    }
    if (status === 200) {
      deps.outbox.acknowledge(entry.batchId);
      deps.onPushed?.(entry.batchId, entry.readings);
      return 'pushed';
    }
    if (status >= 400 && status < 500 && status !== 408 && status !== 429 && status !== 401) {
      deps.outbox.park(entry.batchId, status, reason, deps.now());
      return 'parked';
    }
    deps.outbox.failedAttempt(entry.batchId);
    failing = status ? `HTTP ${status}: ${reason}` : reason;
    deps.onFailure?.(failing);
    return 'retry';
  }

  return {
    /** Push what is due; returns at the first failure (the next call waits out the backoff). */
    async drain(): Promise<PushOutcome> {
      const outcome: PushOutcome = { pushed: 0, failing: null, parked: 0 };
      if (deps.now() < nextTryAt) return { ...outcome, failing };
      for (;;) {
        const r = await pushOne();
        if (r === 'empty') break;
        if (r === 'pushed') outcome.pushed += 1;
        if (r === 'parked') outcome.parked += 1;
        if (r === 'retry') {
          backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs ? backoffMs * 2 : 1_000);
          nextTryAt = deps.now() + backoffMs * (0.5 + Math.random() / 2);
          outcome.failing = failing;
          return outcome;
        }
        backoffMs = 0;
        failing = null;
      }
      return outcome;
    },
  };
}

export type Pusher = ReturnType<typeof createPusher>;
