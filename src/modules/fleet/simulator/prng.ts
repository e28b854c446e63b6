/**
 * Small seeded randomness for the miner simulator. Two flavours:
 * - `mulberry32(seed)`: a sequential generator, for building a fleet once;
 * - `hash01(a, b, c, d)`: a stateless value in [0, 1) from up to four integers, so that any
 *   quantity of a miner at any time is a pure function of (seed, miner, time bucket, salt)
 *   without keeping a generator per miner.
 */
import { seededRandom } from '../../../platform/demo/random.js';

/** A sequential generator (the platform's mulberry32), for building a fleet once. */
export function mulberry32(seed: number): () => number {
  return seededRandom(seed).next;
}

/** A 32-bit avalanche mix (murmur3 finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stateless 32-bit hash of up to four integers (non-integers are truncated). */
export function hash32(a: number, b = 0, c = 0, d = 0): number {
  let h = mix((a | 0) ^ 0x9e3779b9);
  h = mix(h ^ Math.imul(b | 0, 0x01000193));
  h = mix(h ^ Math.imul(c | 0, 0x27d4eb2f));
  h = mix(h ^ Math.imul(d | 0, 0x165667b1));
  return h;
}

/** A stateless value in [0, 1). */
export function hash01(a: number, b = 0, c = 0, d = 0): number {
  return hash32(a, b, c, d) / 4294967296;
}

/** A stateless, roughly normal value (mean 0, sd ≈ 1) from the sum of three uniforms. */
export function hashNormal(a: number, b = 0, c = 0, d = 0): number {
  const u = hash01(a, b, c, d) + hash01(a, b, c, d ^ 0x5bd1e995) + hash01(a, b ^ 0x3c6ef372, c, d);
  return (u - 1.5) * 2;
}

/** A stable 32-bit hash of a string (FNV-1a), to salt by names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
