import type { MinerState } from './miner-state.js';
import type { SimMiner } from './fleet.js';
import { cgminerReply, JOINABLE } from './render-cgminer.js';
import { errorReply } from './render-common.js';
import { whatsminerReply } from './render-whatsminer.js';
import type { RpcRequest } from './rpc-request.js';

/**
 * Replies of simulated miners in the shapes real firmware writes (../shared/domain/miner-api.md):
 * cgminer/bmminer RPC JSON (classic and `new_api` stats, multi-command nesting, the text form),
 * LuxOS, Vnish, Braiins OS (BOSminer+), Whatsminer btminer, and the Antminer web CGI. Strings are
 * built directly (no JSON.stringify of objects on the hot path); the static parts of a miner are
 * cached once per miner. The NUL terminator is added by the server.
 */
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
