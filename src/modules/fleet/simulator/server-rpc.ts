import type { Socket } from 'node:net';
import type { Fault } from './faults.js';
import type { SimMiner } from './fleet.js';
import { minerStateAt } from './miner-state.js';
import { hash01 } from './prng.js';
import { applyQuirk } from './quirks.js';
import { renderRpc } from './render.js';
import { parseRpcRequest } from './rpc-request.js';

/** What the cgminer API listeners share with the rest of the simulator. */
export interface RpcContext {
  miners: readonly SimMiner[];
  /** Faults by local position. */
  faults: Map<number, Fault[]>;
  clock: () => number;
  seed: number;
  latMin: number;
  latMax: number;
  keepOpenMs: number;
  busy: Uint8Array;
  served: Uint32Array;
  queues: Map<number, Socket[]>;
  counters: { rpc: number };
  track: (sock: Socket) => void;
  isClosed: () => boolean;
}

/** The connection handler of the API listener of the miner at local position `j`. */
export function rpcHandler(ctx: RpcContext): (j: number, sock: Socket) => void {
  const { miners, faults, clock, seed, latMin, latMax, keepOpenMs } = ctx;
  const { busy, served, queues, counters, track } = ctx;

  /* ----- cgminer API: one request per connection, one connection at a time ----- */
  const next = (j: number) => {
    busy[j] = 0;
    const q = queues.get(j);
    while (q && q.length > 0) {
      const s = q.shift()!;
      if (!s.destroyed) {
        if (q.length === 0) queues.delete(j);
        serveRpc(j, s);
        return;
      }
    }
    queues.delete(j);
  };

  const serveRpc = (j: number, sock: Socket) => {
    busy[j] = 1;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      next(j);
    };
    sock.once('close', finish);
    const idle = setTimeout(() => sock.destroy(), 10_000);
    sock.once('data', (chunk: Buffer) => {
      clearTimeout(idle);
      sock.pause();
      const m = miners[j]!;
      const list = faults.get(j);
      const now = clock();
      const st0 = list ? minerStateAt(m, list, now) : null;
      if (st0?.hang) return; // accepted, read, never answers; the next waits until it closes
      const count = served[j]!;
      served[j] = count + 1;
      const delay =
        latMin + Math.floor((latMax - latMin + 1) * hash01(seed, m.index, count, 0x1a7));
      setTimeout(() => {
        if (sock.destroyed) return finish();
        const t = clock();
        const st = minerStateAt(m, list, t);
        const req = parseRpcRequest(chunk.toString('latin1', 0, Math.min(chunk.length, 8192)));
        const wire = applyQuirk(
          renderRpc(m, st, req, Math.floor(t / 1000)),
          st.quirk,
          count ^ m.key,
        );
        counters.rpc++;
        if (wire.data.length > 0) sock.write(wire.data);
        if (st.keepOpen) {
          if (wire.nul) sock.write('\0');
          sock.setTimeout(keepOpenMs, () => sock.destroy());
        } else if (wire.nul) sock.end('\0');
        else sock.end();
        finish();
      }, delay);
    });
  };

  const onRpc = (j: number, sock: Socket) => {
    track(sock);
    if (ctx.isClosed()) return void sock.destroy();
    if (busy[j]) {
      let q = queues.get(j);
      if (!q) queues.set(j, (q = []));
      q.push(sock);
      return;
    }
    serveRpc(j, sock);
  };

  return onRpc;
}
