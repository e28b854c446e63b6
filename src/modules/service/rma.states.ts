import { conflict } from '../../platform/errors.js';
import { RMA_STATUSES, type RmaStatus, type RmaUnitsTable } from './service.tables.js';

/**
 * The life of one machine under an RMA, pure. Every move is checked against this table; the
 * SLA clock runs while the depot has the ball and pauses while the customer has it.
 */
export const TRANSITIONS: Record<RmaStatus, readonly RmaStatus[]> = {
  requested: ['approved', 'rejected', 'cancelled'],
  approved: ['in_transit', 'received', 'cancelled'],
  in_transit: ['received'],
  received: ['diagnosing'],
  diagnosing: ['repairing', 'awaiting_quote_approval', 'ready_to_ship'],
  awaiting_quote_approval: ['repairing', 'ready_to_ship'],
  repairing: ['testing'],
  testing: ['ready_to_ship', 'repairing'],
  // Closed here: a machine replaced ahead stays with the maker (it joins the refurbished pool).
  ready_to_ship: ['shipped', 'closed'],
  shipped: ['closed'],
  closed: [],
  rejected: [],
  cancelled: [],
};

/** The customer has the ball: approved but not yet sent, on its way in, or a quote to decide. */
export const WAITING_ON_CUSTOMER: ReadonlySet<RmaStatus> = new Set([
  'approved',
  'in_transit',
  'awaiting_quote_approval',
]);

/** The clock has stopped for good: shipped back, or ended without a repair. */
export const CLOCK_STOPPED: ReadonlySet<RmaStatus> = new Set([
  'shipped',
  'closed',
  'rejected',
  'cancelled',
]);

/** No longer open: the machine may be in a new RMA. */
export const FINISHED: ReadonlySet<RmaStatus> = new Set(['closed', 'rejected', 'cancelled']);

export function canMove(from: RmaStatus, to: RmaStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertMove(serial: string, from: RmaStatus, to: RmaStatus): void {
  if (!canMove(from, to))
    throw conflict(
      'SERVICE_RMA_ILLEGAL_TRANSITION',
      `${serial} is ${label(from)}: it cannot become ${label(to)}.`,
    );
}

export const label = (status: RmaStatus) => status.replaceAll('_', ' ');

type Clock = Pick<RmaUnitsTable, 'slaUsedMs' | 'slaRunningSince'>;

/** The clock after a move to `to` at `at`: time so far banked, running again or not. */
export function clockAfter(clock: Clock, to: RmaStatus, at: number): Clock {
  const used = clock.slaUsedMs + (clock.slaRunningSince === null ? 0 : at - clock.slaRunningSince);
  const runs = !WAITING_ON_CUSTOMER.has(to) && !CLOCK_STOPPED.has(to);
  return { slaUsedMs: used, slaRunningSince: runs ? at : null };
}

export interface SlaView {
  targetHours: number;
  usedHours: number;
  /** Negative once breached. */
  remainingHours: number;
  breached: boolean;
  state: 'running' | 'paused' | 'stopped';
  /** When it breaches if it keeps running (null unless running and not yet breached). */
  dueAt: number | null;
}

export function slaView(
  unit: Clock & Pick<RmaUnitsTable, 'slaTargetHours' | 'status'>,
  now: number,
): SlaView {
  const usedMs =
    unit.slaUsedMs + (unit.slaRunningSince === null ? 0 : Math.max(0, now - unit.slaRunningSince));
  const targetMs = unit.slaTargetHours * 3_600_000;
  const running = unit.slaRunningSince !== null;
  return {
    targetHours: unit.slaTargetHours,
    usedHours: Math.round((usedMs / 3_600_000) * 10) / 10,
    remainingHours: Math.round(((targetMs - usedMs) / 3_600_000) * 10) / 10,
    breached: usedMs > targetMs,
    state: running ? 'running' : CLOCK_STOPPED.has(unit.status) ? 'stopped' : 'paused',
    dueAt: running && usedMs <= targetMs ? now + (targetMs - usedMs) : null,
  };
}

// The flow's order is the order of RMA_STATUSES (rejected and cancelled are never "least").
const ORDER = new Map(RMA_STATUSES.map((s, i) => [s, i]));

/** An RMA's status for lists: the least advanced of its units still in play. */
export function summaryStatus(units: readonly RmaStatus[]): RmaStatus {
  const live = units.filter((s) => s !== 'rejected' && s !== 'cancelled');
  if (live.length === 0) return units.includes('rejected') ? 'rejected' : 'cancelled';
  return live.reduce((a, b) => (ORDER.get(a)! <= ORDER.get(b)! ? a : b));
}
