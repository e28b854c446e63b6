import { systemActor } from '../platform/authz.js';
import {
  FAULT_LABELS,
  faultFigure,
  type FaultEpisodeRow,
  type FleetModule,
} from '../modules/fleet/index.js';
import type { ProductionModule } from '../modules/production/index.js';
import type { WarrantyService } from '../modules/service/index.js';

type WarrantyLine = Awaited<ReturnType<WarrantyService['lookup']>>['items'][number];

interface SnapshotBoard {
  index: number;
  serial: string | null;
  chips: number;
  rateThs: number;
}

/** One line on what was found, for the draft's list and the RMA's note. */
export function summaryOf(e: FaultEpisodeRow, w: Pick<WarrantyLine, 'eligibility' | 'endsOn'>) {
  const where = e.part === 'machine' ? '' : ` (${e.part.replace(':', ' ')})`;
  return `${FAULT_LABELS[e.fault]}${where} on ${e.unitSerial} ${e.model ?? ''}: ${faultFigure(e.fault, e.worst, e.threshold)}; warranty ${w.eligibility.replace(/_/g, ' ')} to ${w.endsOn}.`.replace(
    /\s+/g,
    ' ',
  );
}

/**
 * What a repair draft carries so nobody has to ask the customer for screenshots: the episodes
 * open on the machine, what it reported when the fault opened, the unit's burn-in beside it
 * board by board, the board serials read against those fitted here, the warranty status, and
 * any warranty-relevant conditions recorded (shown for people to judge, never applied).
 */
export async function evidenceOf(
  deps: { fleet: FleetModule; production: ProductionModule },
  e: FaultEpisodeRow,
  warranty: WarrantyLine,
) {
  const system = systemActor('fault-to-ticket');
  const episodes = await deps.fleet.healthQueries.openEpisodes({
    siteId: e.siteId,
    machineId: e.machineId,
  });
  const snapshot = JSON.parse(e.snapshot) as {
    hashrate: { ths5s: number | null; thsAvg: number | null };
    boards: SnapshotBoard[];
  };
  const ids = deps.production.identities;
  const birth = e.unitId ? ((await ids.birthCertificates([e.unitId])).get(e.unitId) ?? null) : null;
  const fitted = e.unitSerial
    ? ((await ids.bySerials([e.unitSerial])).get(e.unitSerial)?.boardSerials ?? [])
    : [];
  const fieldThs = snapshot.hashrate.ths5s ?? snapshot.hashrate.thsAvg;
  return {
    episodes: episodes.map((x) => ({
      id: x.id,
      fault: x.fault,
      part: x.part,
      since: x.since,
      openedAt: x.openedAt,
      worst: x.worst,
      threshold: x.threshold,
    })),
    snapshot,
    burnIn: birth && {
      testedAt: birth.testedAt,
      hashrateThs: birth.hashrateThs,
      fieldThs,
      fieldShareBp: fieldThs === null ? null : Math.round((fieldThs * 10_000) / birth.hashrateThs),
      boards: snapshot.boards.map((b) => {
        const born = birth.boards.find((x) => x.serial !== null && x.serial === b.serial);
        return {
          index: b.index,
          serial: b.serial,
          fieldThs: b.rateThs,
          fieldChips: b.chips,
          burnInThs: born?.hashrateThs ?? null,
          burnInChips: born?.chips ?? null,
        };
      }),
    },
    boardSerials: {
      read: snapshot.boards.flatMap((b) => (b.serial ? [b.serial] : [])),
      fitted,
    },
    warranty: {
      eligibility: warranty.eligibility,
      state: warranty.state,
      startsOn: warranty.startsOn,
      endsOn: warranty.endsOn,
      daysLeft: warranty.daysLeft,
      doa: warranty.doa,
      voids: warranty.voids,
    },
    warrantyEvidence: await deps.fleet.healthQueries.evidence(system, { machineId: e.machineId }),
  };
}
