import { createHash } from 'node:crypto';

/** HTTP Digest (RFC 7616, MD5, qop=auth) as the Antminer web server (lighttpd) checks it. */

export const ANTMINER_REALM = 'antMiner Configuration';
const NONCE_WINDOW_MS = 600_000;

export const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export interface DigestCheck {
  user: string;
  password: string;
  secret: string;
}

/** A nonce bound to the miner and a 10-minute window (stateless to check). */
export function makeNonce(c: DigestCheck, miner: number, now = Date.now()): string {
  return md5(`${c.secret}:${miner}:${Math.floor(now / NONCE_WINDOW_MS)}`);
}

export function challenge(c: DigestCheck, miner: number): string {
  return `Digest realm="${ANTMINER_REALM}", nonce="${makeNonce(c, miner)}", qop="auth", algorithm="MD5"`;
}

export function parseAuthParams(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([a-zA-Z]+)=(?:"([^"]*)"|([^,\s]*))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(header)) !== null) out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  return out;
}

/** Whether `authorization` is a valid digest answer for `method uri` on this miner. */
export function verifyDigest(
  c: DigestCheck,
  miner: number,
  method: string,
  uri: string,
  authorization: string | undefined,
  now = Date.now(),
): boolean {
  if (!authorization || !/^Digest\s/i.test(authorization)) return false;
  const p = parseAuthParams(authorization.slice(7));
  if (p.username !== c.user || p.realm !== ANTMINER_REALM || !p.nonce || !p.response) return false;
  if (p.uri !== uri) return false;
  const valid = [makeNonce(c, miner, now), makeNonce(c, miner, now - NONCE_WINDOW_MS)];
  if (!valid.includes(p.nonce)) return false;
  const ha1 = md5(`${c.user}:${ANTMINER_REALM}:${c.password}`);
  const ha2 = md5(`${method}:${uri}`);
  const expected =
    p.qop === 'auth'
      ? md5(`${ha1}:${p.nonce}:${p.nc ?? ''}:${p.cnonce ?? ''}:auth:${ha2}`)
      : md5(`${ha1}:${p.nonce}:${ha2}`);
  return expected === p.response;
}
