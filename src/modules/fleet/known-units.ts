import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { UnitIdentities } from '../production/index.js';
import type { FleetTables } from './fleet.tables.js';
import type { IdentityClues, KnownUnits } from './matching.engine.js';

const CHUNK = 500;

/**
 * What the books know about identities seen in readings: units built here by serial, MACs
 * learned on machines matched before, and the units board serials are fitted in — the facts
 * `matchReading` decides with, fetched in a few bulk reads for a whole batch.
 */
export function createKnownUnits(deps: { db: AnyDb; identities: UnitIdentities }) {
  const db = tablesOf<FleetTables>(deps.db);
  /** What the books know about the identities in `clues` (units, learned MACs, boards). */
  return async function knownUnits(clues: IdentityClues[]): Promise<KnownUnits> {
    const serials = clues.flatMap((c) => (c.unitSerial ? [c.unitSerial] : []));
    const units = new Map(await deps.identities.bySerials(serials));
    const rest = clues.filter((c) => !c.unitSerial || !units.has(c.unitSerial));
    const macs = rest.flatMap((c) => (c.mac ? [c.mac] : []));
    const unitSerialByMac = new Map<string, string>();
    for (let i = 0; i < macs.length; i += CHUNK) {
      const rows = await db
        .selectFrom('fleetMachines')
        .select(['mac', 'matchedSerial'])
        .where('mac', 'in', macs.slice(i, i + CHUNK))
        .where('matchedBy', 'in', ['serial', 'board'])
        .execute();
      for (const r of rows) unitSerialByMac.set(r.mac!, r.matchedSerial!);
    }
    const boards = rest
      .filter((c) => !(c.mac && unitSerialByMac.has(c.mac)))
      .flatMap((c) => c.boardSerials);
    const unitSerialByComponent = await deps.identities.unitSerialsOfComponents(boards);
    const more = [...unitSerialByMac.values(), ...unitSerialByComponent.values()].filter(
      (s) => !units.has(s),
    );
    for (const [s, u] of await deps.identities.bySerials(more)) units.set(s, u);
    return { units, unitSerialByMac, unitSerialByComponent };
  };
}
