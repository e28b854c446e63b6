import type { CatalogService } from '../catalog/index.js';
import { systemActor } from '../../platform/authz.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { BoardReading } from './burn-in.engine.js';
import type { ProductionTables } from './production.tables.js';

export interface UnitIdentity {
  unitId: string;
  serial: string;
  modelName: string;
  /** Serials of the components fitted now (hashboards, PSU, control board). */
  componentSerials: string[];
  /** Of those, the hashboards' (as fitted). */
  boardSerials: string[];
}

/** What a unit did in its passing burn-in here (rates TH/s, temperatures °C). */
export interface BirthCertificate {
  testedAt: number;
  hashrateThs: number;
  powerW: number;
  maxChipTempC: number;
  /** The slowest fan while under load (0: water-cooled). */
  minFanRpm: number;
  boards: {
    index: number;
    serial: string | null;
    hashrateThs: number;
    chips: number;
    maxChipTempC: number;
  }[];
}

const CHUNK = 500;

/**
 * Who a machine seen in the field is, for fleet telemetry: units built here by serial, and the
 * unit each component serial (a hashboard's, say) is fitted in now. Repairs keep the genealogy
 * current, so a board swapped by the depot is not mistaken for a board swapped in the field.
 */
export function createUnitIdentities(deps: { db: AnyDb; catalog: CatalogService }) {
  const t = tablesOf<ProductionTables>(deps.db);

  async function componentsOf(unitIds: string[]) {
    const rows: {
      parentUnitId: string;
      componentSerial: string | null;
      componentPartId: string;
    }[] = [];
    for (let i = 0; i < unitIds.length; i += CHUNK)
      rows.push(
        ...(await t
          .selectFrom('productionGenealogy')
          .select(['parentUnitId', 'componentSerial', 'componentPartId'])
          .where('parentUnitId', 'in', unitIds.slice(i, i + CHUNK))
          .where('removedAt', 'is', null)
          .where('componentSerial', 'is not', null)
          .orderBy('installedAt')
          .orderBy('id')
          .execute()),
      );
    const parts = await deps.catalog.partsById(systemActor('production'), [
      ...new Set(rows.map((r) => r.componentPartId)),
    ]);
    const out = new Map<string, { componentSerials: string[]; boardSerials: string[] }>();
    for (const r of rows) {
      let fitted = out.get(r.parentUnitId);
      if (!fitted) out.set(r.parentUnitId, (fitted = { componentSerials: [], boardSerials: [] }));
      fitted.componentSerials.push(r.componentSerial!);
      if (parts.get(r.componentPartId)?.kind === 'hashboard')
        fitted.boardSerials.push(r.componentSerial!);
    }
    return out;
  }

  return {
    /** Finished units by serial; serials not built here are absent from the map. */
    async bySerials(serials: readonly string[]): Promise<Map<string, UnitIdentity>> {
      const units: { id: string; serial: string; modelName: string }[] = [];
      const wanted = [...new Set(serials)];
      for (let i = 0; i < wanted.length; i += CHUNK) {
        units.push(
          ...(await t
            .selectFrom('productionUnits')
            .select(['id', 'serial', 'modelName'])
            .where('serial', 'in', wanted.slice(i, i + CHUNK))
            .where('kind', '=', 'unit')
            .execute()),
        );
      }
      const components = await componentsOf(units.map((u) => u.id));
      return new Map(
        units.map((u) => [
          u.serial,
          {
            unitId: u.id,
            serial: u.serial,
            modelName: u.modelName,
            componentSerials: components.get(u.id)?.componentSerials ?? [],
            boardSerials: components.get(u.id)?.boardSerials ?? [],
          },
        ]),
      );
    },

    /**
     * Each unit's birth certificate: its latest passing burn-in (a depot retest after a repair
     * is a new one), the baseline its health in the field is compared with.
     */
    async birthCertificates(unitIds: readonly string[]): Promise<Map<string, BirthCertificate>> {
      const out = new Map<string, BirthCertificate>();
      const wanted = [...new Set(unitIds)];
      for (let i = 0; i < wanted.length; i += CHUNK) {
        const rows = await t
          .selectFrom('productionBurnIn')
          .select([
            'unitId',
            'testedAt',
            'hashrateGhs',
            'powerW',
            'maxChipTempC',
            'minFanRpm',
            'boards',
          ])
          .where('unitId', 'in', wanted.slice(i, i + CHUNK))
          .where('result', '=', 'pass')
          .orderBy('testedAt', 'desc')
          .execute();
        for (const r of rows) {
          // Newest first: only each unit's latest passing run is read.
          if (out.has(r.unitId)) continue;
          const boards = JSON.parse(r.boards) as BoardReading[];
          out.set(r.unitId, {
            testedAt: r.testedAt,
            hashrateThs: r.hashrateGhs / 1000,
            powerW: r.powerW,
            maxChipTempC: r.maxChipTempC,
            minFanRpm: r.minFanRpm,
            boards: boards.map((b) => ({
              index: b.index,
              serial: b.serial,
              hashrateThs: b.hashrateGhs / 1000,
              chips: b.chipsFound,
              maxChipTempC: b.maxChipTempC,
            })),
          });
        }
      }
      return out;
    },

    /** The serial of the unit each component serial is fitted in now. */
    async unitSerialsOfComponents(componentSerials: readonly string[]) {
      const out = new Map<string, string>();
      const wanted = [...new Set(componentSerials)];
      for (let i = 0; i < wanted.length; i += CHUNK) {
        const rows = await t
          .selectFrom('productionGenealogy as g')
          .innerJoin('productionUnits as u', 'u.id', 'g.parentUnitId')
          .select(['g.componentSerial', 'u.serial'])
          .where('g.componentSerial', 'in', wanted.slice(i, i + CHUNK))
          .where('g.removedAt', 'is', null)
          .where('u.kind', '=', 'unit')
          .execute();
        for (const r of rows) out.set(r.componentSerial!, r.serial);
      }
      return out;
    },
  };
}

export type UnitIdentities = ReturnType<typeof createUnitIdentities>;
