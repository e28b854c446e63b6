/**
 * Unit serial numbers from a configurable pattern. Tokens: `{MODEL}` the model's short code,
 * `{YY}` year, `{WW}` ISO week, `{SEQ:n}` a sequence zero-padded to n digits, continuing per
 * prefix (everything before `{SEQ`). Anything else is copied as it is.
 * Example: `RL{MODEL}-{YY}{WW}-{SEQ:5}` → `RLS21-2648-00001`.
 */
export function isoWeek(date: string): { year: number; week: number } {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3); // the Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const week = Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return { year, week };
}

export function modelCode(modelName: string): string {
  return modelName
    .replace(/^Antminer\s+/i, '')
    .replace(/\+/g, 'P')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}

export interface SerialParts {
  /** The pattern with every token but the sequence filled in: the sequence's key. */
  prefix: string;
  digits: number;
  suffix: string;
}

export function expandPattern(pattern: string, modelName: string, date: string): SerialParts {
  const { year, week } = isoWeek(date);
  const filled = pattern
    .replaceAll('{MODEL}', modelCode(modelName))
    .replaceAll('{YY}', String(year % 100).padStart(2, '0'))
    .replaceAll('{WW}', String(week).padStart(2, '0'));
  const m = /\{SEQ:(\d)\}/.exec(filled);
  if (!m) throw new Error('A serial pattern needs {SEQ:n}.');
  return {
    prefix: filled.slice(0, m.index),
    digits: Number(m[1]),
    suffix: filled.slice(m.index + m[0].length),
  };
}

export function formatSerial(parts: SerialParts, sequence: number): string {
  return `${parts.prefix}${String(sequence).padStart(parts.digits, '0')}${parts.suffix}`;
}

export function checkPattern(pattern: string): string | null {
  if (!/\{SEQ:[3-9]\}/.test(pattern)) return 'needs {SEQ:n} with n from 3 to 9';
  if ((pattern.match(/\{SEQ:/g) ?? []).length > 1) return 'only one {SEQ:n}';
  const unknown = pattern.match(/\{(?!MODEL\}|YY\}|WW\}|SEQ:\d\})[^}]*\}/);
  if (unknown) return `unknown token ${unknown[0]}`;
  if (!/^[A-Za-z0-9{}:_-]+$/.test(pattern))
    return 'letters, digits, - and _ only around the tokens';
  return null;
}
