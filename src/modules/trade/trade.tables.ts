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

export interface TradeTables {
  tradeHtsLines: HtsLinesTable;
  tradeScenarios: ScenariosTable;
  tradeTariffRows: TariffRowsTable;
}
