import type { MatchedBy } from './fleet.tables.js';

/** What a reading says about who the machine is. */
export interface IdentityClues {
  unitSerial: string | null;
  mac: string | null;
  boardSerials: readonly string[];
}

/** What the books know: units built here and what is fitted in them, MACs learned before. */
export interface KnownUnits {
  units: ReadonlyMap<string, { unitId: string; componentSerials: readonly string[] }>;
  unitSerialByMac: ReadonlyMap<string, string>;
  unitSerialByComponent: ReadonlyMap<string, string>;
}

export interface UnitMatch {
  unitId: string;
  serial: string;
  by: MatchedBy;
  /** Board serials read that are not fitted in that unit by the books: swapped in the field. */
  swappedBoards: string[];
}

/**
 * Which unit built here a reading belongs to: by the unit serial it reports, else by a MAC seen
 * before on a matched machine, else by the unit most of its board serials are fitted in.
 * Null for machines not built here (or not identifiable): they are listed as unknown.
 */
export function matchReading(clues: IdentityClues, known: KnownUnits): UnitMatch | null {
  let serial: string | null = null;
  let by: MatchedBy | null = null;
  if (clues.unitSerial && known.units.has(clues.unitSerial)) {
    serial = clues.unitSerial;
    by = 'serial';
  } else if (clues.mac && known.unitSerialByMac.has(clues.mac)) {
    serial = known.unitSerialByMac.get(clues.mac)!;
    by = 'mac';
  } else {
    const votes = new Map<string, number>();
    for (const b of clues.boardSerials) {
      const owner = known.unitSerialByComponent.get(b);
      if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
    let best = 0;
    for (const [owner, n] of votes)
      if (n > best || (n === best && serial !== null && owner < serial)) {
        serial = owner;
        best = n;
      }
    if (serial) by = 'board';
  }
  const unit = serial ? known.units.get(serial) : undefined;
  if (!serial || !by || !unit) return null;
  const fitted = new Set(unit.componentSerials);
  return {
    unitId: unit.unitId,
    serial,
    by,
    swappedBoards: clues.boardSerials.filter((b) => !fitted.has(b)),
  };
}

/** The identity a machine is stored under at its site (see fleet_machines.identity_key). */
export function identityKey(clues: { mac: string | null; unitSerial: string | null; ip: string }) {
  if (clues.mac) return clues.mac;
  if (clues.unitSerial) return `sn:${clues.unitSerial}`;
  return `ip:${clues.ip}`;
}

/** A stable summary of the clues: matching runs again only when it changes. */
export function cluesFingerprint(clues: IdentityClues): string {
  const boards = clues.boardSerials.length ? [...clues.boardSerials].sort().join(',') : '';
  return `${clues.unitSerial ?? ''}|${clues.mac ?? ''}|${boards}`;
}
