/**
 * Small coercions shared by the field mappers. Firmware writes the same field as a number in one
 * release and a string in the next, pads strings, and uses "", "nan" or "inf" for "no value", so
 * every read goes through these instead of trusting a type.
 */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Own property only: a reply key never reaches Object.prototype. */
export function get(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** A finite number from a number or numeric string; "", "nan", "inf", "-" and junk give null. */
export function num(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** The first of several spellings of one field that holds a value (`total rate`/`total_rate`). */
export function numOf(o: Obj, ...keys: string[]): number | null {
  for (const k of keys) {
    const n = num(get(o, k));
    if (n !== null) return n;
  }
  return null;
}

export function nonNegInt(v: unknown): number | null {
  const n = num(v);
  return n === null || n < 0 ? null : Math.min(Math.round(n), Number.MAX_SAFE_INTEGER);
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function strOf(o: Obj, ...keys: string[]): string | null {
  for (const k of keys) {
    const s = str(get(o, k));
    if (s !== null) return s;
  }
  return null;
}

/** btminer wraps some strings in single quotes ("'20240306.22.REL'"). */
export function unquote(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(/^'+|'+$/g, '').trim();
  return t === '' ? null : t;
}

/** Clip to a schema's maximum length; firmware strings are unbounded. */
export function clip(s: string | null, max: number): string | null {
  return s === null ? null : s.length > max ? s.slice(0, max) : s;
}

/** A section of an envelope's section map; tolerates a missing or non-object map. */
export function sectionOf(sections: unknown, name: string): unknown {
  return isObj(sections) ? get(sections, name) : undefined;
}

/** The first object of a section array (`SUMMARY[0]`), or the object itself. */
export function first(v: unknown): Obj | null {
  if (Array.isArray(v)) return isObj(v[0]) ? v[0] : null;
  return isObj(v) ? v : null;
}

export function objects(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : [];
}

/** Round to 3 decimals: TH/s from GH/s keeps GH/s precision without float noise. */
export function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Dash-joined temperature strings: "73-45-64-65"; a minus after a separator is a sign, so
 * "2--1-20-22" is [2, -1, 20, 22]. Arrays of numbers (new_api) pass through. Null if malformed.
 */
export function dashList(v: unknown): number[] | null {
  if (Array.isArray(v)) {
    const out: number[] = [];
    for (const x of v) {
      const n = num(x);
      if (n === null) return null;
      out.push(n);
    }
    return out;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? [v] : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (s === '') return null;
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    if (s[j] === '-') j++; // sign: at the start or right after a separator
    const digitsStart = j;
    while (j < s.length && ((s[j]! >= '0' && s[j]! <= '9') || s[j] === '.')) j++;
    if (j === digitsStart) return null;
    const n = Number(s.slice(i, j));
    if (!Number.isFinite(n)) return null;
    out.push(n);
    if (j === s.length) break;
    if (s[j] !== '-') return null;
    i = j + 1;
    if (i === s.length) return null;
  }
  return out;
}

/** Lower-case colon MAC, or null for anything that is not 12 hex digits (or is all zeros). */
export function normalizeMac(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const hex = v
    .trim()
    .toLowerCase()
    .replace(/[:\-. ]/g, '');
  if (!/^[0-9a-f]{12}$/.test(hex) || hex === '000000000000' || hex === 'ffffffffffff') return null;
  return hex.match(/../g)!.join(':');
}
