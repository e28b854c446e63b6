import type { Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { AppError } from '../../../platform/errors.js';
import type { DigestCheck } from './digest.js';
import {
  faultLabel,
  parseFault,
  parseFaultRates,
  scheduledFaults,
  type Fault,
  type FaultSpec,
} from './faults.js';
import { assertFdBudget } from './fd-limit.js';
import {
  assertLoopback,
  buildMiner,
  DEFAULT_MODEL_SHARES,
  resolveModels,
  type FleetOptions,
  type SimMiner,
} from './fleet.js';
import { isListening, minerStateAt } from './miner-state.js';
import { startControl } from './control.js';
import { listen } from './listen.js';
import { cgiHandler } from './server-cgi.js';
import { rpcHandler } from './server-rpc.js';
import type {
  MinerDescriptor,
  MinerTarget,
  Simulator,
  SimulatorOptions,
  SimulatorStats,
} from './server-types.js';

/**
 * The simulator's network side: per miner a cgminer-style API listener (one request per
 * connection, served one connection at a time, like the single-threaded firmware) and the
 * Antminer web CGI with digest auth, each on the miner's own loopback address; plus a small HTTP
 * control endpoint to inject faults. Raw `net` servers everywhere (the CGI parses its tiny GET
 * requests itself): a listener costs ~3 KB of RSS, an `http.Server` several times that.
 */
const noop = () => {};
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const total = options.miners;
  if (!Number.isInteger(total) || total < 1 || total > 2_000_000)
    throw new AppError(
      'invalid',
      'SIM_BAD_COUNT',
      `miners must be a whole number from 1, not ${total}`,
    );
  const seed = (options.seed ?? 1) >>> 0;
  const port = options.port ?? 4028;
  const cgiOn = options.cgi ?? true;
  const httpPort = options.httpPort ?? 80;
  const [latMin, latMax] = options.latencyMs ?? [20, 200];
  if (!(latMin >= 0 && latMax >= latMin))
    throw new AppError(
      'invalid',
      'SIM_BAD_LATENCY',
      `latency must be min-max ms with 0 ≤ min ≤ max`,
    );
  const clock = options.clock ?? Date.now;
  const epochMs = options.epochMs ?? clock();
  const rates =
    typeof options.faultRates === 'string'
      ? parseFaultRates(options.faultRates)
      : (options.faultRates ?? []);
  const start = options.start ?? '127.1.0.1';
  assertLoopback(start);
  const controlHost = options.controlHost ?? '127.0.0.1';
  assertLoopback(controlHost);
  const keepOpenMs = options.keepOpenMs ?? 30_000;
  const creds: DigestCheck = {
    user: options.credentials?.user ?? 'root',
    password: options.credentials?.password ?? 'root',
    secret: `rigline-sim-${seed}`,
  };

  // The served slice of the fleet.
  let from = 0;
  let to = total;
  if (options.shard) {
    const { index, count } = options.shard;
    if (
      !Number.isInteger(count) ||
      count < 1 ||
      !Number.isInteger(index) ||
      index < 0 ||
      index >= count
    )
      throw new AppError('invalid', 'SIM_BAD_SHARD', `shard must be k/n with 1 ≤ k ≤ n`);
    const size = Math.ceil(total / count);
    from = Math.min(total, index * size);
    to = Math.min(total, from + size);
  }
  const fleet: FleetOptions = {
    seed,
    start,
    models: options.models ?? DEFAULT_MODEL_SHARES,
    firmwares: options.firmwares,
    rejectMultiCommand: options.rejectMultiCommand,
    serialPrefix: options.serialPrefix,
    boardSerialPrefix: options.boardSerialPrefix,
    epochMs,
    roster: options.roster,
  };
  const models = resolveModels(fleet.models!);
  // The last address must stay inside 127.0.0.0/8 (throws otherwise) before any listener opens.
  buildMiner(fleet, total - 1, models);
  const miners: SimMiner[] = [];
  for (let i = from; i < to; i++) miners.push(buildMiner(fleet, i, models));
  const n = miners.length;
  const cgiOf = (m: SimMiner) => cgiOn && m.cgi;
  const listenersWanted = n + (cgiOn ? miners.filter((m) => m.cgi).length : 0);
  assertFdBudget(listenersWanted, n);

  const byAddress = new Map<string, number>();
  miners.forEach((m, j) => byAddress.set(m.address, j));
  const faults = new Map<number, Fault[]>(); // by local position j
  const watch = new Set<number>(); // positions with offline/reboot faults
  const noteFaults = (j: number, list: Fault[]) => {
    if (list.length === 0) {
      faults.delete(j);
      watch.delete(j);
      return;
    }
    faults.set(j, list);
    if (list.some((f) => f.kind === 'offline' || f.kind === 'reboot_loop')) watch.add(j);
    else watch.delete(j);
  };
  if (rates.length > 0)
    for (let j = 0; j < n; j++) {
      const list = scheduledFaults(seed, miners[j]!.index, rates, epochMs);
      if (list.length) noteFaults(j, list);
    }

  const rpcServers: (Server | null)[] = new Array<Server | null>(n).fill(null);
  const cgiServers: (Server | null)[] = new Array<Server | null>(n).fill(null);
  const listening = new Uint8Array(n);
  const busy = new Uint8Array(n);
  const served = new Uint32Array(n);
  const queues = new Map<number, Socket[]>();
  const sockets = new Set<Socket>();
  const counters = { rpc: 0, cgi: 0, acceptErrors: 0 };
  let closed = false;

  const track = (sock: Socket) => {
    sockets.add(sock);
    sock.on('error', noop);
    sock.once('close', () => sockets.delete(sock));
  };
  const onRpc = rpcHandler({
    miners,
    faults,
    clock,
    seed,
    latMin,
    latMax,
    keepOpenMs,
    busy,
    served,
    queues,
    counters,
    track,
    isClosed: () => closed,
  });
  const onCgi = cgiHandler({
    miners,
    faults,
    clock,
    creds,
    counters,
    track,
    isClosed: () => closed,
  });

  const makeServer = (j: number, kind: 'rpc' | 'cgi'): Server => {
    const s = createServer(
      { noDelay: true },
      kind === 'rpc' ? (c) => onRpc(j, c) : (c) => onCgi(j, c),
    );
    s.on('error', () => counters.acceptErrors++);
    return s;
  };

  const open = async (j: number) => {
    const m = miners[j]!;
    listening[j] = 1;
    const rpc = makeServer(j, 'rpc');
    rpcServers[j] = rpc;
    const tasks = [listen(rpc, port, m.address)];
    if (cgiOf(m)) {
      const cgi = makeServer(j, 'cgi');
      cgiServers[j] = cgi;
      tasks.push(listen(cgi, httpPort, m.address));
    }
    await Promise.all(tasks);
  };
  const shut = (j: number) => {
    listening[j] = 0;
    rpcServers[j]?.close();
    cgiServers[j]?.close();
    rpcServers[j] = null;
    cgiServers[j] = null;
  };

  const sync = async () => {
    if (closed) return;
    const t = clock();
    const changes: Promise<void>[] = [];
    for (const j of watch) {
      const want = isListening(faults.get(j), t);
      if (want && !listening[j]) changes.push(open(j).catch(() => shut(j)));
      else if (!want && listening[j]) shut(j);
    }
    // Miners whose offline/reboot faults were cleared.
    for (let j = 0; j < n; j++)
      if (!listening[j] && !watch.has(j)) changes.push(open(j).catch(() => shut(j)));
    await Promise.all(changes);
  };

  // Start: open listeners in batches (listen() is cheap, but 60k at once floods the loop).
  const batch = options.batch ?? 2000;
  const t0 = clock();
  try {
    for (let b = 0; b < n; b += batch) {
      const tasks: Promise<void>[] = [];
      for (let j = b; j < Math.min(n, b + batch); j++) {
        if (!isListening(faults.get(j), t0)) continue;
        tasks.push(open(j));
      }
      await Promise.all(tasks);
    }
  } catch (error) {
    closed = true;
    for (let j = 0; j < n; j++) shut(j);
    throw error;
  }

  const tick = setInterval(() => void sync(), options.tickMs ?? 1000);
  tick.unref();

  const resolve = (target: MinerTarget): number => {
    if (typeof target === 'number') {
      const j = target - from;
      return j >= 0 && j < n ? j : -1;
    }
    if (/^\d+$/.test(target)) return resolve(Number(target));
    return byAddress.get(target) ?? -1;
  };
  const positions = (targets: MinerTarget | readonly MinerTarget[]): number[] => {
    const list = Array.isArray(targets)
      ? (targets as readonly MinerTarget[])
      : [targets as MinerTarget];
    const out: number[] = [];
    for (const t of list) {
      const j = resolve(t);
      if (j < 0) throw new AppError('not_found', 'SIM_NO_MINER', `no simulated miner ${t}`);
      out.push(j);
    }
    return out;
  };

  const describe = (m: SimMiner): MinerDescriptor => {
    const j = m.index - from;
    const t = clock();
    return {
      index: m.index,
      address: m.address,
      port,
      httpPort: cgiOf(m) ? httpPort : null,
      make: m.make,
      model: m.model,
      firmware: m.firmware,
      firmwareVersion: m.firmwareVersion,
      serial: m.serial,
      mac: m.mac,
      hostname: m.hostname,
      boards: m.boards.map((b) => ({ index: b.index, serial: b.serial, chips: b.chips })),
      rejectsMultiCommand: m.rejectsMultiCommand,
      faults: (faults.get(j) ?? []).filter((f) => f.since <= t).map(faultLabel),
    };
  };

  const inject = async (
    targets: MinerTarget | readonly MinerTarget[],
    fault: string | FaultSpec,
  ) => {
    const spec = typeof fault === 'string' ? parseFault(fault) : fault;
    const js = positions(targets);
    const t = clock();
    for (const j of js) {
      if (spec === null) noteFaults(j, []);
      else
        noteFaults(j, [
          ...(faults.get(j) ?? []).filter((f) => f.kind !== spec.kind),
          { ...spec, since: t },
        ]);
    }
    await sync();
    return js.length;
  };

  const clear = async (targets?: MinerTarget | readonly MinerTarget[]) => {
    const js = targets === undefined ? [...faults.keys()] : positions(targets);
    for (const j of js) noteFaults(j, []);
    await sync();
    return js.length;
  };

  const stats = (): SimulatorStats => {
    const t = clock();
    let faulted = 0;
    for (const list of faults.values()) if (list.some((f) => f.since <= t)) faulted++;
    let down = 0;
    for (let j = 0; j < n; j++) if (!listening[j]) down++;
    return {
      miners: n,
      listeners:
        rpcServers.reduce((a, s) => a + (s ? 1 : 0), 0) +
        cgiServers.reduce((a, s) => a + (s ? 1 : 0), 0),
      requests: counters.rpc + counters.cgi,
      rpcRequests: counters.rpc,
      cgiRequests: counters.cgi,
      connectionsOpen: sockets.size,
      faulted,
      notListening: down,
      acceptErrors: counters.acceptErrors,
    };
  };

  let control: HttpServer | null = null;
  let controlUrl: string | null = null;
  const sim: Simulator = {
    miners,
    get controlUrl() {
      return controlUrl;
    },
    port,
    httpPort: cgiOn ? httpPort : null,
    miner: (target) => {
      const j = resolve(target);
      return j < 0 ? undefined : miners[j];
    },
    describe,
    inject,
    clear,
    faults: (target) => faults.get(positions(target)[0]!) ?? [],
    state: (target, at) => {
      const j = positions(target)[0]!;
      return minerStateAt(miners[j]!, faults.get(j), at ?? clock());
    },
    sync,
    stats,
    close: async () => {
      if (closed) return;
      closed = true;
      clearInterval(tick);
      for (let j = 0; j < n; j++) shut(j);
      for (const s of sockets) s.destroy();
      sockets.clear();
      queues.clear();
      if (control) await new Promise<void>((r) => control!.close(() => r()));
    },
  };

  if (options.controlPort !== undefined) {
    try {
      control = await startControl(sim, options.controlPort, controlHost);
      const a = control.address();
      controlUrl = `http://${controlHost}:${typeof a === 'object' && a ? a.port : options.controlPort}`;
    } catch (error) {
      await sim.close();
      throw error;
    }
  }
  return sim;
}
