import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { digestAuthorization } from '../protocol/index.js';

export interface CgiOptions {
  port: number;
  user: string;
  password: string;
  timeoutMs: number;
}

export type CgiGet =
  | { ok: true; body: string; wwwAuthenticate: string | null }
  | { ok: false; reason: string; wwwAuthenticate: string | null };

const MAX_BODY = 256 * 1024;

function get(
  host: string,
  path: string,
  options: CgiOptions,
  authorization?: string,
): Promise<{ status: number; body: string; wwwAuthenticate: string | null } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(
      {
        host,
        port: options.port,
        path,
        method: 'GET',
        agent: false,
        timeout: options.timeoutMs,
        headers: authorization ? { authorization } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY) {
            req.destroy();
            resolve({ error: 'reply too large' });
          } else chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            wwwAuthenticate: (res.headers['www-authenticate'] as string | undefined) ?? null,
          }),
        );
        res.on('error', (e) => resolve({ error: e.message }));
      },
    );
    // `timeout` above is for an idle socket; this bounds the whole exchange (a server that
    // trickles bytes must not hold a read slot).
    const deadline = setTimeout(() => {
      req.destroy();
      resolve({ error: 'timeout' });
    }, options.timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('timeout', () => {
      req.destroy();
      resolve({ error: 'timeout' });
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end();
  });
}

/**
 * GET a page of the Antminer web interface: the first request earns the digest challenge (its
 * realm also says "this is an Antminer"), the second answers it. Never rejects.
 */
export async function cgiGet(host: string, path: string, options: CgiOptions): Promise<CgiGet> {
  const first = await get(host, path, options);
  if ('error' in first) return { ok: false, reason: first.error, wwwAuthenticate: null };
  if (first.status === 200) return { ok: true, body: first.body, wwwAuthenticate: null };
  if (first.status !== 401 || !first.wwwAuthenticate)
    return { ok: false, reason: `HTTP ${first.status}`, wwwAuthenticate: first.wwwAuthenticate };
  const auth = digestAuthorization({
    method: 'GET',
    uri: path,
    username: options.user,
    password: options.password,
    challenge: first.wwwAuthenticate,
    cnonce: randomBytes(8).toString('hex'),
    nc: 1,
  });
  if (!auth.ok) return { ok: false, reason: auth.reason, wwwAuthenticate: first.wwwAuthenticate };
  const second = await get(host, path, options, auth.header);
  if ('error' in second)
    return { ok: false, reason: second.error, wwwAuthenticate: first.wwwAuthenticate };
  if (second.status !== 200)
    return {
      ok: false,
      reason: second.status === 401 ? 'web login refused' : `HTTP ${second.status}`,
      wwwAuthenticate: first.wwwAuthenticate,
    };
  return { ok: true, body: second.body, wwwAuthenticate: first.wwwAuthenticate };
}
