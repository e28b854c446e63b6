import type { ChipsLookup, ReplyCommand } from '../protocol/index.js';
import { buildCgminerRequest, normalizeReading, parseMinerReply } from '../protocol/index.js';
import type { MinerReading } from '../reading.js';
import { cgiGet, type CgiOptions } from './cgi-client.js';
import type { MinerReader, ReadOutcome } from './collector.js';
import { rpcRequest, type RpcOptions } from './rpc-client.js';

/** What the reader has learned of one address. */
interface Plan {
  commands: ReplyCommand[];
  /** False once the firmware refused a joined command: one command per connection then. */
  multi: boolean;
  identity: { systemInfo: string; wwwAuthenticate: string | null } | null;
  identityAt: number;
  uptimeS: number | null;
  /** The model, once known, helps parse stats that do not name it. */
  model: string | null;
}

const FIRST_READ: ReplyCommand[] = ['summary', 'stats', 'pools', 'version'];
const BY_FIRMWARE: Partial<Record<MinerReading['firmware'], ReplyCommand[]>> = {
  braiins: ['summary', 'devs', 'devdetails', 'pools', 'temps', 'fans'],
  whatsminer: ['summary', 'edevs', 'pools'],
};
const USUAL: ReplyCommand[] = ['summary', 'stats', 'pools'];
/** The serial and MAC do not change; read them again after a reboot or this long. */
const IDENTITY_TTL_MS = 6 * 3_600_000;

function refusedJoin(text: string): boolean {
  const p = parseMinerReply(text);
  return p.ok && p.envelope !== null && (p.envelope.status === 'E' || p.envelope.status === 'F');
}

/**
 * Reads one miner: its report commands over the API (joined in one request where the firmware
 * allows, one at a time where it does not — never two requests at once to one miner), and its
 * identity (serial, MAC) from the web interface when it has one. What came back goes through
 * the tolerant parser into one reading.
 */
export function createMinerReader(options: {
  rpc: RpcOptions;
  cgi: CgiOptions | null;
  chipsPerBoard?: ChipsLookup;
  now?: () => number;
}): MinerReader {
  const now = options.now ?? Date.now;
  const plans = new Map<string, Plan>();

  async function rpc(ip: string, plan: Plan, problems: string[]) {
    const replies: Partial<Record<ReplyCommand | 'combined', string>> = {};
    if (plan.multi && plan.commands.length > 1) {
      const req = buildCgminerRequest(plan.commands);
      if (!req.ok) return { replies, absent: req.reason };
      const r = await rpcRequest(ip, req.request, options.rpc);
      if (!r.ok) return { replies, absent: r.reason };
      if (!refusedJoin(r.text)) {
        replies.combined = r.text;
        return { replies, absent: null };
      }
      plan.multi = false;
    }
    let answered = 0;
    let lastFailure = 'empty';
    for (const command of plan.commands) {
      const req = buildCgminerRequest(command);
      if (!req.ok) continue;
      const r = await rpcRequest(ip, req.request, options.rpc);
      if (r.ok) {
        replies[command] = r.text;
        answered += 1;
      } else {
        problems.push(`${command}: ${r.reason}`);
        lastFailure = r.reason;
        // A miner that stopped answering will not answer the next command either.
        if (r.reason === 'refused' || r.reason === 'timeout') break;
      }
    }
    return { replies, absent: answered ? null : lastFailure };
  }

  async function identity(ip: string, plan: Plan, problems: string[]) {
    if (!options.cgi) return;
    const got = await cgiGet(ip, '/cgi-bin/get_system_info.cgi', options.cgi);
    plan.identityAt = now();
    if (got.ok) plan.identity = { systemInfo: got.body, wwwAuthenticate: got.wwwAuthenticate };
    else if (got.reason !== 'ECONNREFUSED') problems.push(`web interface: ${got.reason}`);
  }

  return {
    async read(ip: string): Promise<ReadOutcome> {
      let plan = plans.get(ip);
      const first = !plan;
      plan ??= {
        commands: FIRST_READ,
        multi: true,
        identity: null,
        identityAt: 0,
        uptimeS: null,
        model: null,
      };
      const problems: string[] = [];
      const got = await rpc(ip, plan, problems);
      if (got.absent !== null) return { absent: got.absent };
      plans.set(ip, plan);
      const stale = now() - plan.identityAt > IDENTITY_TTL_MS;
      if (first || (stale && plan.identity === null) || stale) await identity(ip, plan, problems);
      let reading = normalizeReading({
        ip,
        at: now(),
        replies: got.replies,
        ...(plan.identity
          ? {
              cgi: {
                systemInfo: plan.identity.systemInfo,
                ...(plan.identity.wwwAuthenticate
                  ? { wwwAuthenticate: plan.identity.wwwAuthenticate }
                  : {}),
              },
            }
          : {}),
        hints: {
          model: plan.model,
          ...(options.chipsPerBoard ? { chipsPerBoard: options.chipsPerBoard } : {}),
        },
        problems,
      });
      // A reboot (uptime went back) may come with a swapped control board: read identity again.
      if (
        !first &&
        reading.uptimeS !== null &&
        plan.uptimeS !== null &&
        reading.uptimeS < plan.uptimeS &&
        options.cgi
      ) {
        await identity(ip, plan, reading.problems);
        if (plan.identity)
          reading = {
            ...reading,
            ...pickIdentity(
              normalizeReading({
                ip,
                at: reading.at,
                cgi: { systemInfo: plan.identity.systemInfo },
              }),
            ),
          };
      }
      plan.uptimeS = reading.uptimeS;
      if (reading.model) plan.model = reading.model;
      if (first) plan.commands = BY_FIRMWARE[reading.firmware] ?? USUAL;
      return { reading };
    },
    forget(ip: string) {
      plans.delete(ip);
    },
  };
}

function pickIdentity(r: MinerReading): Partial<MinerReading> {
  const out: Partial<MinerReading> = {};
  if (r.unitSerial) out.unitSerial = r.unitSerial;
  if (r.mac) out.mac = r.mac;
  if (r.hostname) out.hostname = r.hostname;
  return out;
}
