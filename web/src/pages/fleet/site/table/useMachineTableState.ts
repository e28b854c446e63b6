import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { HEALTH_FAULTS, type HealthFault } from '../../../../api/fleetHealthTypes';
import {
  TABLE_SORTS,
  TABLE_STATUSES,
  type TableFilters,
  type TableOrder,
  type TableSort,
  type TableStatus,
} from './machineIndex';

/** Typing is applied at once; the address follows once the typing pauses. */
const ADDRESS_DELAY_MS = 300;

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/**
 * The machine table's filters and sort live in the address (`?status=faulty&sort=temperature`),
 * to share and reload. The search box answers each key at once from its own state and writes
 * the address after a pause, so typing never waits for the router.
 */
export function useMachineTableState() {
  const [params, setParams] = useSearchParams();
  const fromAddress = params.get('q') ?? '';
  const [typed, setTyped] = useState(fromAddress);
  // Another page of the app (or Back) changed the address: the box follows it.
  const [seen, setSeen] = useState(fromAddress);
  if (seen !== fromAddress) {
    setSeen(fromAddress);
    if (fromAddress !== typed.trim()) setTyped(fromAddress);
  }

  const set = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };

  const trimmed = typed.trim();
  useEffect(() => {
    if (trimmed === fromAddress) return undefined;
    const timer = window.setTimeout(() => set({ q: trimmed || null }), ADDRESS_DELAY_MS);
    return () => window.clearTimeout(timer);
    // `set` is rebuilt each render; only the text and the address matter.
  }, [trimmed, fromAddress]);

  const filters: TableFilters = {
    status: oneOf<TableStatus>(TABLE_STATUSES, params.get('status')),
    model: params.get('model'),
    fault: oneOf<HealthFault>(HEALTH_FAULTS, params.get('fault')),
    q: trimmed.toLowerCase(),
  };
  const order: TableOrder = {
    sort: oneOf<TableSort>(TABLE_SORTS, params.get('sort')) ?? 'ip',
    desc: params.get('order') === 'desc',
  };
  return {
    filters,
    order,
    typed,
    setTyped,
    set,
    filtered:
      filters.status !== null || filters.model !== null || filters.fault !== null || trimmed !== '',
    clear: () => {
      setTyped('');
      set({ status: null, model: null, fault: null, q: null });
    },
    /** Sort by a column; the same column again flips the order. */
    sortBy: (column: TableSort) => {
      const desc = order.sort === column && !order.desc;
      set({ sort: column === 'ip' ? null : column, order: desc ? 'desc' : null });
    },
  };
}

export type MachineTableState = ReturnType<typeof useMachineTableState>;
