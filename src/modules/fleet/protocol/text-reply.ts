/**
 * cgminer's text form of a reply (the answer to `summary|`): sections separated by `|`, fields
 * by `,`, `key=value` pairs; `\` escapes a separator inside a value. A section opens with its
 * name (`SUMMARY,Elapsed=…`) or with its first key (`POOL=0,URL=…`, `STATUS=S,…`). The result
 * has the shape of the JSON envelope (`{STATUS: [{…}], SUMMARY: [{…}]}`) with every value a
 * string, which the field mappers read like any other reply.
 */

export type TextReplyResult =
  { ok: true; value: Record<string, Record<string, string>[]> } | { ok: false; reason: string };

/** Item keys that name a section other than themselves. */
const SECTION_OF_KEY: Readonly<Record<string, string>> = {
  POOL: 'POOLS',
  ASC: 'DEVS',
  PGA: 'DEVS',
  GPU: 'DEVS',
};

/** Whether a reply looks like the text form (so it is parsed here, not as JSON). */
export function isTextReply(text: string): boolean {
  return /^\s*STATUS=[SIWEF],/.test(text);
}

function split(text: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i += 1;
    } else if (c === separator) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** A value or key with its escapes removed. */
const unescape = (text: string): string => split(text, '\u0000')[0]!;

/** Splitting keeps escapes for the inner level: `\,` must survive the `|` split. */
function splitKeepingEscapes(text: string, separator: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === separator) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

export function parseTextReply(text: string): TextReplyResult {
  if (typeof text !== 'string') return { ok: false, reason: 'not text' };
  const body = text.replace(/\0+$/, '').trim();
  if (!isTextReply(body)) return { ok: false, reason: 'not a text-form reply' };
  const value: Record<string, Record<string, string>[]> = {};
  for (const segment of splitKeepingEscapes(body, '|')) {
    if (segment.trim() === '') continue;
    const fields = splitKeepingEscapes(segment, ',');
    let section: string;
    const item: Record<string, string> = {};
    const head = fields[0]!;
    if (!head.includes('=')) {
      section = unescape(head).trim().toUpperCase();
      fields.shift();
    } else {
      const key = unescape(head.slice(0, head.indexOf('=')))
        .trim()
        .toUpperCase();
      section = SECTION_OF_KEY[key] ?? key;
    }
    if (!/^[A-Z][A-Z0-9 _]{0,39}$/.test(section))
      return { ok: false, reason: `bad section name "${section.slice(0, 40)}"` };
    for (const field of fields) {
      const at = field.indexOf('=');
      if (at <= 0) continue;
      const key = unescape(field.slice(0, at)).trim();
      // The first spelling of a key wins, as in the JSON path's repair.
      if (!Object.hasOwn(item, key)) item[key] = unescape(field.slice(at + 1));
    }
    (value[section] ??= []).push(item);
  }
  if (!value.STATUS) return { ok: false, reason: 'text reply without STATUS' };
  return { ok: true, value };
}
