/** Types of the service analytics API: turnaround, SLA, first-time fix, repeats, Pareto. */

export interface ParetoRow {
  key: string;
  count: number;
  shareBp: number;
  /** The running share down the table: the Pareto line. */
  cumulativeBp: number;
}

export const PARETO_DIMENSIONS = [
  'faultCode',
  'model',
  'supplier',
  'chipLot',
  'productionWeek',
] as const;

export type ParetoDimension = (typeof PARETO_DIMENSIONS)[number];

export interface ServiceAnalytics {
  from: string;
  to: string;
  /** Machines returned in the range (rejected and cancelled left out). */
  units: number;
  /** Days from request to shipped back, for the machines shipped back. */
  turnaround: {
    count: number;
    p50Days: number | null;
    p90Days: number | null;
    meanDays: number | null;
    buckets: { label: string; count: number }[];
  };
  sla: {
    closed: number;
    met: number;
    attainmentBp: number | null;
    openBreached: number;
    open: number;
  };
  firstTimeFix: {
    depotTested: number;
    depotFirstPass: number;
    fieldRecorded: number;
    fieldFixed: number;
  };
  repeats: { windowDays: number; returns: number; repeated: number; serials: string[] };
  pareto: Record<ParetoDimension, ParetoRow[]>;
}
