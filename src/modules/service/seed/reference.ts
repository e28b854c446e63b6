import type { FaultCodesTable, SlaTiersTable } from '../service.tables.js';

/**
 * The fault-code taxonomy of the depot (miners.md: how they fail), with the part a repair of
 * each usually replaces and its typical bench time. Editable rows once seeded.
 */
export const SEED_FAULT_CODES: Omit<FaultCodesTable, 'sortOrder'>[] = [
  {
    code: 'board_not_detected',
    name: 'Hashboard not detected',
    partKind: 'hashboard',
    labourMinutes: 60,
    description: 'A chain reads 0 chips: the board is dead, unplugged or its PIC failed.',
  },
  {
    code: 'chips_missing',
    name: 'Chips missing',
    partKind: 'hashboard',
    labourMinutes: 120,
    description: 'A chain answers with fewer chips than the model has (re-balling or board swap).',
  },
  {
    code: 'low_rate_board',
    name: 'Low-rate hashboard',
    partKind: 'hashboard',
    labourMinutes: 90,
    description: 'One board hashes well below its ideal rate.',
  },
  {
    code: 'fan',
    name: 'Fan failure',
    partKind: 'fan',
    labourMinutes: 15,
    description: 'A fan stopped (0 RPM) or is below its minimum speed.',
  },
  {
    code: 'psu',
    name: 'Power supply failure',
    partKind: 'psu',
    labourMinutes: 20,
    description: 'The PSU is dead or trips on over-current.',
  },
  {
    code: 'control_board',
    name: 'Control board failure',
    partKind: 'control_board',
    labourMinutes: 30,
    description: 'No network, no boot, or the controller cannot read the chains.',
  },
  {
    code: 'heat_damage',
    name: 'Heat damage',
    partKind: 'hashboard',
    labourMinutes: 120,
    description: 'Chips or heatsinks damaged by overheating.',
  },
  {
    code: 'firmware',
    name: 'Firmware fault',
    partKind: null,
    labourMinutes: 30,
    description: 'Corrupt or unofficial firmware: reflash with the official image.',
  },
  {
    code: 'cosmetic',
    name: 'Cosmetic damage',
    partKind: 'chassis',
    labourMinutes: 20,
    description: 'Dents, broken fan guards or connectors: the machine still hashes.',
  },
];

/** Service levels offered: hours of the SLA clock, and who gets a replacement ahead. */
export const SEED_TIERS: Omit<SlaTiersTable, 'updatedAt'>[] = [
  {
    code: 'standard',
    name: 'Standard',
    targetHours: 240,
    advanceReplacement: 'doa',
    note: 'Ten days of depot time; a dead-on-arrival machine is replaced ahead.',
  },
  {
    code: 'priority',
    name: 'Priority',
    targetHours: 120,
    advanceReplacement: 'in_warranty',
    note: 'Five days; every machine in warranty is replaced ahead from the refurbished pool.',
  },
  {
    code: 'critical',
    name: 'Critical',
    targetHours: 72,
    advanceReplacement: 'in_warranty',
    note: 'Three days, for fleets under contract.',
  },
];

/** What voids a warranty (logistics.md), cited when a void is recorded. */
export const SEED_EXCLUSIONS = [
  'Damaged or removed serial label',
  'Unofficial firmware',
  'Overclocking',
  'Bad ambient conditions (heat, dust, humidity)',
  'Hashboards returned alone where forbidden',
  'Physical or liquid damage',
];

/**
 * Terms by maker (logistics.md): 365 days from dispatch for Bitmain-class machines, 180 days for
 * Whatsminer (the miner; its PSU has 12 months) and Canaan. DOA within 30 days; repairs carry 30.
 */
export const TERM_DAYS_BY_MAKER: Record<string, number> = {
  Bitmain: 365,
  MicroBT: 180,
  Canaan: 180,
};

/**
 * Market value per TH/s for the repair cap. An assumption from prices seen ($14–17.50/TH for
 * S21-class in 2023–24, miners.md): edit per model as the market moves.
 */
export const ASSUMED_VALUE_CENTS_PER_TH = 1400;
