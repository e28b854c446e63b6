import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { AppError } from '../../../platform/errors.js';
import { challenge, verifyDigest, type DigestCheck } from './digest.js';
import { assertFdBudget } from './fd-limit.js';
import {
  assertLoopback,
  buildMiner,
  DEFAULT_MODEL_SHARES,
  faultLabel,
  isListening,
  minerStateAt,
  parseFault,
  parseFaultRates,
  resolveModels,
  scheduledFaults,
  type Fault,
  type FaultRate,
  type FaultSpec,
  type FleetOptions,
  type MinerState,
  type SimMiner,
} from './miner-state.js';
import { hash01 } from './prng.js';
import { applyQuirk, parseRpcRequest, renderCgi, renderRpc } from './render.js';

/**
 * The simulator's network side: per miner a cgminer-style API listener (one request per
 * connection, served one connection at a time, like the single-threaded firmware) and the
 * Antminer web CGI with digest auth, each on the miner's own loopback address; plus a small HTTP
 * control endpoint to inject faults. Raw `net` servers everywhere (the CGI parses its tiny GET
 * requests itself): a listener costs ~3 KB of RSS, an `http.Server` several times that.
 */

export interface SimulatorOptions {
  /** How many miners (of the whole fleet when sharded). */
  miners: number;
  seed?: number;
  /** First address, inside 127.0.0.0/8 (default 127.1.0.1); hosts .1–.254 of each /24. */
  start?: string;
  /** cgminer API port (default 4028). */
  port?: number;
  /** Antminer web CGI port (default 80). */
  httpPort?: number;
  /** Serve the web CGI (default true; Whatsminers and Braiins never do). */
  cgi?: boolean;
  /** Reply latency, uniform in [min, max] ms, seeded (default [20, 200]). */
  latencyMs?: [number, number];
  /** Fault rates (parsed or as `board_dead=0.01,fan_stop=0.002/h`). */
  faultRates?: FaultRate[] | string;
  /** Shares by SEED_MODELS name. */
  models?: Record<string, number>;
  firmwares?: FleetOptions['firmwares'];
  rejectMultiCommand?: FleetOptions['rejectMultiCommand'];
  serialPrefix?: string;
  boardSerialPrefix?: string;
  /** Control endpoint port on `controlHost` (0 = any free port; undefined = none). */
  controlPort?: number;
  controlHost?: string;
  /** Simulation time (epoch ms); default Date.now. Tests jump hours by moving it. */
  clock?: () => number;
  /** Time zero of the simulation (default: the clock at start). */
  epochMs?: number;
  /** Serve only part `index` (0-based) of `count` equal contiguous parts of the fleet. */
  shard?: { index: number; count: number };
  /** Web CGI credentials (default root/root). */
  credentials?: { user: string; password: string };
  /** How long `keep_open` leaves a socket open after replying (default 30 s). */
  keepOpenMs?: number;
  /** How often offline/reboot faults are applied to the listeners (default 1000 ms). */
  tickMs?: number;
  /** How many listeners are opened at once while starting (default 2000). */
  batch?: number;
}

/** A miner as the simulator lists it (JSON-friendly). */
export interface MinerDescriptor {
  index: number;
  address: string;
  port: number;
  httpPort: number | null;
  make: string;
  model: string;
  firmware: string;
  firmwareVersion: string;
  serial: string;
  mac: string;
  hostname: string;
  boards: { index: number; serial: string; chips: number }[];
  rejectsMultiCommand: boolean;
  faults: string[];
}

export interface SimulatorStats {
  miners: number;
  listeners: number;
  /** Replies sent (API and CGI, 401s included). */
  requests: number;
  rpcRequests: number;
  cgiRequests: number;
  connectionsOpen: number;
  /** Miners with at least one fault in force now. */
  faulted: number;
  /** Miners not accepting connections now (offline or rebooting). */
  notListening: number;
  acceptErrors: number;
}

export type MinerTarget = string | number;

export interface Simulator {
  readonly miners: readonly SimMiner[];
  /** `http://127.0.0.1:<port>` of the control endpoint, or null. */
  readonly controlUrl: string | null;
  readonly port: number;
  readonly httpPort: number | null;
  /** A miner by address or fleet index. */
  miner(target: MinerTarget): SimMiner | undefined;
  describe(miner: SimMiner): MinerDescriptor;
  /** Inject a fault (`board_dead`, `malformed:nan`, …; `clear` clears) from now, replacing one of the same kind; returns how many miners. */
  inject(targets: MinerTarget | readonly MinerTarget[], fault: string | FaultSpec): Promise<number>;
  /** Remove every fault (injected and scheduled) of the miners, or of all. */
  clear(targets?: MinerTarget | readonly MinerTarget[]): Promise<number>;
  /** Faults of a miner, scheduled ones included (`since` may be in the future). */
  faults(target: MinerTarget): readonly Fault[];
  /** What a miner reports at `at` (default now). */
  state(target: MinerTarget, at?: number): MinerState;
  /** Apply offline/reboot faults to the listeners now (also done every `tickMs`). */
  sync(): Promise<void>;
  stats(): SimulatorStats;
  close(): Promise<void>;
}

const noop = () => {};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.removeListener('listening', onListening);
      reject(listenError(error, host, port));
    };
    const onListening = () => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host, backlog: 64, exclusive: true });
  });
}

function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  if (e.code === 'EACCES')
    return new AppError(
      'unavailable',
      'SIM_PORT_DENIED',
      `cannot listen on ${host}:${port}: ports below 1024 need root (or CAP_NET_BIND_SERVICE); choose another port`,
    );
  if (e.code === 'EADDRNOTAVAIL')
    return new AppError(
      'unavailable',
      'SIM_ADDRESS_UNAVAILABLE',
      `cannot listen on ${host}:${port}: the address is not local (Linux routes all of 127.0.0.0/8 to lo; other systems need loopback aliases)`,
    );
  if (e.code === 'EMFILE' || e.code === 'ENFILE')
    return new AppError(
      'unavailable',
      'SIM_FD_LIMIT',
      `out of file descriptors at ${host}:${port}; raise ulimit -n`,
    );
  if (e.code === 'EADDRINUSE')
    return new AppError('unavailable', 'SIM_ADDRESS_IN_USE', `${host}:${port} is already in use`);
  return e;
}

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
    if (closed) return void sock.destroy();
    if (busy[j]) {
      let q = queues.get(j);
      if (!q) queues.set(j, (q = []));
      q.push(sock);
      return;
    }
    serveRpc(j, sock);
  };

  /* ----- Antminer web CGI over raw HTTP/1.1, digest auth ----- */
  const httpReply = (sock: Socket, status: number, body: string, extra = '') => {
    const reason =
      status === 200
        ? 'OK'
        : status === 401
          ? 'Unauthorized'
          : status === 404
            ? 'Not Found'
            : 'Bad Request';
    sock.end(
      `HTTP/1.1 ${status} ${reason}\r\nServer: lighttpd/1.4.32\r\nContent-Type: ${status === 200 ? 'application/json' : 'text/html'}\r\n` +
        `${extra}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  };
  const onCgi = (j: number, sock: Socket) => {
    track(sock);
    if (closed) return void sock.destroy();
    let head = '';
    const idle = setTimeout(() => sock.destroy(), 10_000);
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 8192) {
          clearTimeout(idle);
          sock.removeListener('data', onData);
          httpReply(sock, 400, '');
        }
        return;
      }
      clearTimeout(idle);
      sock.removeListener('data', onData);
      const lines = head.slice(0, end).split('\r\n');
      const [method = '', target = ''] = lines[0]!.split(' ');
      let authorization: string | undefined;
      for (let k = 1; k < lines.length; k++) {
        const line = lines[k]!;
        if (line.slice(0, 14).toLowerCase() === 'authorization:')
          authorization = line.slice(14).trim();
      }
      counters.cgi++;
      if (!verifyDigest(creds, miners[j]!.index, method, target, authorization)) {
        httpReply(
          sock,
          401,
          '<h1>401 Unauthorized</h1>',
          `WWW-Authenticate: ${challenge(creds, miners[j]!.index)}\r\n`,
        );
        return;
      }
      const t = clock();
      const m = miners[j]!;
      const r = renderCgi(
        m,
        minerStateAt(m, faults.get(j), t),
        target.split('?')[0]!,
        Math.floor(t / 1000),
      );
      httpReply(sock, r.status, r.body);
    };
    sock.on('data', onData);
  };

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

/** `GET /miners[?faulted=1]`, `GET /miners/<address>`, `GET /stats`, `POST /faults {miners, fault}`. */
async function startControl(sim: Simulator, port: number, host: string): Promise<HttpServer> {
  const server = createHttpServer((req, res) => {
    const send = (status: number, value: unknown) => {
      const body = JSON.stringify(value);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    };
    const fail = (error: unknown) => {
      const e = error as { kind?: string; message?: string };
      send(e.kind === 'not_found' ? 404 : e.kind === 'invalid' ? 400 : 500, {
        error: e.message ?? String(error),
      });
    };
    const url = new URL(req.url ?? '/', 'http://control');
    if (req.method === 'GET' && url.pathname === '/miners') {
      const faulted = url.searchParams.get('faulted') === '1';
      const list = sim.miners
        .map((m) => sim.describe(m))
        .filter((d) => !faulted || d.faults.length > 0);
      return send(200, list);
    }
    if (req.method === 'GET' && url.pathname.startsWith('/miners/')) {
      const m = sim.miner(decodeURIComponent(url.pathname.slice(8)));
      return m ? send(200, sim.describe(m)) : send(404, { error: 'no such miner' });
    }
    if (req.method === 'GET' && url.pathname === '/stats') return send(200, sim.stats());
    if (req.method === 'POST' && url.pathname === '/faults') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => {
        body += c;
        if (body.length > 4_000_000) req.destroy();
      });
      req.on('end', () => {
        let parsed: { miners?: unknown; fault?: unknown };
        try {
          parsed = JSON.parse(body) as typeof parsed;
        } catch {
          return send(400, {
            error: 'body must be JSON {miners: [address|index…] | "all", fault}',
          });
        }
        const fault = typeof parsed.fault === 'string' ? parsed.fault : '';
        const targets =
          parsed.miners === 'all'
            ? sim.miners.map((m) => m.index)
            : Array.isArray(parsed.miners)
              ? (parsed.miners as MinerTarget[])
              : null;
        if (!fault || !targets)
          return send(400, { error: 'need {miners: [address|index…] | "all", fault}' });
        const work = fault === 'clear' ? sim.clear(targets) : sim.inject(targets, fault);
        work.then((count) => send(200, { applied: count, fault }), fail);
      });
      return;
    }
    send(404, { error: 'GET /miners, GET /miners/<address>, GET /stats, POST /faults' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => reject(listenError(e, host, port)));
    server.listen(port, host, () => resolve());
  });
  return server;
}
