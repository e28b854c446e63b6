import type { Actor } from '../../platform/authz.js';
import { invalid } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { ModelParts } from './model-parts.js';
import type { ServiceDeps } from './service.deps.js';
import type { VisitUnitsTable } from './service.tables.js';
import type { ServiceSetup } from './setup.service.js';

/** Time on site before the first machine: parking, safety briefing, access. */
export const SETUP_MINUTES = 30;

type FaultCode = Awaited<ReturnType<ServiceSetup['faultCodes']>>[number];

/** A machine on a visit, with what its fault needs: bench time, skill and part. */
export interface PlannedUnit {
  serial: string;
  fault: string;
  code: FaultCode;
  partNumber: string | null;
}

/** What one visit of these machines takes: time on site, skills and the parts kit. */
export function dayOf(units: PlannedUnit[]) {
  const kit = new Map<string, number>();
  for (const u of units) if (u.partNumber) kit.set(u.partNumber, (kit.get(u.partNumber) ?? 0) + 1);
  return {
    units,
    minutes: SETUP_MINUTES + units.reduce((m, u) => m + u.code.labourMinutes, 0),
    skills: [...new Set(units.map((u) => u.code.partKind).filter((k) => k !== null))].sort(),
    kit: [...kit].map(([partNumber, quantity]) => ({ partNumber, quantity })),
  };
}

/**
 * Machines to fix, cut into visits that each fit a working day (set-up included), in the order
 * given. A machine longer than a day on its own still gets its own visit.
 */
export function splitByDay<U extends { code: { labourMinutes: number } }>(
  units: readonly U[],
  maxMinutes: number,
): U[][] {
  const days: U[][] = [];
  let current: U[] = [];
  let minutes = SETUP_MINUTES;
  for (const u of units) {
    if (current.length && minutes + u.code.labourMinutes > maxMinutes) {
      days.push(current);
      current = [];
      minutes = SETUP_MINUTES;
    }
    current.push(u);
    minutes += u.code.labourMinutes;
  }
  if (current.length) days.push(current);
  return days;
}

/**
 * Checks machines for a visit to one site (each installed there, each fault code known) and
 * finds what each needs: the fault code's time and skill, and the part its model uses for it.
 */
export async function planUnits(
  deps: Pick<ServiceDeps, 'logistics'>,
  services: { setup: ServiceSetup; partsOf: ModelParts },
  actor: Actor,
  site: { id: string; code: string },
  units: readonly { serial: string; fault: string }[],
): Promise<PlannedUnit[]> {
  const serials = units.map((u) => u.serial.trim());
  const installed = await deps.logistics.delivery.bySerials(serials);
  const here = new Map(installed.filter((r) => r.siteId === site.id).map((r) => [r.serial, r]));
  const strays = serials.filter((s) => !here.has(s));
  if (strays.length)
    throw invalid(
      'SERVICE_VISIT_SERIAL_NOT_AT_SITE',
      `Not installed at ${site.code}: ${strays.slice(0, 5).join(', ')}${strays.length > 5 ? ` and ${strays.length - 5} more` : ''}.`,
    );
  const codes = new Map((await services.setup.faultCodes(actor)).map((c) => [c.code, c]));
  const unknown = units.filter((u) => !codes.has(u.fault));
  if (unknown.length)
    throw invalid('SERVICE_FAULT_CODE_UNKNOWN', `Unknown fault code "${unknown[0]!.fault}".`);
  // The part each model uses for each fault's kind, for the kits.
  const kinds = [...new Set([...codes.values()].map((c) => c.partKind))].filter(
    (k): k is string => k !== null,
  );
  const partOf = new Map<string, string>();
  for (const model of new Set([...here.values()].map((r) => r.modelName)))
    for (const p of await services.partsOf(actor, model, kinds))
      partOf.set(`${model}|${p.kind}`, p.partNumber);
  return units.map((u) => {
    const serial = u.serial.trim();
    const code = codes.get(u.fault)!;
    const model = here.get(serial)!.modelName;
    return {
      serial,
      fault: u.fault,
      code,
      partNumber: code.partKind ? (partOf.get(`${model}|${code.partKind}`) ?? null) : null,
    };
  });
}

/** The rows of machines newly put on a visit: no result yet. */
export function visitUnitRows(visitId: string, units: readonly PlannedUnit[]): VisitUnitsTable[] {
  return units.map((u) => ({
    id: newId(),
    visitId,
    serial: u.serial,
    faultCode: u.fault,
    result: null,
    note: null,
    partsUsed: '[]',
    recordedAt: null,
  }));
}
