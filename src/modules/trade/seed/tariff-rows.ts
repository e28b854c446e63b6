import type { TariffRow } from '../tariff.engine.js';

/**
 * The tariff timeline of ../shared/domain/trade.md, as seed rows. They become ordinary, editable
 * rows in the database; `uncertain` marks figures the source itself flags [unc].
 */
export type SeedTariffRow = Omit<TariffRow, 'id'> & { uncertain: boolean };

const MINER = '854370'; // 8543.70: covers 8543.70.9960 (2018 ruling) and 8543.70.9860 (2025)
const IEEPA_VOID = '2026-02-20';
const IEEPA_REF = 'IEEPA; voided by the US Supreme Court, Learning Resources v. Trump (2026-02-20)';

const row = (
  program: string,
  htsPrefix: string,
  origin: string,
  ratePercent: number,
  effectiveFrom: string,
  effectiveTo: string | null,
  extra: Partial<SeedTariffRow> = {},
): SeedTariffRow => ({
  program,
  htsPrefix,
  origin,
  rateBp: Math.round(ratePercent * 100),
  effectiveFrom,
  effectiveTo,
  voidedOn: null,
  legalReference: null,
  note: null,
  uncertain: false,
  ...extra,
});

export const SEED_TARIFF_ROWS: SeedTariffRow[] = [
  row('MFN', MINER, '*', 2.6, '2018-01-01', null, {
    legalReference: 'HTSUS 8543.70 column 1; CBP NY N297495, HQ H300195/H300063',
    note: 'Bitcoin miners classified 8543.70 (not 8471).',
  }),
  row('Section 301 (List 3)', MINER, 'CN', 10, '2018-09-24', '2019-05-10', {
    legalReference: 'Section 301, List 3',
  }),
  row('Section 301 (List 3)', MINER, 'CN', 25, '2019-05-10', null, {
    legalReference: 'Section 301, List 3',
    note: 'Unaffected by the 2026 IEEPA ruling.',
  }),
  row('IEEPA fentanyl', '', 'CN', 10, '2025-02-04', '2025-03-04', {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
  }),
  row('IEEPA fentanyl', '', 'CN', 20, '2025-03-04', '2025-11-10', {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
  }),
  row('IEEPA fentanyl', '', 'CN', 10, '2025-11-10', IEEPA_VOID, {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
    uncertain: true,
    note: 'Exact start day uncertain.',
  }),
  row('IEEPA reciprocal', '', 'CN', 34, '2025-04-05', '2025-04-09', {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
  }),
  row('IEEPA reciprocal', '', 'CN', 84, '2025-04-09', '2025-04-10', {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
  }),
  row('IEEPA reciprocal', '', 'CN', 125, '2025-04-10', '2025-05-14', {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
  }),
  row('IEEPA reciprocal', '', 'CN', 10, '2025-05-14', IEEPA_VOID, {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
    note: 'Truce rate.',
  }),
  row('IEEPA reciprocal', '', '*', 10, '2025-04-05', IEEPA_VOID, {
    voidedOn: IEEPA_VOID,
    legalReference: IEEPA_REF,
    note: 'Baseline for most origins (announced country rates paused).',
  }),
  ...['MY', 'TH', 'ID'].flatMap((origin) => [
    row('IEEPA reciprocal', '', origin, 10, '2025-04-05', '2025-08-07', {
      voidedOn: IEEPA_VOID,
      legalReference: IEEPA_REF,
      note: 'Announced 24% / 36% / 32% (MY / TH / ID), paused at 10%.',
    }),
    row('IEEPA reciprocal', '', origin, 19, '2025-08-07', IEEPA_VOID, {
      voidedOn: IEEPA_VOID,
      legalReference: IEEPA_REF,
    }),
  ]),
  row('Section 122', '', '*', 10, '2026-02-24', '2026-07-23', {
    legalReference: 'Trade Act of 1974, Section 122 (150 days)',
    uncertain: true,
    note: 'End about 2026-07-23; stated intent to raise to 15%.',
  }),
];

/** Named overlays for what-if questions; editable like the base rows. */
export const SEED_SCENARIOS: { name: string; description: string; rows: SeedTariffRow[] }[] = [
  {
    name: 'Section 122 at 15% from 2026-08-01',
    description: 'The surcharge renewed and raised to the stated 15% for every origin.',
    rows: [row('Section 122', '', '*', 15, '2026-08-01', null, { uncertain: true })],
  },
  {
    name: 'China Section 301 at 50%',
    description: 'List 3 duty on China-origin miners doubled from 2026-12-01.',
    rows: [row('Section 301 (List 3)', MINER, 'CN', 50, '2026-12-01', null, { uncertain: true })],
  },
];
