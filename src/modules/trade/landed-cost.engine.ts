import { applyRate, computeDuty, type DutyResult, type TariffRow } from './tariff.engine.js';

/**
 * Landed cost and build-vs-import: pure functions over prices, routes and tariff rows.
 * US customs value is the transaction (FOB) value: duty is charged on it, not on freight.
 */
export interface ImportRoute {
  name: string;
  /** The origin the route declares (a legal judgement recorded with its evidence). */
  origin: string;
  hts: string;
  fobCents: number;
  freightCents: number;
  insuranceBp: number;
  brokerageCents: number;
  /** Expected customs holding cost per unit: hold probability × days × cost per day. */
  holdingCents: number;
}

export interface ImportLandedCost {
  fobCents: number;
  freightCents: number;
  insuranceCents: number;
  duty: DutyResult;
  brokerageCents: number;
  holdingCents: number;
  totalCents: number;
}

export function importLandedCost(
  route: ImportRoute,
  date: string,
  rows: readonly TariffRow[],
  scenarioRows: readonly TariffRow[] = [],
): ImportLandedCost {
  const duty = computeDuty(
    { hts: route.hts, origin: route.origin, customsValueCents: route.fobCents, entryDate: date },
    rows,
    scenarioRows,
  );
  const insuranceCents = applyRate(route.fobCents + route.freightCents, route.insuranceBp);
  return {
    fobCents: route.fobCents,
    freightCents: route.freightCents,
    insuranceCents,
    duty,
    brokerageCents: route.brokerageCents,
    holdingCents: route.holdingCents,
    totalCents:
      route.fobCents +
      route.freightCents +
      insuranceCents +
      duty.totalCents +
      route.brokerageCents +
      route.holdingCents,
  };
}

export interface BoughtPart {
  partNumber: string;
  quantity: number;
  unitCostCents: number;
  hts: string | null;
  /** Where the part comes from; 'US' parts pay no duty. */
  origin: string | null;
}

export interface UsBuildInputs {
  parts: BoughtPart[];
  labourCents: number;
  /** Inbound freight and insurance on imported parts, as a share of their value. */
  inboundFreightBp: number;
  brokerageCents: number;
  overheadCents: number;
}

export interface UsBuildCost {
  partsCents: number;
  partsDutyCents: number;
  partsFreightCents: number;
  /** Duty per part line, for the evidence. */
  partDuties: {
    partNumber: string;
    origin: string | null;
    valueCents: number;
    dutyCents: number;
    rateBp: number;
  }[];
  labourCents: number;
  brokerageCents: number;
  overheadCents: number;
  totalCents: number;
}

export function usBuildCost(
  inputs: UsBuildInputs,
  date: string,
  rows: readonly TariffRow[],
  scenarioRows: readonly TariffRow[] = [],
): UsBuildCost {
  let partsCents = 0;
  let partsDutyCents = 0;
  let importedValueCents = 0;
  const partDuties: UsBuildCost['partDuties'] = [];
  for (const p of inputs.parts) {
    const valueCents = p.unitCostCents * p.quantity;
    partsCents += valueCents;
    const imported = p.origin !== null && p.origin !== 'US';
    if (imported) importedValueCents += valueCents;
    const duty =
      imported && p.hts
        ? computeDuty(
            { hts: p.hts, origin: p.origin!, customsValueCents: valueCents, entryDate: date },
            rows,
            scenarioRows,
          )
        : null;
    partsDutyCents += duty?.totalCents ?? 0;
    partDuties.push({
      partNumber: p.partNumber,
      origin: p.origin,
      valueCents,
      dutyCents: duty?.totalCents ?? 0,
      rateBp: duty?.totalRateBp ?? 0,
    });
  }
  const partsFreightCents = applyRate(importedValueCents, inputs.inboundFreightBp);
  return {
    partsCents,
    partsDutyCents,
    partsFreightCents,
    partDuties,
    labourCents: inputs.labourCents,
    brokerageCents: inputs.brokerageCents,
    overheadCents: inputs.overheadCents,
    totalCents:
      partsCents +
      partsDutyCents +
      partsFreightCents +
      inputs.labourCents +
      inputs.brokerageCents +
      inputs.overheadCents,
  };
}

/**
 * The total duty rate on the imported unit at which importing costs exactly as much as building
 * in the US. Above it, the US build is cheaper. Null when the unit has no customs value.
 */
export function breakEvenRateBp(
  usBuildTotalCents: number,
  imported: ImportLandedCost,
): number | null {
  if (imported.fobCents <= 0) return null;
  const withoutDuty = imported.totalCents - imported.duty.totalCents;
  return Math.round(((usBuildTotalCents - withoutDuty) * 10_000) / imported.fobCents);
}
