/**
 * Demo suppliers: fictional firms in the countries the plant buys from. One carries a demo
 * restricted-party flag so the buyer's warning shows. Prices start from the parts' assumed
 * standard costs with volume breaks; every figure is editable once seeded.
 */
export interface SeedSupplier {
  code: string;
  name: string;
  country: string;
  leadTimeDays: number;
  minOrderCents: number;
  /** Part numbers this supplier prices. */
  parts: string[];
  restricted?: { list: string; since: string; note: string };
}

export const VOLUME_BREAKS: { minQuantity: number; shareBp: number }[] = [
  { minQuantity: 1, shareBp: 10_000 },
  { minQuantity: 1_000, shareBp: 9_700 },
  { minQuantity: 10_000, shareBp: 9_400 },
];

export const SEED_SUPPLIERS: SeedSupplier[] = [
  {
    code: 'HSF-TW',
    name: 'Hsinchu Silicon Foundry Services',
    country: 'TW',
    leadTimeDays: 70,
    minOrderCents: 5_000_000,
    parts: ['BM1362', 'BM1366', 'BM1368', 'BM1370'],
  },
  {
    code: 'PBW-MY',
    name: 'Penang Board Works Sdn Bhd',
    country: 'MY',
    leadTimeDays: 45,
    minOrderCents: 1_000_000,
    parts: ['PCB-S21', 'HS-S21', 'CH-S21', 'PCB-S21-PRO', 'HS-S21-PRO', 'CH-S21-PRO'],
  },
  {
    code: 'APEX-CN',
    name: 'Shenzhen Apex Power Electronics',
    country: 'CN',
    leadTimeDays: 35,
    minOrderCents: 500_000,
    parts: ['PSU-APW17', 'PSU-APW12'],
    restricted: {
      list: 'Entity List',
      since: '2025-09-16',
      note: 'Demo flag: listed by BIS; exports and orders need a compliance review.',
    },
  },
  {
    code: 'CPS-TH',
    name: 'Chonburi Power Systems Co.',
    country: 'TH',
    leadTimeDays: 40,
    minOrderCents: 500_000,
    parts: ['PSU-APW17', 'PSU-APW12', 'FAN-12038'],
  },
  {
    code: 'DCS-CN',
    name: 'Dongguan Control Systems Ltd',
    country: 'CN',
    leadTimeDays: 30,
    minOrderCents: 250_000,
    parts: ['CB-AM-2023', 'CABLE-SET'],
  },
  {
    code: 'LSP-US',
    name: 'Lone Star Packaging',
    country: 'US',
    leadTimeDays: 7,
    minOrderCents: 50_000,
    parts: ['PKG-AIR'],
  },
];

/** Purchase orders of the demo: received ones carry 2025 entries that paid IEEPA duties. */
export interface SeedPo {
  supplier: string;
  lines: { part: string; quantity: number }[];
  /** Days from today the order was placed (negative: in the past). */
  orderedDaysAgo: number;
  state: 'draft' | 'approved' | 'sent' | 'partly_received' | 'received';
  /** Receipts: entry number and date (absolute: the tariff history is dated). */
  receipts?: { entry: string | null; entryDate: string; share: number }[];
  freightCents?: number;
  brokerageCents?: number;
}

export const SEED_POS: SeedPo[] = [
  {
    supplier: 'APEX-CN',
    lines: [{ part: 'PSU-APW17', quantity: 60 }],
    orderedDaysAgo: -620,
    state: 'received',
    receipts: [{ entry: 'ENT-250320-0041', entryDate: '2025-03-20', share: 1 }],
    freightCents: 180_000,
    brokerageCents: 25_000,
  },
  {
    supplier: 'HSF-TW',
    lines: [{ part: 'BM1368', quantity: 20_000 }],
    orderedDaysAgo: -560,
    state: 'received',
    receipts: [{ entry: 'ENT-250610-0107', entryDate: '2025-06-10', share: 1 }],
    freightCents: 95_000,
    brokerageCents: 30_000,
  },
  {
    supplier: 'PBW-MY',
    lines: [
      { part: 'PCB-S21', quantity: 300 },
      { part: 'HS-S21', quantity: 300 },
      { part: 'CH-S21', quantity: 100 },
    ],
    orderedDaysAgo: -480,
    state: 'received',
    receipts: [{ entry: 'ENT-250915-0233', entryDate: '2025-09-15', share: 1 }],
    freightCents: 420_000,
    brokerageCents: 35_000,
  },
  {
    supplier: 'DCS-CN',
    lines: [
      { part: 'CB-AM-2023', quantity: 80 },
      { part: 'CABLE-SET', quantity: 120 },
    ],
    orderedDaysAgo: -400,
    state: 'received',
    receipts: [{ entry: 'ENT-251120-0318', entryDate: '2025-11-20', share: 1 }],
    freightCents: 60_000,
    brokerageCents: 20_000,
  },
  {
    supplier: 'CPS-TH',
    lines: [
      { part: 'FAN-12038', quantity: 600 },
      { part: 'PSU-APW17', quantity: 60 },
    ],
    orderedDaysAgo: -300,
    state: 'received',
    receipts: [{ entry: 'ENT-260310-0052', entryDate: '2026-03-10', share: 1 }],
    freightCents: 210_000,
    brokerageCents: 25_000,
  },
  {
    supplier: 'HSF-TW',
    lines: [{ part: 'BM1368', quantity: 30_000 }],
    orderedDaysAgo: -75,
    state: 'partly_received',
    receipts: [{ entry: 'ENT-261102-0410', entryDate: '2026-11-02', share: 0.5 }],
    freightCents: 70_000,
    brokerageCents: 30_000,
  },
  {
    supplier: 'CPS-TH',
    lines: [{ part: 'PSU-APW17', quantity: 120 }],
    orderedDaysAgo: -20,
    state: 'sent',
  },
  {
    supplier: 'LSP-US',
    lines: [{ part: 'PKG-AIR', quantity: 400 }],
    orderedDaysAgo: -3,
    state: 'approved',
  },
  {
    supplier: 'DCS-CN',
    lines: [{ part: 'CB-AM-2023', quantity: 150 }],
    orderedDaysAgo: 0,
    state: 'draft',
  },
];
