import type { SiteInput } from '../customer.service.js';

/**
 * Fictional US operators with fleet sizes in the ranges of fleets.md (one large operator runs
 * 100k–250k machines; a site a few thousand to ~50k) and sites in real mining towns.
 */
export const DEMO_CUSTOMERS: {
  code: string;
  name: string;
  priority: number;
  fleetSize: number;
  sites: SiteInput[];
}[] = [
  {
    code: 'GCH',
    name: 'Gulf Coast Hash',
    priority: 1,
    fleetSize: 150_000,
    sites: [
      {
        code: 'ROCKDALE',
        name: 'Rockdale campus',
        state: 'TX',
        city: 'Rockdale',
        latitude: 30.655,
        longitude: -97.001,
        powerMw: 450,
        cooling: 'immersion',
      },
      {
        code: 'CORSICANA',
        name: 'Corsicana',
        state: 'TX',
        city: 'Corsicana',
        latitude: 32.095,
        longitude: -96.469,
        powerMw: 200,
        cooling: 'hydro',
      },
    ],
  },
  {
    code: 'LSH',
    name: 'Lone Star Hash',
    priority: 2,
    fleetSize: 60_000,
    sites: [
      {
        code: 'DENTON',
        name: 'Denton',
        state: 'TX',
        city: 'Denton',
        latitude: 33.215,
        longitude: -97.133,
        powerMw: 125,
        cooling: 'air',
      },
      {
        code: 'PECOS',
        name: 'Pecos',
        state: 'TX',
        city: 'Pecos',
        latitude: 31.423,
        longitude: -103.493,
        powerMw: 90,
        cooling: 'air',
      },
    ],
  },
  {
    code: 'PMD',
    name: 'Permian Digital',
    priority: 3,
    fleetSize: 25_000,
    sites: [
      {
        code: 'MIDLAND',
        name: 'Midland',
        state: 'TX',
        city: 'Midland',
        latitude: 31.997,
        longitude: -102.078,
        powerMw: 60,
        cooling: 'air',
      },
    ],
  },
  {
    code: 'RRM',
    name: 'Red River Mining',
    priority: 4,
    fleetSize: 8_000,
    sites: [
      {
        code: 'ARDMORE',
        name: 'Ardmore',
        state: 'OK',
        city: 'Ardmore',
        latitude: 34.174,
        longitude: -97.144,
        powerMw: 25,
        cooling: 'air',
      },
    ],
  },
  {
    code: 'APH',
    name: 'Appalachian Hash',
    priority: 3,
    fleetSize: 12_000,
    sites: [
      {
        code: 'PAINTSVILLE',
        name: 'Paintsville',
        state: 'KY',
        city: 'Paintsville',
        latitude: 37.815,
        longitude: -82.807,
        powerMw: 40,
        cooling: 'air',
      },
      {
        code: 'LAFAYETTE',
        name: 'LaFayette',
        state: 'GA',
        city: 'LaFayette',
        latitude: 34.705,
        longitude: -85.282,
        powerMw: 35,
        cooling: 'hydro',
      },
    ],
  },
];

/** Orders by customer: weeks from today, and the state each is left in. */
export const DEMO_ORDERS: {
  customer: string;
  customerPo: string;
  status: 'draft' | 'confirmed' | 'cancelled';
  lines: { model: string; quantity: number; weeksOut: number; site: string; priceCents: number }[];
}[] = [
  {
    // The largest single order on record (fleets.md: 31,145 machines), in four batches.
    customer: 'GCH',
    customerPo: 'GCH-2026-114',
    status: 'confirmed',
    lines: [
      {
        model: 'Antminer S21',
        quantity: 8_000,
        weeksOut: 6,
        site: 'ROCKDALE',
        priceCents: 315_000,
      },
      {
        model: 'Antminer S21',
        quantity: 8_000,
        weeksOut: 10,
        site: 'ROCKDALE',
        priceCents: 315_000,
      },
      {
        model: 'Antminer S21',
        quantity: 8_000,
        weeksOut: 14,
        site: 'CORSICANA',
        priceCents: 315_000,
      },
      {
        model: 'Antminer S21',
        quantity: 7_145,
        weeksOut: 18,
        site: 'CORSICANA',
        priceCents: 315_000,
      },
    ],
  },
  {
    customer: 'LSH',
    customerPo: 'LSH-PO-4471',
    status: 'confirmed',
    lines: [
      {
        model: 'Antminer S21 Pro',
        quantity: 2_400,
        weeksOut: 5,
        site: 'DENTON',
        priceCents: 420_000,
      },
      { model: 'Antminer S21 XP', quantity: 600, weeksOut: 8, site: 'PECOS', priceCents: 610_000 },
    ],
  },
  {
    customer: 'LSH',
    customerPo: 'LSH-PO-4502',
    status: 'draft',
    lines: [
      {
        model: 'Antminer S21 XP',
        quantity: 1_200,
        weeksOut: 16,
        site: 'PECOS',
        priceCents: 600_000,
      },
    ],
  },
  {
    customer: 'PMD',
    customerPo: 'PD-0931',
    status: 'confirmed',
    lines: [
      { model: 'Antminer S21', quantity: 800, weeksOut: 2, site: 'MIDLAND', priceCents: 330_000 },
    ],
  },
  {
    customer: 'PMD',
    customerPo: 'PD-0907',
    status: 'cancelled',
    lines: [
      {
        model: 'Antminer S21 Pro',
        quantity: 500,
        weeksOut: 4,
        site: 'MIDLAND',
        priceCents: 425_000,
      },
    ],
  },
  {
    customer: 'RRM',
    customerPo: 'RRM-77',
    status: 'confirmed',
    lines: [
      {
        model: 'Antminer S21 XP',
        quantity: 300,
        weeksOut: 3,
        site: 'ARDMORE',
        priceCents: 615_000,
      },
    ],
  },
  {
    customer: 'APH',
    customerPo: 'APH-2026-09',
    status: 'confirmed',
    lines: [
      {
        model: 'Antminer S21',
        quantity: 1_500,
        weeksOut: 7,
        site: 'PAINTSVILLE',
        priceCents: 325_000,
      },
      {
        model: 'Antminer S21 Pro',
        quantity: 900,
        weeksOut: 12,
        site: 'LAFAYETTE',
        priceCents: 420_000,
      },
    ],
  },
];
