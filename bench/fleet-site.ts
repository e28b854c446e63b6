// The benchmark's simulated site: its addresses and the request every miner gets.
export const SITE_START = '127.20.0.1';
export const BENCH_REQUEST = '{"command":"summary+stats+pools"}';

/** `n` loopback addresses from SITE_START up. */
export function siteAddresses(n: number): string[] {
  const base = ((127 << 24) | (20 << 16) | 1) >>> 0;
  return Array.from({ length: n }, (_, i) => {
    const v = (base + i) >>> 0;
    return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  });
}
