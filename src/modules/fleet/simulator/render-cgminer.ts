import type { BoardState, MinerState } from './miner-state.js';
import type { SimMiner } from './fleet.js';
import {
  acs,
  arr,
  cacheOf,
  dash,
  envelope,
  errorReply,
  f0,
  f2,
  maxOf,
  q,
} from './render-common.js';
import type { RpcRequest } from './rpc-request.js';

/** cgminer-family replies: stock bmminer (classic and `new_api` stats), LuxOS, Vnish, Braiins. */

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

export function poolsItems(m: SimMiner, s: MinerState, mhs: boolean): string {
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
export const JOINABLE = new Set([
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
export function cgminerReply(
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
