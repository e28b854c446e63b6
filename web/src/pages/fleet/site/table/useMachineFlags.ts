import { useMemo } from 'react';
import { useFlaggedMachines } from '../../../../api/fleet';
import type { FleetMachine, FleetSummary } from '../../../../api/fleetTypes';

/** How many machines of each kind the flags are fetched for (the list endpoint's page). */
export const FLAGGED_LIMIT = 1000;

/** What the table's columns do not carry, by machine id. */
export interface MachineFlagsMap {
  /** Matched to no unit built here. */
  unknown: ReadonlySet<string>;
  /** Serials of hashboards from other units. */
  swapped: ReadonlyMap<string, string[]>;
  /** Why an offline machine could not be read. */
  problems: ReadonlyMap<string, string>;
  /** A kind has more machines than were fetched: the rest show no flag. */
  partial: boolean;
}

const ids = (items: FleetMachine[] | undefined) => new Set((items ?? []).map((m) => m.id));

/**
 * The flags of the machine table the columnar endpoint leaves out: machines not built here,
 * swapped boards and why offline machines are silent, each fetched (up to a thousand, by
 * address) only when the site's summary says there are some. At a site of more machines than
 * that, they are asked for once the table is in, so they never hold it up.
 */
export function useMachineFlags(siteId: string, summary: FleetSummary, tableLoaded: boolean) {
  const offline = summary.machines - summary.online;
  const small = summary.machines <= FLAGGED_LIMIT;
  const go = small || tableLoaded;
  const unknown = useFlaggedMachines(siteId, { matched: false }, go && summary.unknown > 0);
  const swapped = useFlaggedMachines(siteId, { swapped: true }, go && summary.swapped > 0);
  const silent = useFlaggedMachines(siteId, { status: 'offline' }, go && offline > 0);
  const flags = useMemo<MachineFlagsMap>(
    () => ({
      unknown: ids(unknown.data?.items),
      swapped: new Map((swapped.data?.items ?? []).map((m) => [m.id, m.swappedBoards])),
      problems: new Map(
        (silent.data?.items ?? []).flatMap((m) =>
          m.problems[0] ? [[m.id, m.problems[0]] as const] : [],
        ),
      ),
      partial: Math.max(summary.unknown, summary.swapped, offline) > FLAGGED_LIMIT,
    }),
    [unknown.data, swapped.data, silent.data, summary.unknown, summary.swapped, offline],
  );
  const queries = [unknown, swapped, silent];
  return {
    flags,
    /**
     * Whether the table may show: at a small site once every flag asked for has come (or
     * failed), so rows appear whole; at a large one at once, the flags following.
     */
    settled: !small || queries.every((q) => q.fetchStatus === 'idle' || !q.isPending),
    error: queries.find((q) => q.error)?.error ?? null,
  };
}
