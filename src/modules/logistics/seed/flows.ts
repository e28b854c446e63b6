import type { HoldReason } from '../logistics.tables.js';

/**
 * Demo orders taken through shipping, in days relative to today. Customers and sites are the
 * sales demo's; holding costs follow trade.md (about 200 units held two months cost over
 * $200k: some $17 a unit a day).
 */
export interface DemoFlow {
  customer: string;
  customerPo: string;
  model: string;
  quantity: number;
  priceCents: number;
  site: string;
  confirmedDaysAgo: number;
  /** The Monday of this day is the requested week. */
  requestedInDays: number;
  shipments: {
    source: string;
    carrier: string;
    tracking: string;
    units: number;
    serialPrefix?: string;
    departedDaysAgo: number;
    deliveredDaysAgo?: number;
    customs?: {
      port: string;
      entryNumber: string;
      arrivedDaysAgo: number;
      releasedDaysAgo?: number;
      hold?: {
        reason: HoldReason;
        startedDaysAgo: number;
        endedDaysAgo?: number;
        costPerDayCents: number;
        note: string;
      };
    };
  }[];
}

export const DEMO_FLOWS: DemoFlow[] = [
  {
    customer: 'LSH',
    customerPo: 'LSH-PO-7713',
    model: 'Antminer S21',
    quantity: 120,
    priceCents: 335_000,
    site: 'DENTON',
    confirmedDaysAgo: 45,
    requestedInDays: -35,
    shipments: [
      {
        source: 'US-PLANT',
        carrier: 'Lone Star Freight',
        tracking: 'LSF-884120',
        units: 120,
        departedDaysAgo: 38,
        deliveredDaysAgo: 36,
      },
    ],
  },
  {
    customer: 'GCH',
    customerPo: 'GCH-2026-0911',
    model: 'Antminer S21',
    quantity: 600,
    priceCents: 330_000,
    site: 'ROCKDALE',
    confirmedDaysAgo: 70,
    requestedInDays: -21,
    shipments: [
      {
        source: 'CN-OCEAN',
        carrier: 'COSCO Shipping',
        tracking: 'COSU6234418870',
        units: 300,
        serialPrefix: 'SMTTA',
        departedDaysAgo: 45,
        customs: {
          port: 'Long Beach, CA',
          entryNumber: 'EBN-4471902-6',
          arrivedDaysAgo: 18,
          hold: {
            reason: 'other_agency',
            startedDaysAgo: 17,
            costPerDayCents: 500_000,
            note: 'Held at the request of another agency; documents asked for the ASIC chips.',
          },
        },
      },
      {
        source: 'US-PLANT',
        carrier: 'Lone Star Freight',
        tracking: 'LSF-886301',
        units: 200,
        departedDaysAgo: 12,
        deliveredDaysAgo: 10,
      },
    ],
  },
  {
    customer: 'APH',
    customerPo: 'APH-3310',
    model: 'Antminer S21 XP',
    quantity: 100,
    priceCents: 600_000,
    site: 'PAINTSVILLE',
    confirmedDaysAgo: 80,
    requestedInDays: -14,
    shipments: [
      {
        source: 'MY-OCEAN',
        carrier: 'MSC',
        tracking: 'MSCU4410972',
        units: 100,
        serialPrefix: 'SMXPB',
        departedDaysAgo: 60,
        deliveredDaysAgo: 16,
        customs: {
          port: 'Houston, TX',
          entryNumber: 'EBN-4471377-1',
          arrivedDaysAgo: 28,
          hold: {
            reason: 'exam',
            startedDaysAgo: 27,
            endedDaysAgo: 20,
            costPerDayCents: 170_000,
            note: 'Intensive exam at the container freight station.',
          },
        },
      },
    ],
  },
  {
    customer: 'RRM',
    customerPo: 'RRM-118',
    model: 'Antminer S21',
    quantity: 80,
    priceCents: 335_000,
    site: 'ARDMORE',
    confirmedDaysAgo: 8,
    requestedInDays: 7,
    shipments: [
      {
        source: 'US-PLANT',
        carrier: 'Red River Haulage',
        tracking: 'RRH-20931',
        units: 80,
        departedDaysAgo: 1,
      },
    ],
  },
  {
    customer: 'PMD',
    customerPo: 'PMD-5521',
    model: 'Antminer S21 Pro',
    quantity: 40,
    priceCents: 470_000,
    site: 'MIDLAND',
    confirmedDaysAgo: 10,
    requestedInDays: 14,
    shipments: [
      {
        source: 'CN-AIR',
        carrier: 'Cathay Cargo',
        tracking: '160-44127735',
        units: 40,
        serialPrefix: 'SMPRC',
        departedDaysAgo: 3,
      },
    ],
  },
];
