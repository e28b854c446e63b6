import type { LocationKind } from '../supply.tables.js';

/** One location of every kind the plant uses; field vans and spares kits are added per crew. */
export const SEED_LOCATIONS: { code: string; name: string; kind: LocationKind; note?: string }[] = [
  { code: 'RAW', name: 'Raw stores', kind: 'raw_stores', note: 'Receiving puts bought parts here' },
  { code: 'WIP', name: 'Work in progress, lines', kind: 'wip' },
  { code: 'FG', name: 'Finished goods', kind: 'finished_goods' },
  { code: 'DEPOT', name: 'Repair depot stores', kind: 'repair_depot' },
  {
    code: 'QUAR',
    name: 'Quarantine',
    kind: 'quarantine',
    note: 'Removed and suspect parts awaiting analysis',
  },
  { code: 'TRANSIT', name: 'In transit', kind: 'in_transit' },
];
