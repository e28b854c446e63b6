import type { SupplySourcesTable } from '../sales.tables.js';

/**
 * Where promised units come from. Transit from logistics.md: a truck from the Texas plant
 * reaches most sites in 2–5 days; ocean from China 20–30 days door to door (West Coast, more to
 * Texas); Malaysia to Texas 30–45 days; air a few days. Weekly allotments and customs-hold
 * risk before any hold is recorded are assumptions (trade.md: holds of up to two months in
 * Nov 2024, nearly every air shipment inspected in Feb 2025). All editable.
 */
export const SEED_SOURCES: Omit<SupplySourcesTable, 'updatedAt'>[] = [
  {
    code: 'US-PLANT',
    name: 'US plant (Texas)',
    kind: 'us_plant',
    originFactory: 'Rigline Texas plant',
    originCountry: 'US',
    mode: 'truck',
    tradeRoute: null,
    transitP50Days: 3,
    transitP90Days: 5,
    weeklyUnits: null,
    holdProbabilityBp: 0,
    holdP50Days: 0,
    holdP90Days: 0,
    freightToSiteCents: 2_500,
    active: 1,
  },
  {
    code: 'CN-OCEAN',
    name: 'China factory, ocean',
    kind: 'import',
    originFactory: 'Shenzhen factory',
    originCountry: 'CN',
    mode: 'ocean',
    tradeRoute: 'Import: China factory, ocean',
    transitP50Days: 28,
    transitP90Days: 38,
    weeklyUnits: 1_500,
    holdProbabilityBp: 1_500,
    holdP50Days: 21,
    holdP90Days: 60,
    freightToSiteCents: 3_000,
    active: 1,
  },
  {
    code: 'CN-AIR',
    name: 'China factory, air',
    kind: 'import',
    originFactory: 'Shenzhen factory',
    originCountry: 'CN',
    mode: 'air',
    tradeRoute: 'Import: China factory, air',
    transitP50Days: 5,
    transitP90Days: 12,
    weeklyUnits: 400,
    holdProbabilityBp: 3_000,
    holdP50Days: 10,
    holdP90Days: 30,
    freightToSiteCents: 3_000,
    active: 1,
  },
  {
    code: 'MY-OCEAN',
    name: 'Malaysia assembly, ocean',
    kind: 'import',
    originFactory: 'Penang assembly plant',
    originCountry: 'MY',
    mode: 'ocean',
    tradeRoute: 'Import: Malaysia assembly, ocean',
    transitP50Days: 37,
    transitP90Days: 48,
    weeklyUnits: 1_000,
    holdProbabilityBp: 800,
    holdP50Days: 14,
    holdP90Days: 45,
    freightToSiteCents: 3_000,
    active: 1,
  },
];
