import type { Quirk } from './faults.js';
import { hash01, hash32, mulberry32 } from './prng.js';

/* --------------------------------------------------------------------------------------------- */
/* Quirks                                                                                         */

export interface WireReply {
  data: string | Buffer;
  /** Whether the server appends the NUL terminator. */
  nul: boolean;
}

/** Where the data of a reply starts: after the first STATUS block (the quirk goes there). */
function dataStart(body: string): number {
  const st = body.indexOf('"STATUS":[');
  if (st < 0) return 0;
  const end = body.indexOf('}]', st);
  return end < 0 ? 0 : end + 2;
}

function replaceAt(
  body: string,
  from: number,
  re: RegExp,
  fn: (m: RegExpExecArray) => string,
): string | null {
  re.lastIndex = from;
  const m = re.exec(body);
  if (!m) return null;
  return body.slice(0, m.index) + fn(m) + body.slice(m.index + m[0].length);
}

/** A reply as a firmware with `quirk` writes it; `salt` varies random bytes and cut points. */
export function applyQuirk(body: string, quirk: Quirk | null, salt: number): WireReply {
  if (quirk === null || quirk === 'trailing_nul') return { data: body, nul: true };
  const at = dataStart(body);
  const sub = (re: RegExp, fn: (m: RegExpExecArray) => string) =>
    replaceAt(body, at, re, fn) ?? replaceAt(body, 0, re, fn);
  let out: string | null = null;
  switch (quirk) {
    case 'brace_no_comma':
      out = sub(/\},\{/g, () => '}{') ?? sub(/\}\]/g, () => '}{}]');
      break;
    case 'leading_comma':
      out = sub(/\[\{/g, () => '[,{');
      break;
    case 'trailing_comma':
      out = sub(/\}/g, () => ',}');
      break;
    case 'missing_comma':
      out = sub(/","/g, () => '""') ?? sub(/,"/g, () => '"');
      break;
    case 'nan':
      out =
        sub(/"(GHS av|MHS av|rate_avg|Temperature)":-?[0-9.]+/g, (m) => `"${m[1]}":nan`) ??
        sub(/":-?[0-9.]+/g, () => '":nan');
      break;
    case 'raw_newline':
      out = sub(/":"([^"]+)"/g, (m) => `":"${m[1]}\n"`);
      break;
    case 'bad_escape':
      out = sub(/":"([^"]+)"/g, (m) => `":"${m[1]}\\'s"`);
      break;
    case 'empty_value':
      out = sub(/"([^"]+)":-?[0-9.]+,/g, (m) => `"${m[1]}" : ,`);
      break;
    case 'duplicate_keys':
      out = sub(/\{"([^"]+)":([^,{}[\]]+),/g, (m) => `{"${m[1]}":${m[2]},"${m[1]}":"",`);
      break;
    case 'misspelled': {
      let b = body.replace('"Pool Stale%"', '"Pool Stale%%"');
      const first = b.indexOf('"Status":"Alive"');
      const second = first < 0 ? -1 : b.indexOf('"Status":"Alive"', first + 1);
      if (second >= 0) b = `${b.slice(0, second)}"Status":"Deed"${b.slice(second + 16)}`;
      out = b;
      break;
    }
    case 'truncated': {
      const cut = Math.floor(body.length * (0.35 + 0.4 * hash01(salt, 0x7c)));
      return { data: body.slice(0, cut), nul: false };
    }
    case 'empty':
      return { data: '', nul: false };
    case 'garbage': {
      const r = mulberry32(hash32(salt, 0x6a));
      const n = 48 + Math.floor(r() * 160);
      const buf = Buffer.allocUnsafe(n);
      for (let i = 0; i < n; i++) buf[i] = 1 + Math.floor(r() * 255);
      return { data: buf, nul: true };
    }
  }
  return { data: out ?? body, nul: true };
}
