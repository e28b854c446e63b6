/**
 * Per-model facts the parsers need, kept as data so a new model is a row, not a code change.
 * The catalog is the source of truth for chip counts; callers pass its figures in through the
 * `chipsPerBoard` lookup, and this map is only the fallback when they do not.
 */

/** Fallback chips per hashboard by normalized model name (catalog seed figures plus S9/S19). */
export const DEFAULT_CHIPS_PER_BOARD: Readonly<Record<string, number>> = {
  'Antminer S9': 63,
  'Antminer S19': 76,
  'Antminer S19 Pro': 114,
  'Antminer S19j Pro': 126,
  'Antminer S19 XP': 110,
  'Antminer S19k Pro': 77,
  'Antminer S21': 108,
  'Antminer T21': 108,
  'Antminer S21 Pro': 65,
  'Antminer S21 XP': 91,
  'Antminer S21+': 55,
  'Antminer S21 Hydro': 216,
};

export type ChipsLookup = (model: string) => number | null | undefined;

export function chipsExpectedFor(model: string | null, lookup?: ChipsLookup): number | null {
  if (model === null) return null;
  let fromCaller: unknown;
  try {
    fromCaller = typeof lookup === 'function' ? lookup(model) : undefined;
  } catch {
    fromCaller = undefined; // a broken lookup must not lose the reading
  }
  if (typeof fromCaller === 'number' && Number.isInteger(fromCaller) && fromCaller >= 0) {
    return Math.min(fromCaller, 10_000);
  }
  return Object.prototype.hasOwnProperty.call(DEFAULT_CHIPS_PER_BOARD, model)
    ? DEFAULT_CHIPS_PER_BOARD[model]!
    : null;
}

/**
 * Which positions of a board's temperature array (`temp_pcb`, `temp_chip`, 4 values) face the air
 * inlet and which the outlet. Air-cooled Antminers: the first two are the inlet side, the last two
 * the outlet side. Hydro models: we assume the reverse (outlet first, then inlet) — the public
 * notes only say the order differs, so check this row against a real unit when one is on hand.
 * First matching row wins; `contains` is matched against the normalized model name.
 */
export interface TempLayout {
  inlet: readonly number[];
  outlet: readonly number[];
}
export const TEMP_LAYOUTS: ReadonlyArray<{ contains: string; layout: TempLayout }> = [
  { contains: 'Hydro', layout: { inlet: [2, 3], outlet: [0, 1] } },
];
export const AIR_LAYOUT: TempLayout = { inlet: [0, 1], outlet: [2, 3] };

export function tempLayoutFor(model: string | null): TempLayout {
  if (model !== null) {
    for (const row of TEMP_LAYOUTS) if (model.includes(row.contains)) return row.layout;
  }
  return AIR_LAYOUT;
}

/**
 * Fan slots a model really has, by `fanN` key number. A slot listed here is kept even at 0 RPM
 * (a stopped fan matters); a slot not listed is kept only while it spins, because firmware fills
 * unused slots with 0 (S9 reports fan1..fan8 with only fan5/fan6 fitted; hydro units have none).
 * Rows match by `contains` on the model name, first match wins; the default is fan1..fan4.
 */
export const FAN_SLOTS: ReadonlyArray<{ contains: string; slots: readonly number[] }> = [
  { contains: 'Hydro', slots: [] },
  { contains: 'Antminer S9', slots: [5, 6] },
  { contains: 'Antminer T9', slots: [5, 6] },
];
export const DEFAULT_FAN_SLOTS: readonly number[] = [1, 2, 3, 4];

export function fanSlotsFor(model: string | null): readonly number[] {
  if (model !== null)
    for (const row of FAN_SLOTS) if (model.includes(row.contains)) return row.slots;
  return DEFAULT_FAN_SLOTS;
}

/**
 * A model name as the catalog spells it: firmware pads `Type` with spaces ("Antminer S21  "),
 * doubles spaces and appends a firmware tag in brackets ("Antminer S19j Pro (vnish 1.2.6)").
 */
export function normalizeModelName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*\((?:vnish|luxos|braiins|bos)[^)]*\)\s*$/i, '').trim();
  if (s === '') return null;
  if (/^antminer/i.test(s)) s = 'Antminer' + s.slice('antminer'.length);
  return s.length > 80 ? s.slice(0, 80) : s;
}
