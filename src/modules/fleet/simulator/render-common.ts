import type { SimMiner } from './fleet.js';

/** Shared pieces of the replies: per-miner cached strings, number formats, envelopes, errors. */

/** Per-miner static strings, built on first use. */
interface MinerCache {
  desc: string;
  typeName: string;
  statsHeader: string;
  version: string;
  pools: string[];
  info: string;
}
const caches = new WeakMap<SimMiner, MinerCache>();

export const q = (s: string) => JSON.stringify(s);
export const f2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
export const f0 = (x: number) => String(Math.round(x));

function description(m: SimMiner): string {
  switch (m.firmware) {
    case 'luxos':
      return `LUXminer ${m.firmwareVersion}`;
    case 'braiins':
      return `BOSminer+ ${m.firmwareVersion}`;
    case 'whatsminer':
      return '';
    default:
      return 'bmminer 1.0.0';
  }
}

export function cacheOf(m: SimMiner): MinerCache {
  let c = caches.get(m);
  if (c) return c;
  const typeName = m.model + ' '.repeat(m.variant.typeTrailingSpaces);
  const v = m.variant;
  let header: string;
  let version: string;
  switch (m.firmware) {
    case 'luxos':
      header = `{"LUXminer":${q(m.firmwareVersion)},"Miner":${q(m.firmwareVersion)},"CompileTime":${q(v.compileTime)},"Type":${q(typeName)}}`;
      version = `{"LUXminer":${q(m.firmwareVersion)},"API":"3.7","Miner":${q(m.firmwareVersion)},"Type":${q(m.model)}}`;
      break;
    case 'vnish':
      header = `{"BMMiner":"1.0.0","Miner":${q(v.minerVersion)},"CompileTime":${q(v.compileTime)},"Type":${q(typeName)}}`;
      version = `{"BMMiner":"1.0.0","API":"3.1","Miner":${q(`Vnish ${m.firmwareVersion}`)},"CompileTime":${q(v.compileTime)},"Type":${q(m.model)}}`;
      break;
    case 'braiins':
      header = `{"BOSminer+":${q(m.firmwareVersion)}}`;
      version = `{"BOSminer+":${q(m.firmwareVersion)},"API":"3.7"}`;
      break;
    case 'whatsminer':
      header = '';
      version = '';
      break;
    default:
      header = `{"BMMiner":${q(m.firmwareVersion)},"Miner":${q(v.minerVersion)},"CompileTime":${q(v.compileTime)},"Type":${q(typeName)}}`;
      version = `{"BMMiner":${q(m.firmwareVersion)},"API":"3.1","Miner":${q(v.minerVersion)},"CompileTime":${q(v.compileTime)},"Type":${q(m.model)}}`;
  }
  const pools = m.pools.map(
    (p, i) =>
      `"POOL":${i},"URL":${q(p.url)},"Status":"Alive","Priority":${i},"Quota":1,"Long Poll":"N"`,
  );
  const info = `{"miner_version":${q(v.minerVersion)},"CompileTime":${q(v.compileTime)},"type":${q(m.model)}}`;
  c = { desc: description(m), typeName, statsHeader: header, version, pools, info };
  caches.set(m, c);
  return c;
}

function status(m: SimMiner, when: number, code: number, msg: string, st = 'S'): string {
  return `"STATUS":[{"STATUS":"${st}","When":${when},"Code":${code},"Msg":${q(msg)},"Description":${q(cacheOf(m).desc)}}]`;
}

export function envelope(
  m: SimMiner,
  when: number,
  code: number,
  msg: string,
  section: string,
  items: string,
): string {
  return `{${status(m, when, code, msg)},"${section}":[${items}],"id":1}`;
}

export function errorReply(m: SimMiner, when: number, code: number, msg: string): string {
  if (m.firmware === 'whatsminer')
    return `{"STATUS":"E","When":${when},"Code":${code},"Msg":${q(msg)},"Description":""}`;
  return `{${status(m, when, code, msg, 'E')},"id":1}`;
}

const acsCache = new Map<string, string>();
/** `chain_acsN`: `o` per good chip, `x` per bad one, a space every 8. */
export function acs(chips: number, bad: number): string {
  const key = `${chips}/${bad}`;
  let s = acsCache.get(key);
  if (s !== undefined) return s;
  s = '';
  for (let i = 0; i < chips; i++) {
    if (i > 0 && i % 8 === 0) s += ' ';
    s += i >= chips - bad ? 'x' : 'o';
  }
  acsCache.set(key, s);
  return s;
}

export const dash = (v: readonly number[]) => `${v[0]}-${v[1]}-${v[2]}-${v[3]}`;
export const arr = (v: readonly number[]) => `[${v.join(',')}]`;
export const maxOf = (v: readonly number[]) => Math.max(v[0]!, v[1]!, v[2]!, v[3]!);
