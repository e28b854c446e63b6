import { normalizeReading, type ReplyCommand } from '../protocol/normalize.js';
import { offlineReading, type MinerReading } from '../reading.js';
import type { Fault } from './faults.js';
import type { SimMiner } from './fleet.js';
import { minerStateAt } from './miner-state.js';
import { renderCgi } from './render-cgi.js';
import { renderRpc } from './render.js';
import { parseRpcRequest } from './rpc-request.js';

const COMMANDS: Record<string, ReplyCommand[]> = {
  braiins: ['summary', 'devs', 'devdetails', 'pools', 'temps', 'fans'],
  whatsminer: ['summary', 'edevs', 'pools'],
};
const USUAL: ReplyCommand[] = ['summary', 'stats', 'pools'];

/**
 * What a collector would read from simulated miner `m` at `t`, without sockets: the replies its
 * firmware writes (no reply quirks), parsed the way the collector parses them. For tests and
 * benchmarks that step simulated time faster than a real fleet could be polled.
 */
export function simulatedReading(m: SimMiner, faults: readonly Fault[], t: number): MinerReading {
  const s = minerStateAt(m, faults, t);
  if (!s.listening || s.hang) return offlineReading(m.address, t, 'connection refused');
  const when = Math.floor(t / 1000);
  const commands = COMMANDS[m.firmware] ?? USUAL;
  const replies: Partial<Record<ReplyCommand, string>> = {};
  for (const c of commands)
    replies[c] = renderRpc(m, s, parseRpcRequest(JSON.stringify({ command: c })), when);
  return normalizeReading({
    ip: m.address,
    at: t,
    replies,
    ...(m.cgi
      ? { cgi: { systemInfo: renderCgi(m, s, '/cgi-bin/get_system_info.cgi', when).body } }
      : {}),
    hints: { model: m.model },
  });
}
