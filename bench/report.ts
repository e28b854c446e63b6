import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export interface Metric {
  value: number;
  unit: string;
  better: 'higher' | 'lower';
  target?: number;
}

export interface BenchResult {
  name: string;
  quick: boolean;
  params: Record<string, unknown>;
  metrics: Record<string, Metric>;
  baseline?: { name: string; metrics: Record<string, Metric> };
}

function meets(m: Metric): boolean {
  if (m.target === undefined) return true;
  return m.better === 'higher' ? m.value >= m.target : m.value <= m.target;
}

/** Print the table and write bench/results/<name>.json; returns whether every target is met. */
export function report(result: BenchResult): boolean {
  const pass = Object.values(result.metrics).every(meets);
  const file = {
    name: result.name,
    quick: result.quick,
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    params: result.params,
    metrics: result.metrics,
    ...(result.baseline ? { baseline: result.baseline } : {}),
    pass,
  };
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL(`./results/${result.name}.json`, import.meta.url),
    `${JSON.stringify(file, null, 2)}\n`,
  );

  const rows = [
    ...Object.entries(result.metrics).map(([k, m]) => [
      k,
      fmt(m.value),
      m.unit,
      m.target === undefined ? '' : `${m.better === 'higher' ? '≥' : '≤'} ${fmt(m.target)}`,
      m.target === undefined ? '' : meets(m) ? 'ok' : 'MISS',
    ]),
    ...Object.entries(result.baseline?.metrics ?? {}).map(([k, m]) => [
      `${result.baseline!.name}: ${k}`,
      fmt(m.value),
      m.unit,
      '',
      '',
    ]),
  ];
  const head = ['metric', 'value', 'unit', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\n${result.name}${result.quick ? ' (quick)' : ''}: ${JSON.stringify(result.params)}`,
  );
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(pass ? 'pass: every target met' : 'FAIL: a target was missed');
  return pass;
}

function fmt(n: number): string {
  return Number.isInteger(n)
    ? n.toLocaleString('en-US')
    : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
