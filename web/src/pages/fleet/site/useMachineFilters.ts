import { useSearchParams } from 'react-router';
import type { MachineFilters, MachineSort } from '../../../api/fleet';

export const MACHINES_PAGE_SIZE = 100;

const SORTS: readonly MachineSort[] = ['ip', 'hashrate', 'temperature', 'lastSeen'];

const flag = (value: string | null) => (value === 'true' ? true : value === 'false' ? false : null);

/**
 * The machine list's filters, sort and page live in the address (`?status=offline&page=2`), to
 * share and reload; changing a filter goes back to the first page.
 */
export function useMachineFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const sort = params.get('sort') as MachineSort | null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const filters: MachineFilters = {
    status: status === 'online' || status === 'offline' ? status : null,
    model: params.get('model'),
    q: params.get('q'),
    matched: flag(params.get('matched')),
    swapped: flag(params.get('swapped')),
    sort: sort && SORTS.includes(sort) ? sort : null,
    order: params.get('order') === 'desc' ? 'desc' : null,
    limit: MACHINES_PAGE_SIZE,
    offset: (page - 1) * MACHINES_PAGE_SIZE,
  };
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  return {
    filters,
    page,
    set,
    setPage: (value: number) => set({ page: value > 1 ? String(value) : null }),
    /** Sort by a column; the same column again flips the order. */
    sortBy: (column: MachineSort) => {
      const current = filters.sort ?? 'ip';
      const order = current === column && filters.order !== 'desc' ? 'desc' : null;
      set({ sort: column === 'ip' ? null : column, order });
    },
  };
}

export type MachineFilterState = ReturnType<typeof useMachineFilters>;
