export interface HtsLinesTable {
  /** As written in the schedule: `8543.70.9860`. */
  code: string;
  digits: string;
  description: string;
  note: string | null;
}

export interface ScenariosTable {
  id: string;
  name: string;
  description: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TariffRowsTable {
  id: string;
  /** null: the tariff table in force; otherwise a row of that what-if scenario. */
  scenarioId: string | null;
  program: string;
  htsPrefix: string;
  origin: string;
  rateBp: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  voidedOn: string | null;
  legalReference: string | null;
  note: string | null;
  uncertain: number;
  createdAt: number;
  updatedAt: number;
}

/** Which production step is taken to confer origin (recorded, never decided silently). */
export type OriginBasis = 'chip_fab' | 'hashboard_assembly' | 'final_assembly';

export interface SourcingRoutesTable {
  id: string;
  modelName: string;
  name: string;
  kind: 'us_build' | 'import';
  /** Import routes: the origin declared, by `originBasis`, with `originEvidence`. */
  origin: string | null;
  originBasis: OriginBasis | null;
  originEvidence: string | null;
  mode: 'ocean' | 'air' | 'truck' | null;
  fobCents: number | null;
  freightCents: number | null;
  insuranceBp: number | null;
  brokerageCents: number;
  holdingCents: number | null;
  /** US build: inbound freight and insurance on imported parts, share of their value. */
  inboundFreightBp: number | null;
  overheadCents: number | null;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface CustomsEntriesTable {
  id: string;
  entryNumber: string;
  entryDate: string;
  /** What the entry brought in: `receipt:RCV-…`, or free text for entries keyed by hand. */
  reference: string | null;
  dutyCents: number;
  createdBy: string;
  createdAt: number;
}

export interface CustomsEntryLinesTable {
  id: string;
  entryId: string;
  lineNo: number;
  hts: string;
  origin: string;
  description: string | null;
  customsValueCents: number;
  dutyCents: number;
  /** JSON: the duty engine's lines as paid (program, rate, amount). */
  dutyLines: string;
}

export interface TradeTables {
  tradeCustomsEntries: CustomsEntriesTable;
  tradeCustomsEntryLines: CustomsEntryLinesTable;
  tradeSourcingRoutes: SourcingRoutesTable;
  tradeHtsLines: HtsLinesTable;
  tradeScenarios: ScenariosTable;
  tradeTariffRows: TariffRowsTable;
}
