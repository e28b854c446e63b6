import type { HtsLinesTable } from '../trade.tables.js';

/** HTS lines of a miner and its main parts. Part lines are best public knowledge [unc]. */
export const SEED_HTS_LINES: HtsLinesTable[] = [
  {
    code: '8543.70.9860',
    digits: '8543709860',
    description: 'Electrical machines with individual functions, n.e.s.: Bitcoin miners',
    note: 'CBP NY N297495; 8543.70.9960 before 2025',
  },
  {
    code: '8542.31.0000',
    digits: '8542310000',
    description: 'Electronic integrated circuits: processors and controllers (ASIC chips)',
    note: '[unc]',
  },
  {
    code: '8504.40.9580',
    digits: '8504409580',
    description: 'Static converters: power supplies',
    note: '[unc]',
  },
  { code: '8414.59.6590', digits: '8414596590', description: 'Fans', note: '[unc]' },
  {
    code: '8473.30.1180',
    digits: '8473301180',
    description: 'Printed circuit assemblies (control boards)',
    note: '[unc]',
  },
  {
    code: '7616.99.5190',
    digits: '7616995190',
    description: 'Articles of aluminium: heatsinks and chassis parts',
    note: '[unc]',
  },
];
