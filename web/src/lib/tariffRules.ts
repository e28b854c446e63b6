/**
 * The server's duty rules (src/modules/trade/tariff.engine.ts), repeated here so a timeline
 * of rates can be drawn without one request per date:
 *  - a row's HTS prefix (digits) is a prefix of the line's HTS; '' covers every line;
 *  - its origin is the line's origin or '*'; for one program, a named origin beats '*';
 *  - then the longest HTS prefix wins;
 *  - the date lies in [effectiveFrom, effectiveTo) (`to` exclusive);
 *  - programs add up; a scenario's rows replace, program by program, the rows they cover.
 */

export interface RuleRow {
  id: string;
  program: string;
  htsPrefix: string;
  origin: string;
  rateBp: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  voidedOn: string | null;
}

export interface AppliedProgram {
  program: string;
  rateBp: number;
  /** The program was later voided: what was paid under it may be refunded. */
  voided: boolean;
  fromScenario: boolean;
}

export interface RateOnDate {
  date: string;
  totalBp: number;
  /** Total without the programs later voided. */
  standingBp: number;
  programs: AppliedProgram[];
}

export function htsDigits(hts: string): string {
  return hts.replace(/[^0-9]/g, '');
}

function inForceOn(row: RuleRow, date: string): boolean {
  return row.effectiveFrom <= date && (row.effectiveTo === null || date < row.effectiveTo);
}

function moreSpecific(a: RuleRow, b: RuleRow): boolean {
  const originA = a.origin === '*' ? 0 : 1;
  const originB = b.origin === '*' ? 0 : 1;
  if (originA !== originB) return originA > originB;
  return a.htsPrefix.length > b.htsPrefix.length;
}

/** `origin` null means "an origin no row names": only the '*' rows apply. */
function applicableRows(
  rows: readonly RuleRow[],
  hts: string,
  origin: string | null,
  date: string,
): RuleRow[] {
  const digits = htsDigits(hts);
  const byProgram = new Map<string, RuleRow>();
  for (const row of rows) {
    if (!digits.startsWith(row.htsPrefix) || !inForceOn(row, date)) continue;
    if (row.origin !== '*' && row.origin !== origin) continue;
    const current = byProgram.get(row.program);
    if (!current || moreSpecific(row, current)) byProgram.set(row.program, row);
  }
  return [...byProgram.values()];
}

export function rateOn(
  rows: readonly RuleRow[],
  scenarioRows: readonly RuleRow[],
  hts: string,
  origin: string | null,
  date: string,
): RateOnDate {
  const fromScenario = applicableRows(scenarioRows, hts, origin, date);
  const replaced = new Set(fromScenario.map((row) => row.program));
  const fromBase = applicableRows(rows, hts, origin, date).filter(
    (row) => !replaced.has(row.program),
  );
  const toProgram = (row: RuleRow, scenario: boolean): AppliedProgram => ({
    program: row.program,
    rateBp: row.rateBp,
    voided: row.voidedOn !== null,
    fromScenario: scenario,
  });
  const programs = [
    ...fromBase.map((row) => toProgram(row, false)),
    ...fromScenario.map((row) => toProgram(row, true)),
  ].sort((a, b) => a.program.localeCompare(b.program));
  return {
    date,
    totalBp: programs.reduce((sum, p) => sum + p.rateBp, 0),
    standingBp: programs.filter((p) => !p.voided).reduce((sum, p) => sum + p.rateBp, 0),
    programs,
  };
}

/**
 * The rate on `from`, on every date a row starts or ends, and on the first of every month
 * (for the tooltip), up to `to`; the rate only changes on row dates, so the steps are exact.
 */
export function rateTimeline(
  rows: readonly RuleRow[],
  scenarioRows: readonly RuleRow[],
  hts: string,
  origin: string | null,
  from: string,
  to: string,
  monthStarts: readonly string[],
): RateOnDate[] {
  const dates = new Set<string>([from, to, ...monthStarts]);
  for (const row of [...rows, ...scenarioRows]) {
    dates.add(row.effectiveFrom);
    if (row.effectiveTo) dates.add(row.effectiveTo);
  }
  return [...dates]
    .filter((date) => date >= from && date <= to)
    .sort()
    .map((date) => rateOn(rows, scenarioRows, hts, origin, date));
}
