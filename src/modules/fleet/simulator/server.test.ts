import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './server.js';
import type { Simulator } from './server-types.js';

/** Real sockets on 127.1.201.x (API 4028, CGI 18080), 50 miners, latency 1–5 ms. */
const START = '127.1.201.1';
const HTTP_PORT = 18_080;
const T0 = Date.UTC(2025, 5, 1, 12);

interface Answer {
  data: Buffer;
  /** The peer closed the connection. */
  closed: boolean;
  /** Connection error code (ECONNREFUSED…). */
  error: string | null;
}

/** One request over node:net: read until NUL, close, error or `waitMs`. */
function ask(host: string, request: string, waitMs = 2000, port = 4028): Promise<Answer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (closed: boolean, error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ data: Buffer.concat(chunks), closed, error });
    };
    const sock = connect({ host, port }, () => sock.write(request));
    const timer = setTimeout(() => done(false, null), waitMs);
    sock.on('data', (c: Buffer) => {
      chunks.push(c);
      if (c.includes(0)) done(false, null);
    });
    sock.on('end', () => done(true, null));
    sock.on('error', (e: NodeJS.ErrnoException) => done(true, e.code ?? 'error'));
  });
}

const json = (a: Answer) => {
  expect(a.data[a.data.length - 1]).toBe(0);
  return JSON.parse(a.data.subarray(0, a.data.length - 1).toString('utf8'));
};

/** The test's own digest client (MD5, qop=auth). */
function get(
  host: string,
  path: string,
  authorization?: string,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host,
        port: HTTP_PORT,
        path,
        method: 'GET',
        headers: authorization ? { authorization } : {},
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function digestHeader(challenge: string, user: string, password: string, path: string): string {
  const p: Record<string, string> = {};
  for (const m of challenge.matchAll(/(\w+)="?([^",]*)"?/g)) p[m[1]!] = m[2]!;
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');
  const cnonce = randomBytes(8).toString('hex');
  const nc = '00000001';
  const ha1 = md5(`${user}:${p.realm}:${password}`);
  const ha2 = md5(`GET:${path}`);
  const response = md5(`${ha1}:${p.nonce}:${nc}:${cnonce}:auth:${ha2}`);
  return `Digest username="${user}", realm="${p.realm}", nonce="${p.nonce}", uri="${path}", qop=auth, nc=${nc}, cnonce="${cnonce}", response="${response}"`;
}

describe('simulator over real sockets', () => {
  let sim: Simulator;
  let now = T0;

  beforeAll(async () => {
    sim = await startSimulator({
      miners: 50,
      seed: 11,
      start: START,
      httpPort: HTTP_PORT,
      latencyMs: [1, 5],
      clock: () => now,
      controlPort: 0,
      models: { 'Antminer S21': 0.5, 'Antminer S19 XP': 0.3, 'Whatsminer M60S': 0.2 },
      firmwares: { luxos: 0, vnish: 0, braiins: 0 },
      rejectMultiCommand: { pattern: '^Antminer S19', share: 1 },
      tickMs: 50,
    });
  });
  afterAll(async () => {
    await sim?.close();
  });

  const pick = (pred: (m: Simulator['miners'][number]) => boolean, skip = 0) =>
    sim.miners.filter(pred)[skip]!;

  it('lists 50 miners on 127.1.201.x with serials, MACs and board serials', () => {
    expect(sim.miners).toHaveLength(50);
    expect(sim.miners[0]!.address).toBe(START);
    expect(sim.miners.every((m) => m.address.startsWith('127.1.201.'))).toBe(true);
    const d = sim.describe(sim.miners[3]!);
    expect(d.serial).toMatch(/^RGL/);
    expect(d.boards[0]!.serial).toBeTruthy();
  });

  it('answers summary+stats+pools with the nested shape, NUL-terminated', async () => {
    const targets = sim.miners.filter((m) => m.model === 'Antminer S21');
    expect(targets.length).toBeGreaterThan(5);
    const answers = await Promise.all(
      targets.map((m) => ask(m.address, '{"command":"summary+stats+pools"}')),
    );
    for (const a of answers) {
      const j = json(a);
      expect(j.summary[0].SUMMARY[0].Elapsed).toBeGreaterThan(0);
      expect(j.stats[0].STATS[1].chain_acn1).toBe(108);
      expect(j.pools[0].POOLS.length).toBeGreaterThan(0);
    }
    expect(sim.stats().rpcRequests).toBeGreaterThanOrEqual(targets.length);
  });

  it('rejects multi-commands on configured models; one command per connection works', async () => {
    const s19 = pick((m) => m.model === 'Antminer S19 XP');
    const j = json(await ask(s19.address, '{"command":"summary+stats+pools"}'));
    expect(j.STATUS[0]).toMatchObject({ STATUS: 'E', Msg: 'Invalid command' });
    for (const c of ['summary', 'stats', 'pools'])
      expect(json(await ask(s19.address, `{"command":"${c}"}`)).STATUS[0].STATUS).toBe('S');
  });

  it('serves connections to one miner one at a time', async () => {
    const m = pick((x) => x.model === 'Antminer S21', 1);
    const all = await Promise.all(
      Array.from({ length: 5 }, () => ask(m.address, '{"command":"summary"}')),
    );
    for (const a of all) expect(json(a).SUMMARY).toHaveLength(1);
  });

  it('Whatsminer answers {"cmd":"summary"}', async () => {
    const wm = pick((m) => m.make === 'MicroBT');
    const j = json(await ask(wm.address, '{"cmd":"summary"}'));
    expect(j.SUMMARY[0]['MHS 1m']).toBeGreaterThan(0);
  });

  it('hang: accepts and never answers', async () => {
    const m = pick((x) => x.model === 'Antminer S21', 2);
    await sim.inject(m.address, 'hang');
    const a = await ask(m.address, '{"command":"summary"}', 400);
    expect(a.data.length).toBe(0);
    expect(a.closed).toBe(false);
    await sim.clear(m.address);
  });

  it('offline refuses the connection; clear brings it back', async () => {
    const m = pick((x) => x.model === 'Antminer S21', 3);
    await sim.inject(m.index, 'offline');
    expect((await ask(m.address, '{"command":"summary"}')).error).toBe('ECONNREFUSED');
    await sim.clear(m.index);
    expect(json(await ask(m.address, '{"command":"summary"}')).SUMMARY).toHaveLength(1);
  });

  it('keep_open: answers, NUL, and keeps the socket open', async () => {
    const m = pick((x) => x.model === 'Antminer S21', 4);
    await sim.inject(m.address, 'keep_open');
    const a = await ask(m.address, '{"command":"summary"}', 1000);
    expect(json(a).SUMMARY).toHaveLength(1);
    expect(a.closed).toBe(false);
    await sim.clear(m.address);
  });

  it('malformed and faults show on the wire; the clock jumps hours', async () => {
    const m = pick((x) => x.model === 'Antminer S21', 5);
    await sim.inject(m.address, 'malformed:brace_no_comma');
    const a = await ask(m.address, '{"command":"stats"}');
    expect(a.data.toString('latin1')).toContain('}{');
    await sim.inject(m.address, 'malformed:empty');
    const e = await ask(m.address, '{"command":"stats"}');
    expect(e.data.length).toBe(0);
    expect(e.closed).toBe(true);
    await sim.clear(m.address);
    await sim.inject(m.address, 'board_dead:0');
    const before = json(await ask(m.address, '{"command":"stats"}')).STATS[1];
    expect(before.chain_rate1).toBe('');
    now += 5 * 3_600_000;
    const after = json(await ask(m.address, '{"command":"stats"}')).STATS[1];
    expect(after.Elapsed - before.Elapsed).toBe(5 * 3600);
    await sim.clear(m.address);
  });

  it('web CGI: 401 with a digest challenge, then 200 with the serial', async () => {
    const m = pick((x) => x.model === 'Antminer S21');
    const path = '/cgi-bin/get_system_info.cgi';
    const first = await get(m.address, path);
    expect(first.status).toBe(401);
    const challenge = String(first.headers['www-authenticate']);
    expect(challenge).toMatch(
      /^Digest realm="antMiner Configuration", nonce="[0-9a-f]+", qop="auth"/,
    );
    const bad = await get(m.address, path, digestHeader(challenge, 'root', 'wrong', path));
    expect(bad.status).toBe(401);
    const ok = await get(m.address, path, digestHeader(challenge, 'root', 'root', path));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ serinum: m.serial, minertype: 'Antminer S21' });
    const sp = '/cgi-bin/summary.cgi';
    await sim.inject(m.address, 'fan_stop');
    const sum = await get(m.address, sp, digestHeader(challenge, 'root', 'root', sp));
    const status = JSON.parse(sum.body).SUMMARY[0].status as { type: string; status: string }[];
    expect(status.find((x) => x.type === 'fans')!.status).not.toBe('s');
    await sim.clear(m.address);
  });

  it('Whatsminers have no web CGI', async () => {
    const wm = pick((m) => m.make === 'MicroBT');
    await expect(get(wm.address, '/cgi-bin/get_system_info.cgi')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('control endpoint: POST /faults and GET /miners', async () => {
    const m = pick((x) => x.model === 'Antminer S21', 6);
    const r = await fetch(`${sim.controlUrl}/faults`, {
      method: 'POST',
      body: JSON.stringify({ miners: [m.address], fault: 'overheat' }),
    });
    expect(await r.json()).toEqual({ applied: 1, fault: 'overheat' });
    const list = (await (await fetch(`${sim.controlUrl}/miners?faulted=1`)).json()) as {
      address: string;
      faults: string[];
    }[];
    expect(list.find((x) => x.address === m.address)?.faults).toEqual(['overheat']);
    const d = json(await ask(m.address, '{"command":"stats"}')).STATS[1];
    expect(Math.max(...String(d.temp_chip1).split('-').map(Number))).toBeGreaterThan(95);
    const bad = await fetch(`${sim.controlUrl}/faults`, {
      method: 'POST',
      body: JSON.stringify({ miners: [m.address], fault: 'melt' }),
    });
    expect(bad.status).toBe(400);
    await sim.clear(m.address);
  });

  it('refuses non-loopback addresses', async () => {
    await expect(startSimulator({ miners: 1, start: '10.0.0.1' })).rejects.toThrow(/loopback/);
  });
});
