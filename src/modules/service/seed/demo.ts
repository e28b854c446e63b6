import type { RmaStatus } from '../service.tables.js';

/**
 * Demo RMAs, in days relative to today: one flow per state a machine can be in, some past their
 * SLA clock. Each flow takes `units` machines of the customer's installed base at `site`.
 */
export interface DemoRma {
  customer: string;
  site: string;
  units: number;
  fault: string;
  /** What the depot finds (default: the reported fault). */
  found?: string[];
  requestedDaysAgo: number;
  /** How far the machines get. */
  until: RmaStatus;
  /** Void the warranty first (the quote path). */
  voidReason?: string;
  /** Ship refurbished machines ahead once approved (the customer's tier allows it). */
  advance?: boolean;
  note: string;
}

export const DEMO_RMAS: DemoRma[] = [
  {
    customer: 'LSH',
    site: 'DENTON',
    units: 3,
    fault: 'psu',
    requestedDaysAgo: 24,
    until: 'closed',
    note: 'PSUs tripped after a brown-out',
  },
  {
    customer: 'GCH',
    site: 'ROCKDALE',
    units: 2,
    fault: 'board_not_detected',
    requestedDaysAgo: 9,
    until: 'shipped',
    note: 'Dead on arrival: chain 2 missing',
  },
  {
    customer: 'LSH',
    site: 'DENTON',
    units: 2,
    fault: 'fan',
    requestedDaysAgo: 8,
    until: 'ready_to_ship',
    note: 'Fan at 0 RPM',
  },
  {
    customer: 'APH',
    site: 'PAINTSVILLE',
    units: 1,
    fault: 'control_board',
    requestedDaysAgo: 7,
    until: 'testing',
    note: 'No network after firmware update',
  },
  {
    customer: 'GCH',
    site: 'ROCKDALE',
    units: 2,
    fault: 'psu',
    requestedDaysAgo: 6,
    until: 'repairing',
    advance: true,
    note: 'PSU over-current',
  },
  {
    customer: 'APH',
    site: 'PAINTSVILLE',
    units: 1,
    fault: 'chips_missing',
    found: ['chips_missing', 'heat_damage'],
    requestedDaysAgo: 8,
    until: 'awaiting_quote_approval',
    voidReason: 'Bad ambient conditions (heat, dust, humidity)',
    note: 'Chips missing on chain 1',
  },
  {
    customer: 'LSH',
    site: 'DENTON',
    units: 2,
    fault: 'low_rate_board',
    requestedDaysAgo: 17,
    until: 'diagnosing',
    note: 'One board at 60% of its rate',
  },
  {
    customer: 'APH',
    site: 'PAINTSVILLE',
    units: 1,
    fault: 'psu',
    requestedDaysAgo: 21,
    until: 'repairing',
    note: 'Intermittent power loss',
  },
  {
    customer: 'GCH',
    site: 'ROCKDALE',
    units: 5,
    fault: 'fan',
    requestedDaysAgo: 4,
    until: 'received',
    note: 'Fans failing in one row',
  },
  {
    customer: 'APH',
    site: 'PAINTSVILLE',
    units: 4,
    fault: 'board_not_detected',
    requestedDaysAgo: 3,
    until: 'in_transit',
    note: 'Boards not detected after a storm',
  },
  {
    customer: 'LSH',
    site: 'DENTON',
    units: 2,
    fault: 'control_board',
    requestedDaysAgo: 1,
    until: 'approved',
    note: 'Control board reboots',
  },
  {
    customer: 'GCH',
    site: 'ROCKDALE',
    units: 25,
    fault: 'low_rate_board',
    requestedDaysAgo: 0,
    until: 'requested',
    note: 'Bulk upload from the site team',
  },
  {
    customer: 'APH',
    site: 'PAINTSVILLE',
    units: 1,
    fault: 'cosmetic',
    requestedDaysAgo: 10,
    until: 'rejected',
    note: 'Dented chassis',
  },
  {
    customer: 'LSH',
    site: 'DENTON',
    units: 1,
    fault: 'firmware',
    requestedDaysAgo: 5,
    until: 'cancelled',
    note: 'Fixed by a reflash on site',
  },
];

/** Field technicians: home bases near the customers' sites, with a van each. */
/** Refurbished machines in the advance-replacement pool. */
export const DEMO_POOL = [
  { serial: 'RF-S21-00001', model: 'Antminer S21', grade: 'A' as const },
  { serial: 'RF-S21-00002', model: 'Antminer S21', grade: 'A' as const },
  { serial: 'RF-S21-00003', model: 'Antminer S21', grade: 'A' as const },
  { serial: 'RF-S21-00004', model: 'Antminer S21', grade: 'B' as const },
  { serial: 'RF-S21XP-00001', model: 'Antminer S21 XP', grade: 'A' as const },
];

export const DEMO_TECHNICIANS = [
  {
    code: 'ANA',
    name: 'Ana Ruiz',
    homeLabel: 'Denton, TX',
    lat: 33.21,
    lon: -97.13,
    skills: ['hashboard', 'psu', 'fan', 'control_board'],
    van: 'VAN-ANA',
  },
  {
    code: 'BEN',
    name: 'Ben Okafor',
    homeLabel: 'Rockdale, TX',
    lat: 30.65,
    lon: -97.0,
    skills: ['psu', 'fan', 'control_board'],
    van: 'VAN-BEN',
  },
  {
    code: 'CARL',
    name: 'Carl Jensen',
    homeLabel: 'Austin, TX',
    lat: 30.27,
    lon: -97.74,
    skills: ['hashboard', 'fan', 'chassis'],
    van: 'VAN-CARL',
  },
  {
    code: 'DEE',
    name: 'Dee Mason',
    homeLabel: 'Paintsville, KY',
    lat: 37.81,
    lon: -82.81,
    skills: ['hashboard', 'psu', 'fan', 'control_board'],
    van: 'VAN-DEE',
  },
];

/** Visits to plan over the coming days: site, machines and their fault, window in days. */
export const DEMO_VISITS = [
  { customer: 'GCH', site: 'ROCKDALE', units: 6, fault: 'fan', window: [1, 6], dueIn: 3 },
  { customer: 'GCH', site: 'ROCKDALE', units: 3, fault: 'psu', window: [1, 8], dueIn: 5 },
  { customer: 'LSH', site: 'DENTON', units: 4, fault: 'low_rate_board', window: [1, 10], dueIn: 6 },
  { customer: 'LSH', site: 'DENTON', units: 2, fault: 'control_board', window: [2, 9], dueIn: 4 },
  {
    customer: 'APH',
    site: 'PAINTSVILLE',
    units: 5,
    fault: 'board_not_detected',
    window: [1, 7],
    dueIn: 4,
  },
  { customer: 'APH', site: 'PAINTSVILLE', units: 2, fault: 'fan', window: [3, 10], dueIn: 8 },
  {
    customer: 'GCH',
    site: 'ROCKDALE',
    units: 8,
    fault: 'chips_missing',
    window: [2, 10],
    dueIn: 7,
  },
  { customer: 'LSH', site: 'DENTON', units: 3, fault: 'psu', window: [1, 5], dueIn: 2 },
];
