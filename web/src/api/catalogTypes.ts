/** Types of the catalog API: parts, BOMs and miner models (money in cents). */
import type { EpochMillis } from './types';

export const PART_KINDS = [
  'miner_unit',
  'asic_chip',
  'hashboard_pcb',
  'hashboard',
  'control_board',
  'psu',
  'fan',
  'water_plate',
  'chassis',
  'heatsink',
  'cable',
  'packaging',
  'other',
] as const;

export type PartKind = (typeof PART_KINDS)[number];

export interface Part {
  id: string;
  partNumber: string;
  name: string;
  kind: PartKind;
  htsCode: string | null;
  uom: 'each' | 'kg' | 'm';
  tracking: 'serial' | 'lot' | 'none';
  defaultOrigin: string | null;
  standardCostCents: number | null;
  note: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface BomLine {
  componentId: string;
  partNumber: string;
  quantity: number;
}

export interface BomRevision {
  id: string;
  partId: string;
  revision: string;
  effectiveFrom: string;
  /** Exclusive; null when open-ended. */
  effectiveTo: string | null;
  labourMinutes: number;
  lines: BomLine[];
}

export interface ExplodedNode {
  partId: string;
  partNumber: string;
  level: number;
  /** Per one unit of the parent. */
  quantity: number;
  /** Per one unit of the root. */
  extendedQuantity: number;
  /** BOM revision used; null for a bought part. */
  revision: string | null;
  /** Cost of one unit: bought price, or material plus labour. */
  unitCostCents: number;
  materialCents: number;
  labourCents: number;
  children: ExplodedNode[];
}

export interface Explosion {
  labourCentsPerHour: number;
  tree: ExplodedNode;
}

export interface WhereUsedEntry {
  partId: string;
  partNumber: string;
  quantity: number;
  level: number;
  revision: string;
}

export interface MinerModel {
  id: string;
  name: string;
  maker: string;
  hashrateThs: number;
  powerW: number;
  efficiencyJthX100: number;
  efficiencyJth: number;
  cooling: 'air' | 'water';
  boards: number;
  chipsPerBoard: number | null;
  chip: string | null;
  fans: number | null;
  psu: string | null;
  weightG: number | null;
  released: string | null;
  /** The part built here for this model; null when it has no BOM. */
  unitPartId: string | null;
  uncertainFields: string[];
  note: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}
