import type { Socket } from 'node:net';
import { challenge, verifyDigest, type DigestCheck } from './digest.js';
import type { Fault } from './faults.js';
import type { SimMiner } from './fleet.js';
import { minerStateAt } from './miner-state.js';
import { renderCgi } from './render-cgi.js';

/** What the web CGI listeners share with the rest of the simulator. */
export interface CgiContext {
  miners: readonly SimMiner[];
  /** Faults by local position. */
  faults: Map<number, Fault[]>;
  clock: () => number;
  creds: DigestCheck;
  counters: { cgi: number };
  track: (sock: Socket) => void;
  isClosed: () => boolean;
}

/** The connection handler of the web CGI listener of the miner at local position `j`. */
export function cgiHandler(ctx: CgiContext): (j: number, sock: Socket) => void {
  const { miners, faults, clock, creds, counters, track } = ctx;

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
    if (ctx.isClosed()) return void sock.destroy();
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

  return onCgi;
}
