/**
 * HTTP Digest authentication (RFC 7616, compatible with RFC 2617) for the Antminer web CGI:
 * parse the server's challenge and build the `Authorization` header. Hashing is computation, not
 * I/O, so it lives with the pure protocol code; the collector supplies the cnonce.
 */
import { createHash } from 'node:crypto';

export interface DigestChallenge {
  realm: string;
  nonce: string;
  qop: string | null;
  opaque: string | null;
  algorithm: string;
}

export type DigestResult = { ok: true; header: string } | { ok: false; reason: string };

/** Parse `Digest realm="…", nonce="…", qop="auth", …` (quoted or token values). */
export function parseDigestChallenge(
  header: unknown,
): { ok: true; challenge: DigestChallenge } | { ok: false; reason: string } {
  if (typeof header !== 'string') return { ok: false, reason: 'no challenge' };
  const m = /^\s*Digest\s+/i.exec(header);
  if (!m) return { ok: false, reason: 'not a digest challenge' };
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
  re.lastIndex = m[0].length;
  while (re.lastIndex < header.length) {
    const p = re.exec(header);
    if (!p) break;
    params[p[1]!.toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : p[3]!;
  }
  if (!params.realm && params.realm !== '') return { ok: false, reason: 'challenge has no realm' };
  if (!params.nonce) return { ok: false, reason: 'challenge has no nonce' };
  return {
    ok: true,
    challenge: {
      realm: params.realm,
      nonce: params.nonce,
      qop: params.qop ?? null,
      opaque: params.opaque ?? null,
      algorithm: params.algorithm ?? 'MD5',
    },
  };
}

const HASHES: Record<string, 'md5' | 'sha256'> = {
  MD5: 'md5',
  'MD5-SESS': 'md5',
  'SHA-256': 'sha256',
  'SHA-256-SESS': 'sha256',
};

function h(alg: 'md5' | 'sha256', s: string): string {
  return createHash(alg).update(s, 'utf8').digest('hex');
}

/** Header values must not smuggle a CR/LF or a quote that would end the quoted string. */
function quoted(s: string): string {
  return `"${s.replace(/["\\]/g, '\\$&')}"`;
}

export function digestAuthorization(args: {
  method: string;
  uri: string;
  username: string;
  password: string;
  /** The `WWW-Authenticate` header value, or an already parsed challenge. */
  challenge: string | DigestChallenge;
  cnonce: string;
  /** Nonce count: 1 for the first request with this nonce. */
  nc: number;
}): DigestResult {
  try {
    const ch =
      typeof args.challenge === 'string'
        ? parseDigestChallenge(args.challenge)
        : { ok: true as const, challenge: args.challenge };
    if (!ch.ok) return ch;
    const { realm, nonce, opaque } = ch.challenge;
    const algorithm = ch.challenge.algorithm.toUpperCase();
    const alg = HASHES[algorithm];
    if (!alg) return { ok: false, reason: `unsupported algorithm ${algorithm}` };
    for (const v of [
      args.method,
      args.uri,
      args.username,
      args.cnonce,
      realm,
      nonce,
      opaque ?? '',
    ]) {
      if (typeof v !== 'string' || /[\0\r\n]/.test(v)) return { ok: false, reason: 'bad value' };
    }
    if (typeof args.password !== 'string') return { ok: false, reason: 'bad value' };
    if (!/^[A-Za-z0-9+/=._~-]{1,128}$/.test(args.cnonce))
      return { ok: false, reason: 'bad cnonce' };
    if (!Number.isInteger(args.nc) || args.nc < 1 || args.nc > 0xffffffff) {
      return { ok: false, reason: 'bad nonce count' };
    }
    // qop may list several options ("auth,auth-int"); only auth is implemented (no body hash).
    const qops = (ch.challenge.qop ?? '').split(',').map((q) => q.trim().toLowerCase());
    const qop = qops.includes('auth') ? 'auth' : null;
    if (ch.challenge.qop !== null && qop === null) return { ok: false, reason: 'unsupported qop' };
    const nc = args.nc.toString(16).padStart(8, '0');
    let ha1 = h(alg, `${args.username}:${realm}:${args.password}`);
    if (algorithm.endsWith('-SESS')) ha1 = h(alg, `${ha1}:${nonce}:${args.cnonce}`);
    const ha2 = h(alg, `${args.method.toUpperCase()}:${args.uri}`);
    const response =
      qop === null
        ? h(alg, `${ha1}:${nonce}:${ha2}`) // RFC 2069 compatibility
        : h(alg, `${ha1}:${nonce}:${nc}:${args.cnonce}:${qop}:${ha2}`);
    const parts = [
      `username=${quoted(args.username)}`,
      `realm=${quoted(realm)}`,
      `nonce=${quoted(nonce)}`,
      `uri=${quoted(args.uri)}`,
      `algorithm=${ch.challenge.algorithm}`,
      `response=${quoted(response)}`,
    ];
    if (opaque !== null) parts.push(`opaque=${quoted(opaque)}`);
    if (qop !== null) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${quoted(args.cnonce)}`);
    return { ok: true, header: `Digest ${parts.join(', ')}` };
  } catch {
    return { ok: false, reason: 'digest failed' };
  }
}
