/**
 * Service analytics, pure: turnaround distributions and Pareto tables. The service loads the
 * facts; these functions only count.
 */

const BUCKETS = [
  { label: '≤ 2 days', max: 2 },
  { label: '2–5 days', max: 5 },
  { label: '5–10 days', max: 10 },
  { label: '10–15 days', max: 15 },
  { label: '15–21 days', max: 21 },
  { label: '21–35 days', max: 35 },
  { label: '> 35 days', max: Infinity },
];

export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** Days from request to shipped back: how many, P50/P90/mean, and a histogram. */
export function distribution(days: readonly number[]) {
  const sorted = [...days].sort((a, b) => a - b);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    count: sorted.length,
    p50Days: round(quantile(sorted, 0.5)),
    p90Days: round(quantile(sorted, 0.9)),
    meanDays: round(sorted.length ? sorted.reduce((s, d) => s + d, 0) / sorted.length : null),
    buckets: BUCKETS.map((b, i) => ({
      label: b.label,
      count: sorted.filter((d) => d > (i === 0 ? -Infinity : BUCKETS[i - 1]!.max) && d <= b.max)
        .length,
    })),
  };
}

/** Counts by key, most first, with each key's share and the running share (the Pareto line). */
export function pareto(keys: readonly string[], top = 15) {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const total = keys.length;
  let running = 0;
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([key, count]) => {
      running += count;
      return {
        key,
        count,
        shareBp: Math.round((count * 10_000) / total),
        cumulativeBp: Math.round((running * 10_000) / total),
      };
    });
}

/**
 * Machines that failed again within `windowDays` of going back to work: for each return, is
 * there a later request for the same serial inside the window?
 */
export function repeats(
  returns: readonly { serial: string; backAt: number }[],
  requests: readonly { serial: string; requestedAt: number }[],
  windowDays: number,
) {
  const bySerial = new Map<string, number[]>();
  for (const r of requests)
    bySerial.set(r.serial, [...(bySerial.get(r.serial) ?? []), r.requestedAt]);
  const windowMs = windowDays * 86_400_000;
  const repeated = returns.filter((r) =>
    (bySerial.get(r.serial) ?? []).some((at) => at > r.backAt && at <= r.backAt + windowMs),
  );
  return {
    returns: returns.length,
    repeated: repeated.length,
    serials: repeated.map((r) => r.serial),
  };
}
