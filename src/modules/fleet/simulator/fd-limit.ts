import { readFileSync } from 'node:fs';
import { AppError } from '../../../platform/errors.js';

/** Open-file limits of this process from /proc/self/limits (null where there is no /proc). */
export function openFileLimit(
  text: string | null = readProc(),
): { soft: number; hard: number } | null {
  if (text === null) return null;
  const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(text);
  if (!m) return null;
  const n = (v: string) => (v === 'unlimited' ? Number.POSITIVE_INFINITY : Number(v));
  return { soft: n(m[1]!), hard: n(m[2]!) };
}

function readProc(): string | null {
  try {
    return readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return null;
  }
}

/** File descriptors kept free for accepted connections, stdio, the control server and Node. */
export const FD_HEADROOM = 512;

/**
 * Fail with one clear line when `listeners` sockets (plus headroom) do not fit the soft limit.
 * Raise it as root with `ulimit -n 100000` in the shell that starts the simulator, or
 * `prlimit --pid <pid> --nofile=100000:100000`; without CAP_SYS_RESOURCE the hard limit caps it,
 * and the fleet must then be split across processes (`shard`).
 */
export function assertFdBudget(listeners: number, miners: number, limits = openFileLimit()): void {
  if (limits === null) return;
  const need = listeners + FD_HEADROOM;
  if (need <= limits.soft) return;
  const perMiner = Math.round(listeners / Math.max(1, miners));
  throw new AppError(
    'unavailable',
    'SIM_FD_LIMIT',
    `${miners} miners need ${need} open files (${perMiner} listener(s) each + ${FD_HEADROOM} spare) but ulimit -n is ${limits.soft} (hard ${limits.hard}); ` +
      `raise it as root with \`ulimit -n 100000\` (or \`prlimit --pid <pid> --nofile=100000:100000\`), ` +
      `or use --no-cgi, fewer miners, or split the fleet with --shard k/n`,
  );
}
