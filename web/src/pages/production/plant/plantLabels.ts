import type { CurvePoint, RoleKind, WorkCentreKind } from '../../../api/plantTypes';
import { formatBp } from '../../../lib/format';

export const WORK_CENTRE_KIND_LABELS: Record<WorkCentreKind, string> = {
  smt: 'SMT',
  board_test: 'Board test',
  final_assembly: 'Final assembly',
  burn_in: 'Burn-in',
  packing: 'Packing',
};

export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  direct: 'Direct',
  indirect: 'Indirect',
  service: 'Service',
};

/** Labels of ISO weekdays 1–7. */
export const WEEKDAYS = [
  { value: '1', label: 'Mon' },
  { value: '2', label: 'Tue' },
  { value: '3', label: 'Wed' },
  { value: '4', label: 'Thu' },
  { value: '5', label: 'Fri' },
  { value: '6', label: 'Sat' },
  { value: '7', label: 'Sun' },
];

/** "Mon–Fri", "Every day", or the days listed: "Mon, Wed, Sat". */
export function daysLabel(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'Every day';
  const label = (day: number) => WEEKDAYS[day - 1]?.label ?? String(day);
  const consecutive = sorted.every((day, i) => i === 0 || day === (sorted[i - 1] ?? 0) + 1);
  if (consecutive && sorted.length > 2)
    return `${label(sorted[0] ?? 1)}–${label(sorted.at(-1) ?? 7)}`;
  return sorted.map(label).join(', ');
}

/** "06:00–13:30" for a shift of 450 minutes from 06:00 (wrapping past midnight); "All day". */
export function shiftSpanLabel(startsAt: string, minutes: number): string {
  if (minutes >= 24 * 60) return 'All day';
  const [hours, mins] = startsAt.split(':').map(Number);
  const end = ((hours ?? 0) * 60 + (mins ?? 0) + minutes) % (24 * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${startsAt}–${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

/** Minutes as hours: 450 → "7.5 h". */
export function hoursLabel(minutes: number): string {
  return `${Math.round((minutes / 60) * 10) / 10} h`;
}

/** "40% → 60% at wk 2 → 100% at wk 12". */
export function curveLabel(curve: readonly CurvePoint[]): string {
  return [...curve]
    .sort((a, b) => a.week - b.week)
    .map((p) => (p.week === 0 ? formatBp(p.bp, 0) : `${formatBp(p.bp, 0)} at wk ${p.week}`))
    .join(' → ');
}
