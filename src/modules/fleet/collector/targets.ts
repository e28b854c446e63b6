import ipaddr from 'ipaddr.js';
import { invalid } from '../../../platform/errors.js';

/** Sweeping more than this from one collector is a mistake in the range, not a site. */
export const MAX_TARGETS = 262_144;

function toNumber(ip: string): number {
  return ipaddr.IPv4.parse(ip)
    .toByteArray()
    .reduce((n, b) => n * 256 + b, 0);
}

function toText(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/**
 * The addresses a collector sweeps, from CIDR blocks (`10.1.0.0/22`), ranges
 * (`10.1.0.10-10.1.0.99`) and single addresses, separated by commas, spaces or new lines;
 * `#` starts a comment (target files). IPv4 only: miners speak nothing else. Network and
 * broadcast addresses of blocks wider than /31 are skipped.
 */
export function parseTargets(text: string): string[] {
  const out = new Set<string>();
  const add = (n: number) => {
    out.add(toText(n));
    if (out.size > MAX_TARGETS)
      throw invalid('FLEET_TOO_MANY_TARGETS', `More than ${MAX_TARGETS} addresses to sweep.`);
  };
  const items = text
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .join(' ')
    .split(/[\s,]+/)
    .filter(Boolean);
  for (const item of items) {
    try {
      if (item.includes('/')) {
        const [addr, bits] = ipaddr.IPv4.parseCIDR(item);
        const size = 2 ** (32 - bits);
        if (size > MAX_TARGETS) throw new Error('block too large');
        const base = toNumber(addr.toString()) - (toNumber(addr.toString()) % size);
        const [first, last] = size > 2 ? [base + 1, base + size - 2] : [base, base + size - 1];
        for (let n = first; n <= last; n += 1) add(n);
      } else if (item.includes('-')) {
        const [from, to] = item.split('-') as [string, string];
        const a = toNumber(from);
        const b = toNumber(to);
        if (b < a) throw new Error('range ends before it starts');
        if (b - a + 1 > MAX_TARGETS) throw new Error('range too large');
        for (let n = a; n <= b; n += 1) add(n);
      } else {
        add(toNumber(item));
      }
    } catch (error) {
      if (error instanceof Error && 'kind' in error) throw error;
      throw invalid(
        'FLEET_BAD_TARGET',
        `"${item}" is not an IPv4 address, range or CIDR block (${(error as Error).message}).`,
      );
    }
  }
  return [...out];
}
