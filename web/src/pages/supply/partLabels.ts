import { PART_KINDS, type PartKind } from '../../api/catalogTypes';

export const PART_KIND_LABELS: Record<PartKind, string> = {
  miner_unit: 'Miner unit',
  asic_chip: 'ASIC chip',
  hashboard_pcb: 'Hashboard PCB',
  hashboard: 'Hashboard',
  control_board: 'Control board',
  psu: 'Power supply',
  fan: 'Fan',
  water_plate: 'Water plate',
  chassis: 'Chassis',
  heatsink: 'Heatsink',
  cable: 'Cable',
  packaging: 'Packaging',
  other: 'Other',
};

export const PART_KIND_OPTIONS = PART_KINDS.map((kind) => ({
  value: kind,
  label: PART_KIND_LABELS[kind],
}));

export const TRACKING_LABELS: Record<string, string> = {
  serial: 'By serial number',
  lot: 'By lot',
  none: 'Not tracked',
};
