import type { ChipsLookup, ReplyCommand } from '../protocol/index.js';
import {
  buildCgminerRequest,
  isTextReply,
  parseLenientJson,
  readEnvelope,
  REPLY_COMMANDS,
} from '../protocol/index.js';
import { offlineReading, type MinerReading } from '../reading.js';
import { cgiGet, type CgiOptions } from './cgi-client.js';
import type { MinerReader, ReadOutcome } from './collector.js';
import { normalizeInline, type Normalize } from './parse-pool.js';
import { rpcRequest, type RpcOptions } from './rpc-client.js';

/** What the reader has learned of one address. */
interface Plan {
  commands: ReplyCommand[];
  /** False once the firmware refused a joined command: one command per connection then. */
  multi: boolean;
  /** True once the firmware refused JSON requests: the `summary|` text form then. */
  text?: boolean;
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
/** An error envelope refusing a joined command is ~150 characters; a joined reply is kilobytes. */
const REFUSAL_MAX_CHARS = 1_024;
/** The serial and MAC do not change; read them again after a reboot or this long. */
const IDENTITY_TTL_MS = 6 * 3_600_000;
const IDENTITY_RETRY_MS = 10 * 60_000;

/**
 * A request answered by one short error envelope that is not about permissions (a joined
 * command or a JSON request the firmware does not take); a real reply is kilobytes.
 */
function refused(text: string): boolean {
  if (text.length > REFUSAL_MAX_CHARS) return false;
  const p = parseLenientJson(text);
  if (!p.ok || typeof p.value !== 'object' || p.value === null || Array.isArray(p.value))
    return false;
  const value = p.value as Record<string, unknown>;
  if (REPLY_COMMANDS.some((c) => c in value)) return false;
  const envelope = readEnvelope(value);
  return !envelope.ok && envelope.reason !== 'access denied';
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
  /** Where replies are parsed: on this thread by default, or a worker pool (parse-pool.ts). */
  normalize?: Normalize;
}): MinerReader {
  const now = options.now ?? Date.now;
  const normalize = options.normalize ?? normalizeInline;
  const plans = new Map<string, Plan>();

  async function rpc(ip: string, plan: Plan, problems: string[]) {
    const replies: Partial<Record<ReplyCommand | 'combined', string>> = {};
    if (plan.multi && plan.commands.length > 1) {
      const req = buildCgminerRequest(plan.commands);
      if (!req.ok) return { replies, absent: req.reason };
      const r = await rpcRequest(ip, req.request, options.rpc);
      if (!r.ok) return { replies, absent: r.reason };
      // Anything but a refusal is the joined reply, parsed once, by `normalize`.
      if (!refused(r.text)) {
        replies.combined = r.text;
        return { replies, absent: null };
      }
      plan.multi = false;
    }
    let answered = 0;
    let lastFailure = 'empty';
    for (const command of plan.commands) {
      const req = buildCgminerRequest(command, { format: plan.text ? 'text' : 'json' });
      if (!req.ok) continue;
      let r = await rpcRequest(ip, req.request, options.rpc);
      // Old cgminer builds refuse JSON requests ("Invalid JSON"): ask in the `summary|` form,
      // and keep to it from then on.
      if (r.ok && !plan.text && refused(r.text)) {
        const text = buildCgminerRequest(command, { format: 'text' });
        const again = text.ok ? await rpcRequest(ip, text.request, options.rpc) : null;
        if (again?.ok && isTextReply(again.text)) {
          plan.text = true;
          r = again;
        }
      }
      if (r.ok) {
        replies[command] = r.text;
        answered += 1;
      } else {
        problems.push(`${command}: ${r.reason}`);
        lastFailure = r.reason;
        // A miner that stopped answering will not answer the next command either.
        if (r.reason === 'refused' || r.reason === 'timeout' || r.reason === 'silent') break;
      }
    }
    return { replies, absent: answered ? null : lastFailure };
  }

  async function identity(ip: string, plan: Plan, problems: string[]) {
    if (!options.cgi) return;
    const got = await cgiGet(ip, '/cgi-bin/get_system_info.cgi', options.cgi);
    // A failed read (a busy web server at start-up, say) is tried again in minutes, not hours.
    plan.identityAt = got.ok ? now() : now() - IDENTITY_TTL_MS + IDENTITY_RETRY_MS;
    if (got.ok) plan.identity = { systemInfo: got.body, wwwAuthenticate: got.wwwAuthenticate };
    else if (got.reason !== 'ECONNREFUSED') problems.push(`web interface: ${got.reason}`);
  }

  async function readWith(ip: string, plan: Plan, first: boolean): Promise<ReadOutcome> {
    const problems: string[] = [];
    const got = await rpc(ip, plan, problems);
    if (got.absent !== null) return { absent: got.absent };
    if (first || now() - plan.identityAt > IDENTITY_TTL_MS) await identity(ip, plan, problems);
    const input = (at: number) => ({
      ip,
      at,
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
    const parse = (at: number) =>
      normalize(input(at)).catch((error: unknown) =>
        offlineReading(ip, at, `parse failed: ${(error as Error).message}`),
      );
    let reading = await parse(now());
    // A reboot (uptime went back) may come with a swapped control board: read identity again.
    const rebooted =
      !first && reading.uptimeS !== null && plan.uptimeS !== null && reading.uptimeS < plan.uptimeS;
    if (rebooted && options.cgi) {
      await identity(ip, plan, problems);
      reading = await parse(reading.at);
    }
    return { reading };
  }

  return {
    async read(ip: string): Promise<ReadOutcome> {
      const known = plans.get(ip);
      const plan: Plan = known ?? {
        commands: FIRST_READ,
        multi: true,
        identity: null,
        identityAt: 0,
        uptimeS: null,
        model: null,
      };
      let out = await readWith(ip, plan, !known);
      if ('absent' in out) return out;
      plans.set(ip, plan);
      if (!known) {
        // The first read tells the firmware; Braiins and Whatsminer keep their boards in other
        // commands, so read those at once rather than a sweep later.
        // Their model is in `devdetails`: asked once, then kept as a hint.
        const commands = BY_FIRMWARE[out.reading.firmware];
        if (commands) {
          plan.commands = [...commands, 'devdetails'];
          out = await readWith(ip, plan, false);
          if ('absent' in out) return out;
        }
        plan.commands = commands ?? USUAL;
      }
      plan.uptimeS = out.reading.uptimeS;
      if (out.reading.model) plan.model = out.reading.model;
      return out;
    },
    forget(ip: string) {
      plans.delete(ip);
    },
  };
}
