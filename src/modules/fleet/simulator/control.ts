import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { listenError } from './listen.js';
import type { MinerTarget, Simulator } from './server-types.js';

/** `GET /miners[?faulted=1]`, `GET /miners/<address>`, `GET /stats`, `POST /faults {miners, fault}`. */
export async function startControl(
  sim: Simulator,
  port: number,
  host: string,
): Promise<HttpServer> {
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
