import type { VisitResult, VisitStatus } from '../../../api/fieldTypes';
import { VISIT_STATUSES } from '../../../api/fieldTypes';
import { CHART_COLORS } from '../../../components/charts/chartTypes';

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  planned: 'Planned',
  scheduled: 'Scheduled',
  checked_in: 'On site',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const VISIT_STATUS_COLORS: Record<VisitStatus, string> = {
  planned: 'gray',
  scheduled: 'blue',
  checked_in: 'orange',
  completed: 'green',
  cancelled: 'gray',
};

export const VISIT_STATUS_OPTIONS = VISIT_STATUSES.map((status) => ({
  value: status,
  label: VISIT_STATUS_LABELS[status],
}));

export const RESULT_LABELS: Record<VisitResult, string> = {
  fixed: 'Fixed',
  not_fixed: 'Not fixed',
  to_depot: 'To depot',
};

export const RESULT_COLORS: Record<VisitResult, string> = {
  fixed: 'green',
  not_fixed: 'red',
  to_depot: 'orange',
};

/** The planner's working day: stops are placed in minutes from its start. */
export const DAY_MINUTES = 600;

/** 150 → "2 h 30", 45 → "45 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const rest = m % 60;
  return `${Math.floor(m / 60)} h${rest ? ` ${String(rest).padStart(2, '0')}` : ''}`;
}

/** Minutes into the working day as h:mm from its start: 81 → "1:21". */
export function dayClock(minutes: number): string {
  const m = Math.round(minutes);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** "Nov 25 – Nov 30" style, kept as ISO days: they read the same in every locale. */
export const windowText = (start: string, end: string) =>
  start === end ? start : `${start} → ${end}`;

/**
 * One color per technician, the same on the map, the timeline and the legend. Red is left out:
 * it marks late stops.
 */
const TECH_PALETTE = [
  CHART_COLORS.indigo,
  CHART_COLORS.teal,
  CHART_COLORS.orange,
  CHART_COLORS.grape,
  CHART_COLORS.cyan,
  CHART_COLORS.lime,
  CHART_COLORS.pink,
  CHART_COLORS.yellow,
];

export function technicianColors(codes: readonly string[]): Map<string, string> {
  const sorted = [...new Set(codes)].sort();
  return new Map(sorted.map((code, i) => [code, TECH_PALETTE[i % TECH_PALETTE.length]!]));
}
