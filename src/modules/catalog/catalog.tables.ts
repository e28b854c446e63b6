export type PartKind =
  | 'miner_unit'
  | 'asic_chip'
  | 'hashboard_pcb'
  | 'hashboard'
  | 'control_board'
  | 'psu'
  | 'fan'
  | 'water_plate'
  | 'chassis'
  | 'heatsink'
  | 'cable'
  | 'packaging'
  | 'other';
export type Tracking = 'serial' | 'lot' | 'none';

export interface PartsTable {
  id: string;
  partNumber: string;
  name: string;
  kind: PartKind;
  /** As written in the schedule (`8542.31.0000`); the trade module interprets it. */
  htsCode: string | null;
  uom: 'each' | 'kg' | 'm';
  tracking: Tracking;
  defaultOrigin: string | null;
  standardCostCents: number | null;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ModelsTable {
  id: string;
  name: string;
  maker: string;
  hashrateThs: number;
  powerW: number;
  /** J/TH × 100 (17.5 J/TH = 1750). */
  efficiencyJthX100: number;
  cooling: 'air' | 'water';
  boards: number;
  chipsPerBoard: number | null;
  chip: string | null;
  fans: number | null;
  psu: string | null;
  weightG: number | null;
  released: string | null;
  unitPartId: string | null;
  /** JSON array of the fields the source marks uncertain. */
  uncertainFields: string;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface BomRevisionsTable {
  id: string;
  partId: string;
  revision: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  labourMinutes: number;
  note: string | null;
  createdAt: number;
}

export interface BomLinesTable {
  id: string;
  revisionId: string;
  componentId: string;
  quantity: number;
  position: number;
}

export interface CostSettingsTable {
  key: string;
  value: number;
  unit: string;
  note: string | null;
  updatedAt: number;
}

export interface CatalogTables {
  catalogParts: PartsTable;
  catalogModels: ModelsTable;
  catalogBomRevisions: BomRevisionsTable;
  catalogBomLines: BomLinesTable;
  catalogCostSettings: CostSettingsTable;
}
