import type { MinerState } from './miner-state.js';
import type { SimMiner } from './fleet.js';
import { poolsItems } from './render-cgminer.js';
import { errorReply, f0, f2, maxOf, q } from './render-common.js';

/** Whatsminer (btminer) replies. */

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
export function whatsminerReply(m: SimMiner, s: MinerState, cmd: string, when: number): string {
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
