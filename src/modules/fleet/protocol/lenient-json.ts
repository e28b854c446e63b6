/**
 * The tolerant JSON reader for miner replies.
 *
 * Almost every reply is valid JSON once its terminating NUL is gone, so the common path is one
 * `JSON.parse` — nothing else touches the text. Only when that fails does the repair parser run:
 * a small recursive-descent reader that builds the value directly while stepping over the quirks
 * real firmware produces (see shared/domain/miner-api.md), naming each repair it made.
 *
 * Duplicate keys: `JSON.parse` keeps the last occurrence and we do not pre-scan valid replies for
 * duplicates (that would cost a second tokenisation of every reply). The field mappers treat empty
 * values ("" / null / "0-0-0-0") as absent, so a trailing empty duplicate loses nothing they read
 * elsewhere; the repair path keeps the first non-empty value, as the miner-api notes ask.
 */

export type LenientJsonResult =
  { ok: true; value: unknown; repairs: string[] } | { ok: false; reason: string };

/** Replies are capped at 1 MB by the collector; anything far larger is not a miner reply. */
const MAX_CHARS = 4 * 1024 * 1024;
/** Real replies nest 4–5 levels; a deep pile of brackets is garbage and must not blow the stack. */
const MAX_DEPTH = 64;

export function parseLenientJson(text: string): LenientJsonResult {
  if (typeof text !== 'string') return { ok: false, reason: 'reply is not text' };
  if (text.length === 0) return { ok: false, reason: 'empty reply' };
  if (text.length > MAX_CHARS) return { ok: false, reason: 'reply too large' };
  // The NUL terminator is protocol framing (every cgminer reply has one), not a firmware quirk,
  // so it is stripped silently with any trailing whitespace.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
  if (end === 0) return { ok: false, reason: 'empty reply' };
  const body = end === text.length ? text : text.slice(0, end);
  try {
    const value: unknown = JSON.parse(body);
    if (value !== null && typeof value === 'object') return { ok: true, value, repairs: [] };
    return { ok: false, reason: 'reply is not a JSON object' };
  } catch {
    // fall through to the repair pass
  }
  try {
    return new Repairer(body).run();
  } catch (err) {
    // The repairer signals "unrepairable" by throwing Unrepairable; anything else is a bug, but
    // the contract is never to throw past this function.
    const reason = err instanceof Unrepairable ? err.message : 'unparseable reply';
    return { ok: false, reason };
  }
}

class Unrepairable extends Error {}

/** Marks a value cut off by the end of input: dropped, and the enclosing containers closed. */
const CUT = Symbol('cut');
type Parsed = unknown | typeof CUT;

function isEmptyValue(v: unknown): boolean {
  return v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // A key "__proto__" must become an own property, as JSON.parse makes it, never a prototype.
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

class Repairer {
  private i = 0;
  private readonly repairs: string[] = [];
  private truncated = false;

  constructor(private readonly s: string) {}

  run(): LenientJsonResult {
    this.skipWs();
    if (this.s.charCodeAt(this.i) === 0xfeff) {
      this.i++;
      this.skipWs();
    }
    const c = this.s[this.i];
    if (c !== '{' && c !== '[') {
      return { ok: false, reason: this.i >= this.s.length ? 'empty reply' : 'not JSON' };
    }
    const value = this.value(0);
    if (value === CUT || value === undefined) {
      return { ok: false, reason: 'truncated reply with nothing complete' };
    }
    this.skipWs();
    if (this.i < this.s.length) this.note('trailing-data');
    if (this.truncated) {
      this.note('truncated');
      // A cut reply is worth keeping only if a payload survived: an envelope's STATUS and id
      // alone say nothing about the miner.
      const useful = Array.isArray(value)
        ? value.length > 0
        : Object.keys(value as object).some((k) => k !== 'STATUS' && k !== 'id');
      if (!useful) return { ok: false, reason: 'truncated reply with nothing complete' };
    }
    return { ok: true, value, repairs: this.repairs };
  }

  private note(label: string): void {
    if (!this.repairs.includes(label)) this.repairs.push(label);
  }

  private skipWs(): void {
    const s = this.s;
    let i = this.i;
    // NUL and other control bytes between tokens are noise (a NUL mid-reply ends a message on a
    // socket that kept talking); whitespace and them are skipped alike.
    while (i < s.length && s.charCodeAt(i) <= 0x20) i++;
    this.i = i;
  }

  private cut(): typeof CUT {
    this.truncated = true;
    return CUT;
  }

  private value(depth: number): Parsed {
    if (depth > MAX_DEPTH) throw new Unrepairable('nested too deeply');
    this.skipWs();
    const s = this.s;
    if (this.i >= s.length) return this.cut();
    const c = s[this.i]!;
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || c === '+' || c === '.' || (c >= '0' && c <= '9')) return this.number();
    if (/[A-Za-z_]/.test(c)) return this.word();
    throw new Unrepairable(`unexpected ${describe(c)} at ${this.i}`);
  }

  private object(depth: number): Parsed {
    this.i++; // {
    const obj: Record<string, unknown> = {};
    let expectingMember = true;
    for (;;) {
      this.skipWs();
      if (this.i >= this.s.length) {
        this.truncated = true;
        return obj;
      }
      const c = this.s[this.i]!;
      if (c === '}') {
        if (expectingMember && Object.keys(obj).length > 0) this.note('trailing-comma');
        this.i++;
        return obj;
      }
      if (c === ',') {
        // `{,` or `,,` or `,}` — a comma with nothing before it.
        if (expectingMember) this.note('extra-comma');
        this.i++;
        expectingMember = true;
        continue;
      }
      if (!expectingMember) this.note('missing-comma');
      let key: string | typeof CUT;
      if (c === '"') key = this.string();
      else if (/[A-Za-z_]/.test(c)) {
        key = this.bareWord();
        this.note('unquoted-key');
      } else throw new Unrepairable(`unexpected ${describe(c)} in object at ${this.i}`);
      if (key === CUT) return obj;
      this.skipWs();
      if (this.i >= this.s.length) return this.cutIn(obj);
      let member: Parsed;
      if (this.s[this.i] === ':') {
        this.i++;
        this.skipWs();
        const n = this.s[this.i];
        if (n === ',' || n === '}') {
          // `"key" : ,` — a key whose value the firmware forgot.
          this.note('missing-value');
          member = null;
        } else member = this.value(depth + 1);
      } else if (this.s[this.i] === ',' || this.s[this.i] === '}') {
        this.note('missing-value');
        member = null;
      } else {
        this.note('missing-colon');
        member = this.value(depth + 1);
      }
      if (member === CUT) return obj;
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.note('duplicate-key');
        // Keep the first non-empty value: firmware that repeats a key fills one of them.
        if (isEmptyValue(obj[key]) && !isEmptyValue(member)) setKey(obj, key, member);
      } else setKey(obj, key, member);
      expectingMember = false;
    }
  }

  private cutIn<T>(container: T): T {
    this.truncated = true;
    return container;
  }

  private array(depth: number): Parsed {
    this.i++; // [
    const arr: unknown[] = [];
    let expectingItem = true;
    for (;;) {
      this.skipWs();
      if (this.i >= this.s.length) return this.cutIn(arr);
      const c = this.s[this.i]!;
      if (c === ']') {
        if (expectingItem && arr.length > 0) this.note('trailing-comma');
        this.i++;
        return arr;
      }
      if (c === ',') {
        // `[,{` (leading) or `,,` — skip the hole rather than invent a value.
        if (expectingItem) this.note(arr.length === 0 ? 'leading-comma' : 'extra-comma');
        this.i++;
        expectingItem = true;
        continue;
      }
      if (c === '}') throw new Unrepairable(`mismatched } at ${this.i}`);
      if (!expectingItem) this.note(c === '{' ? 'missing-comma-between-objects' : 'missing-comma');
      const item = this.value(depth + 1);
      if (item === CUT) return arr;
      arr.push(item);
      expectingItem = false;
    }
  }

  private string(): string | typeof CUT {
    const s = this.s;
    let i = this.i + 1;
    let out = '';
    let start = i;
    for (;;) {
      if (i >= s.length) {
        this.i = i;
        return this.cut();
      }
      const code = s.charCodeAt(i);
      if (code === 0x22) break; // "
      if (code === 0x5c) {
        // backslash
        out += s.slice(start, i);
        if (i + 1 >= s.length) {
          this.i = i + 1;
          return this.cut();
        }
        const e = s[i + 1]!;
        i += 2;
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'u': {
            const hex = s.slice(i, i + 4);
            if (hex.length < 4 && i + 4 > s.length) {
              this.i = s.length;
              return this.cut();
            }
            if (/^[0-9a-fA-F]{4}$/.test(hex)) {
              out += String.fromCharCode(parseInt(hex, 16));
              i += 4;
            } else {
              this.note('bad-escape');
              out += 'u';
            }
            break;
          }
          default:
            // `\'` and friends: keep the character, drop the backslash.
            this.note('bad-escape');
            out += e;
        }
        start = i;
        continue;
      }
      if (code < 0x20) this.note('control-char-in-string');
      i++;
    }
    out += s.slice(start, i);
    this.i = i + 1;
    return out;
  }

  private number(): Parsed {
    const s = this.s;
    const start = this.i;
    let i = start;
    while (i < s.length && /[0-9eE+\-.]/.test(s[i]!)) i++;
    // `-nan` / `-inf`: a sign in front of a word.
    if (i < s.length && /[A-Za-z]/.test(s[i]!) && i - start === 1 && s[start] === '-') {
      this.i = i;
      const w = this.word();
      return w === CUT ? w : null;
    }
    this.i = i;
    // A number touching the end of input may have lost digits: drop it.
    if (i >= s.length) return this.cut();
    const n = Number(s.slice(start, i));
    if (!Number.isFinite(n)) {
      this.note('bad-number');
      return null;
    }
    return n;
  }

  private bareWord(): string {
    const s = this.s;
    const start = this.i;
    let i = start;
    while (i < s.length && /[A-Za-z0-9_]/.test(s[i]!)) i++;
    this.i = i;
    return s.slice(start, i);
  }

  private word(): Parsed {
    const w = this.bareWord();
    if (this.i >= this.s.length) return this.cut();
    switch (w.toLowerCase()) {
      case 'true':
        return true;
      case 'false':
        return false;
      case 'null':
        return null;
      case 'nan':
      case 'inf':
      case 'infinity':
        this.note('nan-or-inf');
        return null;
      default:
        // An unquoted word where a value belongs: keep it as the string it surely meant.
        this.note('bare-word');
        return w;
    }
  }
}

function describe(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x20 || code > 0x7e ? `byte 0x${code.toString(16).padStart(2, '0')}` : `'${c}'`;
}
