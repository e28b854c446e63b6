import type { TariffRowStatus } from '../../api/tradeTypes';

/** The miner line: HTSUS 8543.70.9860 (8543.70.9960 before 2025). */
export const MINER_HTS = '8543.70.9860';

export const STATUS_LABELS: Record<TariffRowStatus, string> = {
  in_force: 'In force',
  future: 'Future',
  ended: 'Ended',
  voided: 'Voided',
};

export const STATUS_COLORS: Record<TariffRowStatus, string> = {
  in_force: 'green',
  future: 'blue',
  ended: 'gray',
  voided: 'orange',
};

const ORIGIN_NAMES: Record<string, string> = {
  CN: 'China',
  MY: 'Malaysia',
  ID: 'Indonesia',
  TH: 'Thailand',
  TW: 'Taiwan',
  VN: 'Vietnam',
  US: 'United States',
  MX: 'Mexico',
};

/** "CN" → "CN · China"; "*" → "Every origin". */
export function originLabel(origin: string | null): string {
  if (origin === null) return '—';
  if (origin === '*') return 'Every origin';
  const name = ORIGIN_NAMES[origin];
  return name ? `${origin} · ${name}` : origin;
}

const ORIGIN_BASIS_LABELS: Record<string, string> = {
  chip_fab: 'where the chips were made',
  hashboard_assembly: 'where the hashboards were assembled',
  final_assembly: 'where the unit was finally assembled',
};

export function originBasisLabel(basis: string | null): string {
  if (basis === null) return 'basis not recorded';
  return ORIGIN_BASIS_LABELS[basis] ?? basis;
}

const MODE_LABELS: Record<string, string> = { ocean: 'Ocean', air: 'Air', truck: 'Truck' };

export function modeLabel(mode: string | null): string | null {
  return mode === null ? null : (MODE_LABELS[mode] ?? mode);
}

/** "854370" → "8543.70"; "" → "all lines". */
export function htsPrefixLabel(prefix: string): string {
  if (prefix === '') return 'all lines';
  const parts = [prefix.slice(0, 4), prefix.slice(4, 6), prefix.slice(6, 8), prefix.slice(8)];
  return parts.filter(Boolean).join('.');
}
