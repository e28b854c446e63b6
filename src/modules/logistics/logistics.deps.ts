import type { Actor } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { EventBus } from '../../platform/events/events.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { ProductionModule } from '../production/index.js';
import type { SalesModule } from '../sales/index.js';
import type { TradeModule } from '../trade/index.js';
import type { EventKind, LogisticsTables } from './logistics.tables.js';

/** What the logistics services are built from: the platform and the modules upstream. */
export interface LogisticsDeps {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  catalog: Pick<CatalogService, 'getModel'>;
  trade: Pick<TradeModule, 'entries' | 'sourcing'>;
  production: Pick<ProductionModule, 'dispatch'>;
  sales: Pick<SalesModule, 'orders' | 'customers' | 'sources' | 'fulfilment' | 'directory'>;
}

/** Supply sources as sales lists them. */
export type SourceRow = Awaited<ReturnType<LogisticsDeps['sales']['sources']['list']>>[number];

/** Who books shipments and keeps their timeline. */
export const SHIPPERS = ['logistics'] as const;
/** Who records customs events: the logistics desk and trade compliance. */
export const CUSTOMS_DESK = ['logistics', 'trade'] as const;

/** Adds a line to a shipment's timeline, inside the caller's transaction. */
export async function addEvent(
  trx: AnyDb,
  deps: Pick<LogisticsDeps, 'clock'>,
  actor: Actor,
  event: {
    shipmentId: string;
    kind: EventKind;
    happenedOn: string;
    location?: string | null | undefined;
    note?: string | null | undefined;
  },
) {
  await tablesOf<LogisticsTables>(trx)
    .insertInto('logisticsShipmentEvents')
    .values({
      id: newId(),
      shipmentId: event.shipmentId,
      kind: event.kind,
      happenedOn: event.happenedOn,
      location: event.location ?? null,
      note: event.note ?? null,
      recordedBy: actor.id ?? actor.label,
      recordedAt: deps.clock.now(),
    })
    .execute();
}

export const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The nearest-rank quantile of an ascending, non-empty list. */
export const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
