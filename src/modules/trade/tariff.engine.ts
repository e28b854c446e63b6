/**
 * The duty engine: pure functions over dated tariff rows. No database, no clock: callers pass
 * the rows (and a scenario's overlay rows) and the entry's date.
 *
 * How a row applies to an entry line:
 *  - its HTS prefix is a prefix of the line's HTS (digits only; an empty prefix covers every line);
 *  - its origin is the line's origin, or `*` (every origin). For one program, a row naming the
 *    origin wins over a `*` row: "10% for most countries, 19% for Malaysia" is two rows;
 *  - the entry date lies in [effectiveFrom, effectiveTo) (dates `YYYY-MM-DD`, `to` exclusive);
 *  - among rows of one program that still compete, the longest HTS prefix wins (most specific).
 * Programs are added together. A scenario's rows replace, program by program, the base rows of
 * any program they cover on that date.
 */
export interface TariffRow {
  id: string;
  program: string;
  /** Digits only; '' covers every HTS line. */
  htsPrefix: string;
  /** ISO 3166 alpha-2 country code, or '*' for every origin. */
  origin: string;
  rateBp: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Set when a court or the government voided the program: what was paid may be refundable. */
  voidedOn: string | null;
  legalReference: string | null;
  note: string | null;
}

export interface EntryLine {
  hts: string;
  origin: string;
  customsValueCents: number;
  entryDate: string;
}

export interface DutyLine {
  program: string;
  rowId: string;
  rateBp: number;
  amountCents: number;
  /** `voided`: the program was later voided; the amount is a refund claim. */
  status: 'in_force' | 'voided';
  voidedOn: string | null;
  legalReference: string | null;
  fromScenario: boolean;
}

export interface DutyResult {
  lines: DutyLine[];
  totalRateBp: number;
  totalCents: number;
}

export function normalizeHts(hts: string): string {
  return hts.replace(/[^0-9]/g, '');
}

/**
 * Basis points of a value in cents, rounded half away from zero to whole cents. Exact in
 * integers: cents × basis points passes 2^53 for entries of a few billion dollars.
 */
export function applyRate(valueCents: number, rateBp: number): number {
  const product = BigInt(valueCents) * BigInt(rateBp);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let cents = magnitude / 10_000n;
  if ((magnitude % 10_000n) * 2n >= 10_000n) cents += 1n;
  return Number(negative ? -cents : cents);
}

function inForceOn(row: TariffRow, date: string): boolean {
  return row.effectiveFrom <= date && (row.effectiveTo === null || date < row.effectiveTo);
}

/** The one row of each program that applies to this line on this date. */
function applicableRows(rows: readonly TariffRow[], line: EntryLine): TariffRow[] {
  const hts = normalizeHts(line.hts);
  const origin = line.origin.toUpperCase();
  const byProgram = new Map<string, TariffRow>();
  for (const row of rows) {
    if (!hts.startsWith(row.htsPrefix) || !inForceOn(row, line.entryDate)) continue;
    if (row.origin !== '*' && row.origin !== origin) continue;
    const current = byProgram.get(row.program);
    if (!current || moreSpecific(row, current)) byProgram.set(row.program, row);
  }
  return [...byProgram.values()];
}

function moreSpecific(a: TariffRow, b: TariffRow): boolean {
  const originA = a.origin === '*' ? 0 : 1;
  const originB = b.origin === '*' ? 0 : 1;
  if (originA !== originB) return originA > originB;
  return a.htsPrefix.length > b.htsPrefix.length;
}

export function computeDuty(
  line: EntryLine,
  rows: readonly TariffRow[],
  scenarioRows: readonly TariffRow[] = [],
): DutyResult {
  const fromScenario = applicableRows(scenarioRows, line);
  const replaced = new Set(fromScenario.map((r) => r.program));
  const fromBase = applicableRows(rows, line).filter((r) => !replaced.has(r.program));
  const lines = [
    ...fromBase.map((r) => toLine(r, line, false)),
    ...fromScenario.map((r) => toLine(r, line, true)),
  ].sort((a, b) => a.program.localeCompare(b.program));
  return {
    lines,
    totalRateBp: lines.reduce((sum, l) => sum + l.rateBp, 0),
    totalCents: lines.reduce((sum, l) => sum + l.amountCents, 0),
  };
}

function toLine(row: TariffRow, line: EntryLine, fromScenario: boolean): DutyLine {
  return {
    program: row.program,
    rowId: row.id,
    rateBp: row.rateBp,
    amountCents: applyRate(line.customsValueCents, row.rateBp),
    status: row.voidedOn !== null ? 'voided' : 'in_force',
    voidedOn: row.voidedOn,
    legalReference: row.legalReference,
    fromScenario,
  };
}

/** What a row means on a given day, for tables and timelines. */
export function rowStatus(
  row: TariffRow,
  today: string,
): 'future' | 'in_force' | 'ended' | 'voided' {
  if (row.voidedOn !== null && row.voidedOn <= today) return 'voided';
  if (row.effectiveFrom > today) return 'future';
  if (row.effectiveTo !== null && row.effectiveTo <= today) return 'ended';
  return 'in_force';
}

/** One line of a filed entry: what it paid, program by program, as the engine computed it then. */
export interface PaidEntryLine {
  entryNumber: string;
  entryDate: string;
  paid: readonly Pick<DutyLine, 'rowId' | 'program' | 'amountCents'>[];
}

export interface RefundExposure {
  entries: {
    entryNumber: string;
    entryDate: string;
    refundableCents: number;
    programs: string[];
  }[];
  totalCents: number;
}

/**
 * Refund exposure: what filed entries paid under rows since voided, per entry and in total. The
 * amounts are those paid, not recomputed: editing a row later does not change what was paid.
 */
export function refundExposure(
  entries: readonly PaidEntryLine[],
  rows: readonly TariffRow[],
): RefundExposure {
  const voided = new Set(rows.filter((r) => r.voidedOn !== null).map((r) => r.id));
  const byEntry = new Map<
    string,
    { entryDate: string; refundableCents: number; programs: Set<string> }
  >();
  for (const entry of entries) {
    const refundable = entry.paid.filter((l) => voided.has(l.rowId));
    if (refundable.length === 0) continue;
    const acc = byEntry.get(entry.entryNumber) ?? {
      entryDate: entry.entryDate,
      refundableCents: 0,
      programs: new Set<string>(),
    };
    for (const l of refundable) {
      acc.refundableCents += l.amountCents;
      acc.programs.add(l.program);
    }
    byEntry.set(entry.entryNumber, acc);
  }
  const list = [...byEntry.entries()]
    .map(([entryNumber, v]) => ({
      entryNumber,
      entryDate: v.entryDate,
      refundableCents: v.refundableCents,
      programs: [...v.programs].sort(),
    }))
    .sort(
      (a, b) =>
        a.entryDate.localeCompare(b.entryDate) || a.entryNumber.localeCompare(b.entryNumber),
    );
  return { entries: list, totalCents: list.reduce((s, e) => s + e.refundableCents, 0) };
}
