import { createHash } from 'node:crypto';
import type { IdentityClues } from './matching.engine.js';
import type { MinerReading } from './reading.js';

/** How ingest names machines and decides what of a reading is worth writing. */

export function ipNumber(ip: string): number {
  const p = ip.split('.');
  if (p.length !== 4) return 0;
  return p.reduce((n, octet) => n * 256 + (Number(octet) & 255), 0);
}

/** Deterministic, so a batch retried after a crash writes history under the same machine. */
export function machineIdOf(siteId: string, key: string): string {
  return `m_${createHash('sha1').update(`${siteId}\n${key}`).digest('hex').slice(0, 24)}`;
}

export function cluesOf(r: MinerReading): IdentityClues {
  return {
    unitSerial: r.unitSerial,
    mac: r.mac,
    boardSerials: r.boards.flatMap((b) => (b.serial ? [b.serial] : [])),
  };
}

/** A whole reading (a kilobyte) is kept this often, or at once when its gist changes. */
export const KEEP_READING_EVERY_MS = 5 * 60_000;

/** What, if it changes, makes a reading worth keeping at once. */
export function gistOf(r: MinerReading): string {
  let gist = `${r.fansRpm.length};${r.firmwareVersion ?? ''};${r.problems.join('|')};`;
  for (const b of r.boards) gist += `${b.index}:${b.serial ?? ''}:${b.chips},`;
  for (const p of r.pools) gist += p.status[0];
  return gist;
}

export function descriptorOf(r: MinerReading): string {
  return [r.ip, r.hostname, r.make, r.model, r.firmware, r.firmwareVersion].join('|');
}
