import type { Actor } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { EventBus } from '../../platform/events/events.js';
import type { FileStorage } from '../../platform/files/file-storage.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { LogisticsModule } from '../logistics/index.js';
import type { ProductionModule } from '../production/index.js';
import type { SalesModule } from '../sales/index.js';
import type { InventoryService, Origins } from '../supply/index.js';
import type { RmaStatus, ServiceTables } from './service.tables.js';

/** What the service module is built from: the platform and every module upstream. */
export interface ServiceDeps {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  files: FileStorage;
  catalog: Pick<
    CatalogService,
    'getModel' | 'listModels' | 'explosion' | 'listParts' | 'getPart' | 'partsById' | 'bomWorld'
  >;
  inventory: Pick<InventoryService, 'balances' | 'serials' | 'listLocations'>;
  origins: Origins;
  production: {
    repairs: ProductionModule['repairs'];
    qcSettings: Pick<ProductionModule['qcSettings'], 'thresholds'>;
  };
  sales: Pick<SalesModule, 'customers' | 'directory'>;
  logistics: {
    delivery: Pick<LogisticsModule['delivery'], 'bySerials'>;
    repairShipments: LogisticsModule['repairShipments'];
    installedBase: LogisticsModule['installedBase'];
  };
}

/** The depot's bench: receive, diagnose, repair, retest. */
export const DEPOT = ['technician'] as const;
/** Who handles RMAs for customers: approve, reject, open one on a customer's behalf. */
export const SERVICE_DESK = ['technician', 'sales', 'logistics'] as const;
/** Who ships machines back. */
export const SHIPPERS_BACK = ['technician', 'logistics'] as const;
/** Who sets warranty policy and service tiers. */
export const POLICY_EDITORS = ['technician', 'sales'] as const;

/** Writes one line of an RMA's timeline inside the caller's transaction. */
export async function addRmaEvent(
  trx: AnyDb,
  actor: Actor,
  event: {
    rmaId: string;
    rmaUnitId?: string | null;
    from: RmaStatus | null;
    to: RmaStatus | string;
    note?: string | null;
    at: number;
  },
) {
  await tablesOf<ServiceTables>(trx)
    .insertInto('serviceRmaEvents')
    .values({
      id: newId(),
      rmaId: event.rmaId,
      rmaUnitId: event.rmaUnitId ?? null,
      fromStatus: event.from,
      toStatus: event.to,
      note: event.note ?? null,
      at: event.at,
      by: actor.id ?? actor.label,
    })
    .execute();
}

/** Rows of `table` whose `column` is in `values`, read 500 at a time (bound-parameter limits). */
export async function inChunks<T>(
  values: readonly string[],
  read: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += 500) out.push(...(await read(unique.slice(i, i + 500))));
  return out;
}
