import type { BoardState, MinerState, Quirk, SimMiner } from './miner-state.js';
import { hash01, hash32, mulberry32 } from './prng.js';

/**
 * Replies of simulated miners in the shapes real firmware writes (../shared/domain/miner-api.md):
 * cgminer/bmminer RPC JSON (classic and `new_api` stats, multi-command nesting, the text form),
 * LuxOS, Vnish, Braiins OS (BOSminer+), Whatsminer btminer, and the Antminer web CGI. Strings are
 * built directly (no JSON.stringify of objects on the hot path); the static parts of a miner are
 * cached once per miner. The NUL terminator is added by the server.
 */

export interface RpcRequest {
  commands: string[];
  parameter: string | null;
  newApi: boolean;
  /** Plain `summary|` form: the reply is in cgminer's text form. */
  text: boolean;
  /** The request could not be read (bad JSON, no command). */
  invalid: boolean;
}

const MAX_REQUEST = 8192;

export function parseRpcRequest(raw: string): RpcRequest {
  const s = raw
    .slice(0, MAX_REQUEST)
    .replace(/[\0\r\n]+$/g, '')
    .trim();
  if (s.startsWith('{')) {
    try {
      const j = JSON.parse(s) as Record<string, unknown>;
      const cmd =
        typeof j.command === 'string' ? j.command : typeof j.cmd === 'string' ? j.cmd : '';
      return {
        commands: cmd ? cmd.split('+').map((c) => c.trim()) : [],
        parameter: j.parameter === undefined ? null : String(j.parameter),
        newApi: j.new_api === true || j.new_api === 'true',
        text: false,
        invalid: !cmd,
      };
    } catch {
      return { commands: [], parameter: null, newApi: false, text: false, invalid: true };
    }
  }
  const bar = s.indexOf('|');
  const cmd = (bar >= 0 ? s.slice(0, bar) : s).trim();
  return {
    commands: cmd ? cmd.split('+').map((c) => c.trim()) : [],
    parameter: bar >= 0 && bar < s.length - 1 ? s.slice(bar + 1) : null,
    newApi: false,
    text: true,
    invalid: !cmd,
  };
}

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

const q = (s: string) => JSON.stringify(s);
const f2 = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
const f0 = (x: number) => String(Math.round(x));

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

function cacheOf(m: SimMiner): MinerCache {
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

function envelope(
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
function acs(chips: number, bad: number): string {
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

const dash = (v: readonly number[]) => `${v[0]}-${v[1]}-${v[2]}-${v[3]}`;
const arr = (v: readonly number[]) => `[${v.join(',')}]`;
const maxOf = (v: readonly number[]) => Math.max(v[0]!, v[1]!, v[2]!, v[3]!);

function summaryItem(m: SimMiner, s: MinerState): string {
  const g5 = m.variant.ghs5sString ? `"${f2(s.ghs5s)}"` : f2(s.ghs5s);
  const diffAcc = s.accepted * 524288;
  return (
    `{"Elapsed":${s.uptimeS},"GHS 5s":${g5},"GHS av":${f2(s.ghsAv)},"GHS 30m":${f2(s.ghs30m)},` +
    `"Found Blocks":0,"Getworks":${Math.floor(s.uptimeS / 30)},"Accepted":${s.accepted},"Rejected":${s.rejected},` +
    `"Hardware Errors":${s.hwTotal},"Utility":${f2((s.accepted / s.uptimeS) * 60)},"Discarded":${s.uptimeS * 3},` +
    `"Stale":0,"Get Failures":0,"Local Work":${s.uptimeS * 40},"Remote Failures":0,"Network Blocks":${Math.floor(s.uptimeS / 600)},` +
    `"Total MH":${f0(s.ghsAv * 1000 * s.uptimeS)},"Work Utility":${f2(s.ghsAv * 0.0139)},"Difficulty Accepted":${diffAcc},` +
    `"Difficulty Rejected":${s.rejected * 524288},"Difficulty Stale":0,"Best Share":${s.bestShare},` +
    `"Device Hardware%":0.0001,"Device Rejected%":0.2100,"Pool Rejected%":0.2100,"Pool Stale%":0.0000,"Last getwork":${Math.floor(s.at / 1000)}}`
  );
}

function classicStats(m: SimMiner, s: MinerState, when: number): string {
  const c = cacheOf(m);
  const lux = m.firmware === 'luxos';
  const g5 = m.variant.ghs5sString ? `"${f2(s.ghs5s)}"` : f2(s.ghs5s);
  let d =
    `{"STATS":0,"ID":"BC50","Elapsed":${s.uptimeS},"Calls":0,"Wait":0.000000,"Max":0.000000,"Min":99999999.000000,` +
    `"GHS 5s":${g5},"GHS av":${f2(s.ghsAv)},"rate_30m":${f2(s.ghs30m)},"Mode":2,"miner_count":${m.boards.length},` +
    `"frequency":${m.boards[0]?.freqMhz ?? 0},"fan_num":${m.fans}`;
  for (let i = 0; i < s.fans.length; i++) d += `,"fan${i + 1}":${s.fans[i]}`;
  d += `,"temp_num":${m.boards.length}`;
  let maxTemp = 0;
  let totalAcn = 0;
  let freqSum = 0;
  for (const b of s.boards) {
    d += `,"temp${b.index + 1}":${b.pcb[2]},"temp2_${b.index + 1}":${b.chip[2]}`;
    maxTemp = Math.max(maxTemp, maxOf(b.chip));
    totalAcn += b.chips;
    freqSum += b.freqMhz;
  }
  const slots = m.variant.emptyFourthChain ? s.boards.length + 1 : s.boards.length;
  for (let i = 0; i < slots; i++) {
    const b = s.boards[i];
    const n = i + 1;
    d += b
      ? `,"temp_pcb${n}":"${dash(b.pcb)}","temp_chip${n}":"${dash(b.chip)}","temp_pic${n}":"${dash(b.pic)}"`
      : `,"temp_pcb${n}":"0-0-0-0","temp_chip${n}":"0-0-0-0","temp_pic${n}":"0-0-0-0"`;
  }
  d +=
    `,"total_rateideal":${f2(s.idealGhs)},"rate_unit":"GH","total_freqavg":${f2(freqSum / Math.max(1, s.boards.length))},` +
    `"total_acn":${totalAcn},"${m.variant.totalRateKey}":${f2(s.ghs5s)},"temp_max":${maxTemp},"no_matching_work":0`;
  for (let i = 0; i < slots; i++) {
    const b = s.boards[i];
    const n = i + 1;
    if (b && b.present)
      d +=
        `,"chain_acn${n}":${b.chips},"chain_acs${n}":"${acs(b.chips, b.badChips)}","chain_hw${n}":${b.hw},` +
        `"chain_rate${n}":"${f2(b.rateGhs)}","chain_rateideal${n}":${f2(b.idealGhs)},"freq${n}":${b.freqMhz}`;
    else
      d +=
        `,"chain_acn${n}":0,"chain_acs${n}":"","chain_hw${n}":0,"chain_rate${n}":"${lux ? '0' : ''}",` +
        `"chain_rateideal${n}":${b ? f2(b.idealGhs) : '0.00'},"freq${n}":0`;
  }
  d += `,"miner_version":${q(m.variant.minerVersion)},"miner_id":"${m.serial.toLowerCase()}"}`;
  return envelope(m, when, 70, 'CGMiner stats', 'STATS', `${c.statsHeader},${d}`);
}

function newApiChain(m: SimMiner, b: BoardState): string {
  const sb = m.boards[b.index]!;
  return (
    `{"index":${b.index},"freq_avg":${b.freqMhz},"rate_ideal":${f2(b.present ? b.idealGhs : 0)},"rate_real":${f2(b.rateGhs)},` +
    `"asic_num":${b.chips},"asic":"${acs(b.chips, b.badChips)}","temp_pic":${arr(b.pic)},"temp_pcb":${arr(b.pcb)},` +
    `"temp_chip":${arr(b.chip)},"hw":${b.hw},"eeprom_loaded":${b.present},"sn":"${b.present ? sb.serial : ''}","hwp":0.0001}`
  );
}

/** `new_api` stats (also `/cgi-bin/stats.cgi`). */
export function newApiStats(m: SimMiner, s: MinerState, when: number): string {
  const c = cacheOf(m);
  return (
    `{"STATUS":{"STATUS":"S","when":${when},"Msg":"stats","api_version":"1.0.0"},"INFO":${c.info},` +
    `"STATS":[{"elapsed":${s.uptimeS},"rate_5s":${f2(s.ghs5s)},"rate_30m":${f2(s.ghs30m)},"rate_avg":${f2(s.ghsAv)},` +
    `"rate_ideal":${f2(s.idealGhs)},"rate_unit":"GH/s","chain_num":${s.boards.length},"fan_num":${m.fans},` +
    `"fan":${arr(s.fans)},"hwp_total":0.0001,"miner-mode":0,"freq-level":100,` +
    `"chain":[${s.boards.map((b) => newApiChain(m, b)).join(',')}]}]}`
  );
}

function poolsItems(m: SimMiner, s: MinerState, mhs: boolean): string {
  const c = cacheOf(m);
  const out: string[] = [];
  for (let i = 0; i < m.pools.length; i++) {
    const acc = i === 0 ? s.accepted : 0;
    const rej = i === 0 ? s.rejected : 0;
    out.push(
      `{${c.pools[i]},"Getworks":${i === 0 ? Math.floor(s.uptimeS / 30) : 1},"Accepted":${acc},"Rejected":${rej},` +
        `"Discarded":${i === 0 ? s.uptimeS * 3 : 0},"Stale":0,"Get Failures":0,"Remote Failures":0,"User":${q(m.pools[i]!.user)},` +
        `"Last Share Time":${i === 0 ? Math.floor(s.at / 1000) - 2 : 0},"Diff":"512K","Diff1 Shares":0,"Proxy Type":"","Proxy":"",` +
        `"Difficulty Accepted":${acc * 524288},"Difficulty Rejected":${rej * 524288},"Difficulty Stale":0,` +
        `"Last Share Difficulty":${i === 0 ? 524288 : 0},"Has Stratum":true,"Stratum Active":${i === 0},` +
        `"Stratum URL":${q(m.pools[i]!.url.replace(/^stratum\+tcp:\/\//, ''))},"Has GBT":false,"Best Share":${i === 0 ? s.bestShare : 0},` +
        `"Pool Rejected%":${i === 0 ? '0.2100' : '0.0000'},"Pool Stale%":0.0000${mhs ? ',"Bad Work":0' : ''}}`,
    );
  }
  return out.join(',');
}

function bosSummary(s: MinerState): string {
  const mhs = (g: number) => f2(g * 1000);
  return (
    `{"Elapsed":${s.uptimeS},"MHS av":${mhs(s.ghsAv)},"MHS 5s":${mhs(s.ghs5s)},"MHS 1m":${mhs(s.ghs5s)},"MHS 5m":${mhs(s.ghsAv)},` +
    `"MHS 15m":${mhs(s.ghsAv)},"Found Blocks":0,"Getworks":${Math.floor(s.uptimeS / 30)},"Accepted":${s.accepted},` +
    `"Rejected":${s.rejected},"Hardware Errors":${s.hwTotal},"Utility":${f2((s.accepted / s.uptimeS) * 60)},"Discarded":0,"Stale":0,` +
    `"Get Failures":0,"Local Work":0,"Remote Failures":0,"Network Blocks":0,"Total MH":${f0(s.ghsAv * 1000 * s.uptimeS)},` +
    `"Work Utility":0,"Difficulty Accepted":${s.accepted * 524288},"Difficulty Rejected":${s.rejected * 524288},` +
    `"Difficulty Stale":0,"Best Share":${s.bestShare},"Device Hardware%":0.0,"Device Rejected%":0.21,"Pool Rejected%":0.21,` +
    `"Pool Stale%":0.0,"Last getwork":${Math.floor(s.at / 1000)}}`
  );
}

function bosDevs(s: MinerState): string {
  return s.boards
    .map(
      (b) =>
        `{"ASC":${b.index},"Name":"BC5","ID":${b.index},"Enabled":"Y","Status":"${b.present ? 'Alive' : 'Dead'}",` +
        `"Temperature":${maxOf(b.chip)},"MHS av":${f2(b.rateGhs * 1000)},"MHS 5s":${f2(b.rateGhs * 1000)},` +
        `"MHS 1m":${f2(b.rateGhs * 1000)},"MHS 5m":${f2(b.rateGhs * 1000)},"MHS 15m":${f2(b.rateGhs * 1000)},` +
        `"Accepted":0,"Rejected":0,"Hardware Errors":${b.hw},"Utility":0,"Last Share Pool":0,"Last Share Time":0,` +
        `"Total MH":0,"Diff1 Work":0,"Difficulty Accepted":0,"Difficulty Rejected":0,"Last Share Difficulty":0,` +
        `"Last Valid Work":0,"Device Hardware%":0.0,"Device Rejected%":0.0,"Device Elapsed":${s.uptimeS},` +
        `"Nominal MHS":${f2(b.idealGhs * 1000)}}`,
    )
    .join(',');
}

function bosDevdetails(m: SimMiner, s: MinerState): string {
  return s.boards
    .map(
      (b) =>
        `{"DEVDETAILS":${b.index},"Name":"BC5","ID":${b.index},"Driver":"bitmain","Kernel":"","Model":${q(m.model)},` +
        `"Device Path":"","Chips":${b.chips},"Frequency":${b.freqMhz},"Voltage":${b.present ? 13.2 : 0},` +
        `"temps":{"board":${b.pcb[2]},"chip":${maxOf(b.chip)}},"fans":${arr(s.fans)}}`,
    )
    .join(',');
}

function wmEnvelope(
  m: SimMiner,
  when: number,
  msg: string,
  section: string,
  items: string,
): string {
  if (m.variant.flatStatus)
    return `{"STATUS":"S","When":${when},"Code":131,"Msg":${q(msg)},"Description":"","${section}":[${items}],"id":1}`;
  return `{"STATUS":[{"STATUS":"S","Msg":${q(msg)}}],"${section}":[${items}],"id":1}`;
}

function wmSummary(m: SimMiner, s: MinerState): string {
  const mhs = (g: number) => f2(g * 1000);
  const chips = s.boards.filter((b) => b.present).flatMap((b) => b.chip);
  const tMin = chips.length ? Math.min(...chips) : 0;
  const tMax = chips.length ? Math.max(...chips) : 0;
  const tAvg = chips.length ? chips.reduce((a, b) => a + b, 0) / chips.length : 0;
  return (
    `{"Elapsed":${s.uptimeS},"MHS av":${mhs(s.ghsAv)},"MHS 5s":${mhs(s.ghs5s)},"MHS 1m":${mhs(s.ghs5s)},` +
    `"MHS 5m":${mhs(s.ghsAv)},"MHS 15m":${mhs(s.ghsAv)},"HS RT":${mhs(s.ghs5s)},"Accepted":${s.accepted},` +
    `"Rejected":${s.rejected},"Total MH":${f0(s.ghsAv * 1000 * s.uptimeS)},"Temperature":${f2(tMax)},` +
    `"freq_avg":${m.boards[0]?.freqMhz ?? 0},"Fan Speed In":${s.fans[0] ?? 0},"Fan Speed Out":${s.fans[1] ?? 0},` +
    `"Power":${f0(s.powerW)},"Power Rate":${f2(s.powerW / Math.max(1, s.ghs5s / 1000))},"Pool Rejected%":0.2100,` +
    `"Pool Stale%":0.0000,"Uptime":${s.uptimeS + 30},"Hash Stable":true,"Hash Stable Cost Seconds":600,` +
    `"Hash Deviation%":0.12,"Target Freq":${m.boards[0]?.freqMhz ?? 0},"Target MHS":${mhs(s.idealGhs)},` +
    `"Env Temp":${f2(s.ambientC)},"Power Mode":"Normal","Factory GHS":${f0(m.idealGhs)},"Power Limit":${m.powerW + 200},` +
    `"Chip Temp Min":${f2(tMin)},"Chip Temp Max":${f2(tMax)},"Chip Temp Avg":${f2(tAvg)},"Debug":"-0.0_100.0_351",` +
    `"Btminer Fast Boot":"disable"}`
  );
}

function wmEdevs(m: SimMiner, s: MinerState): string {
  return s.boards
    .filter((b) => b.present)
    .map((b) => {
      const g = f2(b.rateGhs * 1000);
      return (
        `{"ASC":${b.index},"Slot":${b.index},"Enabled":"Y","Status":"Alive","Temperature":${f2(b.pcb[2])},` +
        `"Chip Frequency":${b.freqMhz},"MHS av":${g},"MHS 5s":${g},"MHS 1m":${g},"MHS 5m":${g},"MHS 15m":${g},` +
        `"HS RT":${g},"Factory GHS":${f0(b.idealGhs)},"Upfreq Complete":1,"Effective Chips":${b.chips},` +
        `"PCB SN":"${m.boards[b.index]!.serial}","Chip Data":"K88Z0","Chip Temp Min":${f2(Math.min(...b.chip))},` +
        `"Chip Temp Max":${f2(maxOf(b.chip))},"Chip Temp Avg":${f2((b.chip[0] + b.chip[1] + b.chip[2] + b.chip[3]) / 4)},` +
        `"chip_vol_diff":6}`
      );
    })
    .join(',');
}

/** One Whatsminer (btminer) reply. */
function whatsminerReply(m: SimMiner, s: MinerState, cmd: string, when: number): string {
  switch (cmd) {
    case 'summary':
      return wmEnvelope(m, when, 'Summary', 'SUMMARY', wmSummary(m, s));
    case 'edevs':
    case 'devs':
      return wmEnvelope(m, when, 'EDevs', 'DEVS', wmEdevs(m, s));
    case 'pools':
      return wmEnvelope(m, when, `${m.pools.length} Pool(s)`, 'POOLS', poolsItems(m, s, false));
    case 'devdetails':
      return wmEnvelope(
        m,
        when,
        'Device Details',
        'DEVDETAILS',
        s.boards
          .filter((b) => b.present)
          .map(
            (b) =>
              `{"DEVDETAILS":${b.index},"Name":"SM","ID":${b.index},"Driver":"bitmicro","Kernel":"","Model":${q(m.model.replace(/^Whatsminer /, ''))}}`,
          )
          .join(','),
      );
    case 'get_version':
      return `{"STATUS":"S","When":${when},"Code":131,"Msg":{"api_ver":"2.0.5","fw_ver":${q(m.firmwareVersion)},"platform":"H6OS","chip":"K88Z0"},"Description":""}`;
    case 'get_miner_info':
      return (
        `{"STATUS":"S","When":${when},"Code":131,"Msg":{"ip":"${m.address}","proto":"dhcp","netmask":"255.255.255.0",` +
        `"dns":"","mac":"${m.mac.toUpperCase()}","ledstat":"auto","gateway":"","hostname":${q(m.hostname)},"minersn":${q(m.serial)}},"Description":""}`
      );
    case 'status':
      return `{"STATUS":"S","When":${when},"Code":131,"Msg":{"btmineroff":"false","Firmware Version":${q(`'${m.firmwareVersion}'`)}},"Description":""}`;
    default:
      return errorReply(m, when, 14, 'invalid cmd');
  }
}

const JOINABLE = new Set([
  'summary',
  'stats',
  'estats',
  'pools',
  'devs',
  'edevs',
  'version',
  'devdetails',
  'config',
  'coin',
  'temps',
  'fans',
]);
const PRIVILEGED = new Set([
  'restart',
  'quit',
  'addpool',
  'switchpool',
  'enablepool',
  'disablepool',
  'ascset',
]);

/** One cgminer-family reply (stock, LuxOS, Vnish, Braiins) to one command. */
function cgminerReply(
  m: SimMiner,
  s: MinerState,
  cmd: string,
  req: RpcRequest,
  when: number,
): string {
  const c = cacheOf(m);
  const bos = m.firmware === 'braiins';
  switch (cmd) {
    case 'summary':
      return envelope(m, when, 11, 'Summary', 'SUMMARY', bos ? bosSummary(s) : summaryItem(m, s));
    case 'stats':
    case 'estats':
      if (bos)
        return envelope(
          m,
          when,
          70,
          'BOSminer+ stats',
          'STATS',
          `{"STATS":0,"ID":"BOSminer0","Elapsed":${s.uptimeS},"Calls":0,"Wait":0.0,"Max":0.0,"Min":99999999.0}`,
        );
      if (req.newApi && m.firmware === 'stock') return newApiStats(m, s, when);
      return classicStats(m, s, when);
    case 'pools':
      return envelope(m, when, 7, `${m.pools.length} Pool(s)`, 'POOLS', poolsItems(m, s, bos));
    case 'version':
      return envelope(
        m,
        when,
        22,
        `${bos ? 'BOSminer+' : m.firmware === 'luxos' ? 'LUXminer' : 'BMMiner'} versions`,
        'VERSION',
        c.version,
      );
    case 'devs':
    case 'edevs':
      if (bos) return envelope(m, when, 9, `${s.boards.length} ASC(s)`, 'DEVS', bosDevs(s));
      return envelope(
        m,
        when,
        9,
        `${s.boards.length} ASC(s)`,
        'DEVS',
        s.boards
          .map(
            (b) =>
              `{"ASC":${b.index},"Name":"BTM","ID":${b.index},"Enabled":"Y","Status":"${b.present ? 'Alive' : 'Dead'}",` +
              `"Temperature":${maxOf(b.chip)},"MHS av":${f2(b.rateGhs * 1000)},"MHS 5s":${f2(b.rateGhs * 1000)},` +
              `"Hardware Errors":${b.hw},"Device Elapsed":${s.uptimeS}}`,
          )
          .join(','),
      );
    case 'devdetails':
      if (bos) return envelope(m, when, 69, 'Device Details', 'DEVDETAILS', bosDevdetails(m, s));
      return envelope(
        m,
        when,
        69,
        'Device Details',
        'DEVDETAILS',
        s.boards
          .map(
            (b) =>
              `{"DEVDETAILS":${b.index},"Name":"BTM","ID":${b.index},"Driver":"bitmain","Kernel":"","Model":${q(m.model)},"Device Path":""}`,
          )
          .join(','),
      );
    case 'temps':
      if (!bos) break;
      return envelope(
        m,
        when,
        201,
        'Temperatures',
        'TEMPS',
        s.boards
          .map(
            (b) =>
              `{"TEMPS":${b.index},"ID":${b.index},"Board":${b.pcb[2]},"Chip":${maxOf(b.chip)}}`,
          )
          .join(','),
      );
    case 'fans':
      if (!bos) break;
      return envelope(
        m,
        when,
        202,
        'Fans',
        'FANS',
        s.fans
          .map((r, i) => `{"FANS":${i},"ID":${i},"RPM":${r},"Speed":${r === 0 ? 0 : 70}}`)
          .join(','),
      );
    case 'config':
      return envelope(
        m,
        when,
        33,
        `${bos ? 'BOSminer+' : 'CGMiner'} config`,
        'CONFIG',
        `{"ASC Count":${s.boards.length},"PGA Count":0,"Pool Count":${m.pools.length},"Strategy":"Failover","Log Interval":5,"Device Code":"","OS":"Linux","Hotplug":"None"}`,
      );
    case 'coin':
      return envelope(
        m,
        when,
        78,
        'CGMiner coin',
        'COIN',
        `{"Hash Method":"sha256","Current Block Time":${when - 120},"Network Difficulty":1.1e14}`,
      );
  }
  if (PRIVILEGED.has(cmd)) return errorReply(m, when, 45, `Access denied to '${cmd}' command`);
  return errorReply(m, when, 14, 'Invalid command');
}

/** The reply body (no NUL) of a miner to a request, before any quirk. */
export function renderRpc(m: SimMiner, s: MinerState, req: RpcRequest, when: number): string {
  if (req.invalid || req.commands.length === 0)
    return m.firmware === 'whatsminer'
      ? errorReply(m, when, 14, 'invalid cmd')
      : errorReply(m, when, 23, 'Invalid JSON');
  const wm = m.firmware === 'whatsminer';
  if (req.commands.length === 1) {
    const body = wm
      ? whatsminerReply(m, s, req.commands[0]!, when)
      : cgminerReply(m, s, req.commands[0]!, req, when);
    return req.text && !wm ? toText(body) : body;
  }
  if (wm || m.rejectsMultiCommand || !req.commands.every((c) => JOINABLE.has(c)))
    return errorReply(m, when, 14, 'Invalid command');
  if (req.text) return req.commands.map((c) => toText(cgminerReply(m, s, c, req, when))).join('');
  let out = '{';
  for (const c of req.commands) out += `"${c}":[${cgminerReply(m, s, c, req, when)}],`;
  return `${out}"id":1}`;
}

/** cgminer's text form of a one-command reply: `STATUS=S,When=…|SUMMARY,Elapsed=…|`. */
export function toText(body: string): string {
  const j = JSON.parse(body) as Record<string, unknown>;
  let out = '';
  const kv = (o: Record<string, unknown>) =>
    Object.entries(o)
      .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join(',');
  for (const [section, value] of Object.entries(j)) {
    if (section === 'id' || !Array.isArray(value)) continue;
    for (const item of value as Record<string, unknown>[]) {
      const first = Object.keys(item)[0];
      out +=
        section === 'STATUS' || first === section || (first && section.startsWith(first))
          ? `${kv(item)}|`
          : `${section},${kv(item)}|`;
    }
  }
  return out;
}

/* --------------------------------------------------------------------------------------------- */
/* Antminer web CGI                                                                               */

export interface CgiReply {
  status: number;
  body: string;
}

function cgiStatus(s: MinerState): string {
  const e = (type: string, st: string, msg: string, code: number) =>
    `{"type":"${type}","status":"${st}","code":${st === 's' ? 0 : code},"msg":${q(st === 's' ? '' : msg)}}`;
  return (
    `[${e('rate', s.status.rate, s.problems.find((p) => /chain|hash/.test(p)) ?? 'hash rate', 1)},` +
    `${e('network', s.status.network, 'network', 2)},${e('fans', s.status.fans, 'fan lost', 3)},` +
    `${e('temp', s.status.temp, 'temperature too high', 4)}]`
  );
}

export function renderCgi(m: SimMiner, s: MinerState, path: string, when: number): CgiReply {
  const c = cacheOf(m);
  const head = (msg: string) =>
    `"STATUS":{"STATUS":"S","when":${when},"Msg":"${msg}","api_version":"1.0.0"},"INFO":${c.info}`;
  switch (path) {
    case '/cgi-bin/get_system_info.cgi':
      return {
        status: 200,
        body:
          `{"minertype":${q(m.model)},"nettype":"DHCP","netdevice":"eth0","macaddr":"${m.mac.toUpperCase()}",` +
          `"hostname":${q(m.hostname)},"ipaddress":"${m.address}","netmask":"255.255.255.0","gateway":"","dnsservers":"",` +
          `"system_mode":"GNU/Linux","system_kernel_version":"Linux 4.9.38 #1 SMP PREEMPT","system_filesystem_version":${q(m.variant.compileTime)},` +
          `"firmware_type":"${m.firmware === 'luxos' ? 'LuxOS' : m.firmware === 'vnish' ? 'Vnish' : 'Release'}","serinum":${q(m.serial)}}`,
      };
    case '/cgi-bin/summary.cgi':
      return {
        status: 200,
        body:
          `{${head('summary')},"SUMMARY":[{"elapsed":${s.uptimeS},"rate_5s":${f2(s.ghs5s)},"rate_30m":${f2(s.ghs30m)},` +
          `"rate_avg":${f2(s.ghsAv)},"rate_ideal":${f2(s.idealGhs)},"rate_unit":"GH/s","hw_all":${s.hwTotal},` +
          `"bestshare":${s.bestShare},"status":${cgiStatus(s)}}]}`,
      };
    case '/cgi-bin/pools.cgi':
      return {
        status: 200,
        body: `{${head('pools')},"POOLS":[${m.pools
          .map(
            (p, i) =>
              `{"index":${i},"url":${q(p.url)},"user":${q(p.user)},"status":"Alive","priority":${i},"getworks":${i === 0 ? Math.floor(s.uptimeS / 30) : 1},` +
              `"accepted":${i === 0 ? s.accepted : 0},"rejected":${i === 0 ? s.rejected : 0},"discarded":0,"stale":0,"diff":"512K",` +
              `"diff1":0,"diffa":${i === 0 ? s.accepted * 524288 : 0},"diffr":0,"diffs":0,"lsdiff":${i === 0 ? 524288 : 0},"lstime":"0:00:02"}`,
          )
          .join(',')}]}`,
      };
    case '/cgi-bin/stats.cgi':
      return { status: 200, body: newApiStats(m, s, when) };
    case '/cgi-bin/get_miner_conf.cgi':
      return {
        status: 200,
        body:
          `{"pools":[${m.pools.map((p) => `{"url":${q(p.url)},"user":${q(p.user)},"pass":"x"}`).join(',')}],` +
          `"api-listen":true,"api-network":true,"api-groups":"A:stats:pools:devs:summary:version","api-allow":"A:0/0,W:*",` +
          `"bitmain-fan-ctrl":false,"bitmain-fan-pwm":"100","bitmain-use-vil":true,"bitmain-freq":"${m.boards[0]?.freqMhz ?? 0}",` +
          `"bitmain-voltage":"1400","bitmain-ccdelay":"0","bitmain-pwth":"0","bitmain-work-mode":"0","bitmain-freq-level":"100"}`,
      };
    case '/cgi-bin/get_blink_status.cgi':
      return { status: 200, body: '{"blink":false}' };
    default:
      return { status: 404, body: '' };
  }
}

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
