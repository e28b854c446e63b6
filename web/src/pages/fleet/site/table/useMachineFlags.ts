import { useMemo } from 'react';
import type { MachineTable } from '../../../../api/fleetTypes';

/** What a row marks beside its figures, by machine id. */
export interface MachineFlagsMap {
  /** Matched to no unit built here. */
  unknown: ReadonlySet<string>;
  /** Serials of hashboards from other units. */
  swapped: ReadonlyMap<string, string[]>;
  /** Why an offline machine could not be read. */
  problems: ReadonlyMap<string, string>;
}

/** The row flags, from the table's own columns. */
export function useMachineFlags(table: MachineTable | undefined): MachineFlagsMap {
  return useMemo(() => {
    const unknown = new Set<string>();
    const swapped = new Map<string, string[]>();
    const problems = new Map<string, string>();
    if (table) {
      const c = table.columns;
      for (let i = 0; i < c.id.length; i++) {
        const id = c.id[i]!;
        if (!c.builtHere[i]) unknown.add(id);
        if (c.swappedBoards[i]!.length) swapped.set(id, c.swappedBoards[i]!);
        const problem = c.problem[i];
        if (problem) problems.set(id, problem);
      }
    }
    return { unknown, swapped, problems };
  }, [table]);
}
