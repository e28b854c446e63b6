import type { Actor } from '../../platform/authz.js';
import { requireAnyRole } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid } from '../../platform/errors.js';
import type { FleetTables } from './fleet.tables.js';
import type { Retention } from './store/telemetry-store.js';

/** Fleet settings with their defaults; rows in fleet_settings override them. */
export const FLEET_SETTINGS = {
  /** A machine not reported for this long counts as offline, whatever it said last. */
  stale_after_s: { value: 300, min: 30, max: 86_400 },
  /** A site whose collector has sent nothing for this long is reported silent. */
  silent_after_s: { value: 900, min: 120, max: 86_400 },
  raw_retention_days: { value: 3, min: 1, max: 90 },
  five_minute_retention_days: { value: 35, min: 1, max: 400 },
  hour_retention_days: { value: 400, min: 30, max: 3_650 },
} as const;
export type FleetSettingKey = keyof typeof FLEET_SETTINGS;
export type FleetSettings = Record<FleetSettingKey, number>;

export function createFleetSettings(deps: { db: AnyDb; clock: Clock; audit: AuditLog }) {
  const db = tablesOf<FleetTables>(deps.db);
  async function read(): Promise<FleetSettings> {
    const rows = await db.selectFrom('fleetSettings').select(['key', 'value']).execute();
    const out = Object.fromEntries(
      Object.entries(FLEET_SETTINGS).map(([k, d]) => [k, d.value]),
    ) as FleetSettings;
    for (const r of rows) if (r.key in FLEET_SETTINGS) out[r.key as FleetSettingKey] = r.value;
    return out;
  }
  return {
    read,
    async retention(): Promise<Retention> {
      const s = await read();
      return {
        rawDays: s.raw_retention_days,
        fiveMinuteDays: s.five_minute_retention_days,
        hourDays: s.hour_retention_days,
      };
    },
    async set(actor: Actor, key: FleetSettingKey, value: number) {
      requireAnyRole(actor, ['admin']);
      const rule = FLEET_SETTINGS[key];
      if (!Number.isInteger(value) || value < rule.min || value > rule.max)
        throw invalid(
          'FLEET_SETTING_OUT_OF_RANGE',
          `${key} must be a whole number from ${rule.min} to ${rule.max}.`,
        );
      const before = await read();
      await inTransaction(deps.db, async (trx) => {
        await tablesOf<FleetTables>(trx)
          .insertInto('fleetSettings')
          .values({ key, value, updatedAt: deps.clock.now() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: deps.clock.now() }))
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'fleet.setting.set',
          entityType: 'fleet_setting',
          entityId: key,
          before: { value: before[key] },
          after: { value },
        });
      });
      return read();
    },
  };
}

export type FleetSettingsService = ReturnType<typeof createFleetSettings>;
