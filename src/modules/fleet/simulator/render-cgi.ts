import type { MinerState } from './miner-state.js';
import type { SimMiner } from './fleet.js';
import { newApiStats } from './render-cgminer.js';
import { cacheOf, f2, q } from './render-common.js';

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
