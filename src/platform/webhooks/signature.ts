import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `rigline-signature: t=<epoch ms>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The timestamp is
 * signed too, so a receiver can refuse replays older than it tolerates.
 */
export const SIGNATURE_HEADER = 'rigline-signature';

export function signPayload(secret: string, body: string, at: number): string {
  const mac = createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
  return `t=${at},v1=${mac}`;
}

/** What a receiver does; used by our tests and given as the reference in docs/webhooks.md. */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  toleranceMs: number,
  now: number,
): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const at = Number(parts.t);
  if (!Number.isFinite(at) || !parts.v1 || Math.abs(now - at) > toleranceMs) return false;
  const expected = Buffer.from(signPayload(secret, body, at).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
