import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { Seeder } from '../../platform/demo/seeder.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import { createCatalogRepo } from './catalog.repo.js';
import { createCatalogService, LOADED_WAGE_KEY } from './catalog.service.js';
import {
  ASSUMED_COSTS_CENTS as COST,
  ASSUMED_LABOUR_MINUTES,
  ASSUMED_LOADED_WAGE_CENTS_PER_HOUR,
  SEED_MODELS,
} from './seed/models.js';

const slug = (name: string) =>
  name
    .replace(/^Antminer /, '')
    .replace(/\+/g, 'PLUS')
    .replace(/\s+/g, '-')
    .toUpperCase();

/**
 * The demo catalog: every model of miners.md, and for each Antminer model whose boards and chips
 * are known, parts and a two-level BOM (unit ← hashboards ← chips) that can be exploded and costed.
 */
export function catalogSeeder(deps: { clock: Clock; audit: AuditLog; events: EventBus }): Seeder {
  return {
    name: 'catalog.models',
    version: 1,
    async run(ctx) {
      const repo = createCatalogRepo(ctx.db);
      const catalog = createCatalogService({ ...deps, db: ctx.db });
      const now = ctx.clock.now();
      const from = ctx.dateFromToday(-365);
      await repo.upsertSetting(
        LOADED_WAGE_KEY,
        ASSUMED_LOADED_WAGE_CENTS_PER_HOUR,
        'cents/hour',
        'US assembler, loaded (assumption from logistics.md)',
        now,
      );

      const shared = async (
        partNumber: string,
        name: string,
        kind: Parameters<typeof catalog.createPart>[1]['kind'],
        tracking: 'serial' | 'lot' | 'none',
        cost: number | null,
        hts: string | null,
        origin: string,
      ) =>
        (await repo.partByIdOrNumber(partNumber)) ??
        (await catalog.createPart(ctx.actor, {
          partNumber,
          name,
          kind,
          tracking,
          standardCostCents: cost,
          htsCode: hts,
          defaultOrigin: origin,
          note: cost === null ? null : 'Cost is an assumption',
        }));

      const controlBoard = await shared(
        'CB-AM-2023',
        'Control board (Antminer, 2023+)',
        'control_board',
        'serial',
        COST.controlBoard,
        '8473.30.1180',
        'CN',
      );
      const fan = await shared(
        'FAN-12038',
        'Fan 120 × 38 mm',
        'fan',
        'none',
        COST.fan,
        '8414.59.6590',
        'CN',
      );
      const cables = await shared(
        'CABLE-SET',
        'Internal cable set',
        'cable',
        'none',
        COST.cableSet,
        '8544.42.9090',
        'CN',
      );
      const packaging = await shared(
        'PKG-AIR',
        'Carton and foam, air-cooled unit',
        'packaging',
        'none',
        COST.packaging,
        null,
        'US',
      );

      let withBom = 0;
      for (const m of SEED_MODELS) {
        const code = slug(m.name);
        let unitPartId: string | null = null;
        const buildable =
          m.maker === 'Bitmain' &&
          m.chip !== null &&
          m.chipsPerBoard !== null &&
          COST.chip[m.chip] !== undefined;
        if (buildable) {
          const chip = await shared(
            m.chip!,
            `ASIC ${m.chip}`,
            'asic_chip',
            'lot',
            COST.chip[m.chip!]!,
            '8542.31.0000',
            'TW',
          );
          const pcb = await shared(
            `PCB-${code}`,
            `Hashboard PCB, ${m.name}`,
            'hashboard_pcb',
            'lot',
            COST.hashboardPcb,
            '8473.30.1180',
            'CN',
          );
          const cooling =
            m.cooling === 'water'
              ? await shared(
                  `PLATE-${code}`,
                  `Water plate, ${m.name}`,
                  'water_plate',
                  'none',
                  COST.waterPlate,
                  '7616.99.5190',
                  'CN',
                )
              : await shared(
                  `HS-${code}`,
                  `Heatsink set, ${m.name}`,
                  'heatsink',
                  'none',
                  COST.heatsinkSet,
                  '7616.99.5190',
                  'CN',
                );
          // Built here, so no standard cost: its cost is rolled up from its BOM.
          const board = await shared(
            `HB-${code}`,
            `Hashboard, ${m.name}`,
            'hashboard',
            'serial',
            null,
            null,
            'US',
          );
          const chassis = await shared(
            `CH-${code}`,
            `Chassis, ${m.name}`,
            'chassis',
            'none',
            COST.chassis,
            '7616.99.5190',
            'CN',
          );
          const unit = await catalog.createPart(ctx.actor, {
            partNumber: `UNIT-${code}`,
            name: m.name,
            kind: 'miner_unit',
            tracking: 'serial',
            htsCode: '8543.70.9860',
            defaultOrigin: 'US',
          });
          unitPartId = unit.id;
          await catalog.addRevision(ctx.actor, board.id, {
            revision: 'A',
            effectiveFrom: from,
            labourMinutes: ASSUMED_LABOUR_MINUTES.hashboard,
            lines: [
              { component: chip.id, quantity: m.chipsPerBoard! },
              { component: pcb.id, quantity: 1 },
              { component: cooling.id, quantity: 1 },
            ],
          });
          const lines = [
            { component: board.id, quantity: m.boards },
            { component: controlBoard.id, quantity: 1 },
            { component: chassis.id, quantity: 1 },
            { component: cables.id, quantity: 1 },
            { component: packaging.id, quantity: 1 },
          ];
          if (m.cooling === 'air') {
            const psu = await shared(
              `PSU-${m.psu ?? 'APW17'}`,
              `Power supply ${m.psu ?? 'APW17'}`,
              'psu',
              'serial',
              COST.psu,
              '8504.40.9580',
              'CN',
            );
            lines.push(
              { component: psu.id, quantity: 1 },
              { component: fan.id, quantity: m.fans ?? 4 },
            );
          }
          await catalog.addRevision(ctx.actor, unit.id, {
            revision: 'A',
            effectiveFrom: from,
            labourMinutes: ASSUMED_LABOUR_MINUTES.unit,
            lines,
          });
          withBom += 1;
        }
        await repo.insertModel({
          id: newId(),
          name: m.name,
          maker: m.maker,
          hashrateThs: m.hashrateThs,
          powerW: m.powerW,
          efficiencyJthX100: Math.round(m.efficiencyJth * 100),
          cooling: m.cooling,
          boards: m.boards,
          chipsPerBoard: m.chipsPerBoard,
          chip: m.chip,
          fans: m.fans,
          psu: m.psu,
          weightG: m.weightKg === null ? null : Math.round(m.weightKg * 1000),
          released: m.released,
          unitPartId,
          uncertainFields: JSON.stringify(m.uncertain),
          note: m.note ?? null,
          createdAt: now,
          updatedAt: now,
        });
      }
      ctx.log(`${SEED_MODELS.length} miner models, ${withBom} with costed BOMs`);
    },
  };
}
