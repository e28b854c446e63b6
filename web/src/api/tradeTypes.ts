/** Types of the trade API: tariff rows, scenarios, duty and build-vs-import (money in cents, rates in basis points). */
import type { EpochMillis } from './types';

export const TARIFF_ROW_STATUSES = ['in_force', 'future', 'ended', 'voided'] as const;

export type TariffRowStatus = (typeof TARIFF_ROW_STATUSES)[number];

export interface TariffRow {
  id: string;
  scenarioId: string | null;
  program: string;
  /** Digits only; '' covers every HTS line. */
  htsPrefix: string;
  /** Two-letter country code, or '*' for every origin. */
  origin: string;
  rateBp: number;
  /** YYYY-MM-DD, inclusive. */
  effectiveFrom: string;
  /** YYYY-MM-DD, exclusive; null when open-ended. */
  effectiveTo: string | null;
  voidedOn: string | null;
  legalReference: string | null;
  note: string | null;
  uncertain: boolean;
  status: TariffRowStatus;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface TariffRowInput {
  program: string;
  htsPrefix: string;
  origin: string;
  rateBp: number;
  effectiveFrom: string;
  effectiveTo?: string | null;
  voidedOn?: string | null;
  legalReference?: string | null;
  note?: string | null;
  uncertain?: boolean;
}

export interface TradeScenario {
  id: string;
  name: string;
  description: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface DutyQuery {
  hts: string;
  origin: string;
  customsValueCents: number;
  entryDate: string;
  scenario?: string;
}

export interface DutyLine {
  program: string;
  rowId: string;
  rateBp: number;
  amountCents: number;
  /** `voided`: the program was later voided; what was paid may be refundable. */
  status: 'in_force' | 'voided';
  voidedOn: string | null;
  legalReference: string | null;
  fromScenario: boolean;
}

export interface DutyTotals {
  lines: DutyLine[];
  totalRateBp: number;
  totalCents: number;
}

export interface DutyResult extends DutyTotals {
  scenario: string | null;
}

export interface HtsLine {
  code: string;
  digits: string;
  description: string;
  note: string | null;
}

export interface PartDuty {
  partNumber: string;
  origin: string | null;
  valueCents: number;
  dutyCents: number;
  rateBp: number;
}

export interface UsBuildCost {
  partsCents: number;
  partsDutyCents: number;
  partsFreightCents: number;
  partDuties: PartDuty[];
  labourCents: number;
  brokerageCents: number;
  overheadCents: number;
  totalCents: number;
}

export interface ImportComparison {
  route: {
    id: string;
    name: string;
    origin: string | null;
    originBasis: string | null;
    originEvidence: string | null;
    mode: string | null;
  };
  landed: {
    fobCents: number;
    freightCents: number;
    insuranceCents: number;
    duty: DutyTotals;
    brokerageCents: number;
    holdingCents: number;
    totalCents: number;
  };
  /** Total duty rate at which importing costs as much as building here; may be negative. */
  breakEvenRateBp: number | null;
  cheaper: 'us_build' | 'import';
  /** Landed total minus US build total. */
  differenceCents: number;
}

export interface CompareResult {
  /** Scenario name; null for the tariffs in force. */
  scenario: string | null;
  usBuild: UsBuildCost;
  imports: ImportComparison[];
}

export interface BuildVsImport {
  model: string;
  date: string;
  labourCentsPerHour: number;
  results: CompareResult[];
}

export interface CustomsEntryLine {
  id: string;
  lineNo: number;
  hts: string;
  origin: string;
  description: string | null;
  customsValueCents: number;
  dutyCents: number;
  dutyLines: DutyLine[];
}

/** A customs entry as filed (receiving an import files one). */
export interface CustomsEntry {
  id: string;
  entryNumber: string;
  entryDate: string;
  /** E.g. "receipt:RCV-2026-00001". */
  reference: string | null;
  dutyCents: number;
  createdBy: string;
  createdAt: EpochMillis;
  lines: CustomsEntryLine[];
}

/** Duty paid on recorded entries under programs voided since: what may be claimed back. */
export interface RefundExposure {
  entries: {
    entryNumber: string;
    entryDate: string;
    reference: string | null;
    dutyPaidCents: number;
    refundableCents: number;
    programs: string[];
  }[];
  totalCents: number;
  entriesConsidered: number;
}
