/**
 * A site's machine table held in memory for instant filtering and sorting: built once per
 * download (search text, fault bits, model ids, numeric sort keys), each sort order computed
 * once and kept, then a filter is a single pass over that order. 31,000 machines filter in a
 * few milliseconds; no row is copied, the table reads the columns by index.
 */
import { HEALTH_FAULTS, type HealthFault } from '../../../../api/fleetHealthTypes';
import type { MachineTable } from '../../../../api/fleetTypes';

export type TableSort = 'ip' | 'hashrate' | 'temperature' | 'lastSeen';
export const TABLE_SORTS: readonly TableSort[] = ['ip', 'hashrate', 'temperature', 'lastSeen'];
export type TableStatus = 'online' | 'offline' | 'faulty';
export const TABLE_STATUSES: readonly TableStatus[] = ['online', 'offline', 'faulty'];

export interface TableFilters {
  status: TableStatus | null;
  model: string | null;
  fault: HealthFault | null;
  /** Lower-cased part of an address, host name or serial. */
  q: string;
}

export interface TableOrder {
  sort: TableSort;
  desc: boolean;
}

const NO_FAULTS: readonly HealthFault[] = [];
const FAULT_BIT = new Map<string, number>(HEALTH_FAULTS.map((f, i) => [f, 1 << i]));

export interface MachineIndex {
  columns: MachineTable['columns'];
  size: number;
  /** When the server read the table. */
  at: number;
  /** "ip hostname serial", lower-cased, per row. */
  haystack: string[];
  /** Open fault kinds per row, parsed once. */
  faults: (readonly HealthFault[])[];
  faultBits: Uint16Array;
  /** Index into `models` per row; -1 when the machine did not say. */
  modelOf: Int32Array;
  models: string[];
  modelCounts: number[];
  /** Open faults of each kind: machines with it. */
  faultCounts: Map<HealthFault, number>;
  faulty: number;
  /** Sort orders already computed, by "column:asc|desc" (missing values last). */
  orders: Map<string, Uint32Array>;
  /** Per sorted column, how many rows have a value (they lead its ascending order). */
  known: Map<TableSort, number>;
}

export function buildIndex(table: MachineTable): MachineIndex {
  const c = table.columns;
  const size = c.id.length;
  const haystack = new Array<string>(size);
  const faults = new Array<readonly HealthFault[]>(size);
  const faultBits = new Uint16Array(size);
  const modelOf = new Int32Array(size);
  const modelIds = new Map<string, number>();
  const models: string[] = [];
  const modelCounts: number[] = [];
  const faultCounts = new Map<HealthFault, number>();
  let faulty = 0;
  for (let i = 0; i < size; i++) {
    haystack[i] = `${c.ip[i]} ${c.hostname[i] ?? ''} ${c.unitSerial[i] ?? ''}`.toLowerCase();
    const list = c.faults[i];
    if (list) {
      const kinds = list.split(',') as HealthFault[];
      let bits = 0;
      for (const k of kinds) {
        bits |= FAULT_BIT.get(k) ?? 0;
        faultCounts.set(k, (faultCounts.get(k) ?? 0) + 1);
      }
      faults[i] = kinds;
      faultBits[i] = bits;
      faulty++;
    } else faults[i] = NO_FAULTS;
    const model = c.model[i];
    if (model === null || model === undefined) modelOf[i] = -1;
    else {
      let id = modelIds.get(model);
      if (id === undefined) {
        id = models.length;
        modelIds.set(model, id);
        models.push(model);
        modelCounts.push(0);
      }
      modelOf[i] = id;
      modelCounts[id]!++;
    }
  }
  return {
    columns: c,
    size,
    at: table.at,
    haystack,
    faults,
    faultBits,
    modelOf,
    models,
    modelCounts,
    faultCounts,
    faulty,
    orders: new Map(),
    known: new Map(),
  };
}

function keyColumn(index: MachineIndex, sort: Exclude<TableSort, 'ip'>) {
  const c = index.columns;
  if (sort === 'hashrate') return c.hashrateThs;
  if (sort === 'temperature') return c.chipTempMaxC;
  return c.lastSeenAt;
}

/** Rows by a column's value, ascending, machines without one last; and how many have one. */
function ascending(index: MachineIndex, sort: Exclude<TableSort, 'ip'>) {
  const n = index.size;
  const values = keyColumn(index, sort);
  const keys = new Float64Array(n);
  const order = new Uint32Array(n);
  let known = 0;
  let missing = n;
  // Known values at the front, missing ones at the back (then put back in address order).
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) order[--missing] = i;
    else {
      keys[i] = v;
      order[known++] = i;
    }
  }
  order.subarray(missing).reverse();
  order.subarray(0, known).sort((a, b) => keys[a]! - keys[b]! || a - b);
  return { order, known };
}

/**
 * Row numbers in the order asked for; machines without the value come last either way. The
 * server sends rows by address, so that order is the rows' own. Each order is computed once
 * per download (see `precomputeOrders`); the descending one is read off the ascending one.
 */
export function orderOf(index: MachineIndex, { sort, desc }: TableOrder): Uint32Array {
  const cacheKey = `${sort}:${desc ? 'desc' : 'asc'}`;
  const cached = index.orders.get(cacheKey);
  if (cached) return cached;
  const n = index.size;
  let order: Uint32Array;
  if (sort === 'ip') {
    order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = desc ? n - 1 - i : i;
  } else {
    let asc = index.orders.get(`${sort}:asc`);
    let known = index.known.get(sort);
    if (!asc || known === undefined) {
      ({ order: asc, known } = ascending(index, sort));
      index.orders.set(`${sort}:asc`, asc);
      index.known.set(sort, known);
    }
    if (!desc) return asc;
    order = new Uint32Array(n);
    const values = keyColumn(index, sort);
    // Highest first; ties keep address order; machines without a value still last.
    let k = 0;
    for (let end = known; end > 0;) {
      let start = end - 1;
      const v = values[asc[start]!];
      while (start > 0 && values[asc[start - 1]!] === v) start--;
      for (let j = start; j < end; j++) order[k++] = asc[j]!;
      end = start;
    }
    order.set(asc.subarray(known), known);
  }
  index.orders.set(cacheKey, order);
  return order;
}

/**
 * Computes the sort orders while the browser is idle after the table is drawn, so the first
 * click on a header finds its order ready. Returns a cancel.
 */
export function precomputeOrders(index: MachineIndex): () => void {
  const pending: TableSort[] = ['hashrate', 'temperature', 'lastSeen'];
  const idle =
    window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50) as number);
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  let handle = 0;
  const next = () => {
    const sort = pending.shift();
    if (!sort) return;
    orderOf(index, { sort, desc: false });
    handle = idle(next);
  };
  handle = idle(next);
  return () => cancelIdle(handle);
}

/** The rows passing every filter, in `order`. */
export function filterRows(index: MachineIndex, order: Uint32Array, f: TableFilters): Uint32Array {
  const { online } = index.columns;
  const model = f.model === null ? null : index.models.indexOf(f.model);
  const bit = f.fault === null ? 0 : (FAULT_BIT.get(f.fault) ?? 0);
  const q = f.q;
  if (f.status === null && model === null && bit === 0 && q === '') return order;
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (f.status === 'online' && !online[i]) continue;
    if (f.status === 'offline' && online[i]) continue;
    if (f.status === 'faulty' && index.faultBits[i] === 0) continue;
    if (model !== null && index.modelOf[i] !== model) continue;
    if (bit !== 0 && (index.faultBits[i]! & bit) === 0) continue;
    if (q !== '' && !index.haystack[i]!.includes(q)) continue;
    out[n++] = i;
  }
  return out.subarray(0, n);
}
