import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import type { CustomsService } from './customs.service.js';
import { RECEIVERS, SETTINGS_EDITORS, type DeliveryService } from './delivery.service.js';
import { DOCUMENTS, serialCsv, shipmentPdf } from './documents.js';
import type { KpiService } from './kpi.service.js';
import { CUSTOMS_DESK, SHIPPERS } from './logistics.deps.js';
import {
  arrivalInput,
  checkpointInput,
  entryInput,
  holdEndInput,
  holdInput,
  holdRow,
  installedBaseQuery,
  installedBaseSchema,
  kpiQuery,
  kpiSchema,
  laneRiskRow,
  receiptInput,
  releaseInput,
  settingsSchema,
  shipmentDetail,
  shipmentFilter,
  shipmentInput,
  shipmentSummary,
} from './logistics.schemas.js';
import type { ShipmentBooking } from './shipment.booking.js';
import { SHIPMENT_READERS, type ShipmentQueries } from './shipment.queries.js';

/** Shipments and their timeline, customs entries and holds, delivery, documents and KPIs. */
export function logisticsRoutes(services: {
  booking: ShipmentBooking;
  queries: ShipmentQueries;
  customs: CustomsService;
  delivery: DeliveryService;
  kpis: KpiService;
}) {
  const { booking, queries, customs, delivery, kpis } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['logistics'];
    const readers = { access: { roles: SHIPMENT_READERS } };
    const staff = { access: { roles: STAFF_ROLES } };

    app.get(
      '/api/v1/shipments',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Shipments, newest first (a customer sees its own)',
          querystring: shipmentFilter,
          response: { 200: z.object({ items: z.array(shipmentSummary) }), ...problems },
        },
      },
      async (request) => ({ items: await queries.list(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/shipments',
      {
        config: { access: { roles: SHIPPERS } },
        schema: {
          tags,
          summary:
            'Ship units of an order: picked by serial from finished goods (plant) or listed (import)',
          body: shipmentInput,
          response: { 201: shipmentDetail, ...problems },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const shipment = await booking.book(actor, request.body);
        return reply.code(201).send(await queries.get(actor, shipment.id));
      },
    );
    app.get(
      '/api/v1/shipments/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'A shipment with its pallets, serials, timeline and holds',
          params: idParams,
          response: { 200: shipmentDetail, ...problems },
        },
      },
      async (request) => queries.get(actorOf(request), request.params.id),
    );

    /** The customs and carrier steps: each answers with the shipment as it now stands. */
    const steps = [
      [
        'checkpoints',
        'Add a carrier checkpoint to the timeline',
        checkpointInput,
        SHIPPERS,
        customs.checkpoint,
      ],
      [
        'arrival',
        'An import reached its port of entry',
        arrivalInput,
        CUSTOMS_DESK,
        customs.arrive,
      ],
      [
        'customs-entry',
        'File the customs entry (duty by program at the entry date)',
        entryInput,
        CUSTOMS_DESK,
        customs.fileEntry,
      ],
      [
        'holds',
        'Customs holds the shipment (exam, other agency, origin review)',
        holdInput,
        CUSTOMS_DESK,
        customs.openHold,
      ],
      [
        'holds/end',
        'The open hold ends (released if the entry is filed)',
        holdEndInput,
        CUSTOMS_DESK,
        customs.endHold,
      ],
      ['release', 'Customs releases the shipment', releaseInput, CUSTOMS_DESK, customs.release],
    ] as const;
    for (const [path, summary, body, roles, run] of steps)
      app.post(
        `/api/v1/shipments/:id/${path}`,
        {
          config: { access: { roles } },
          schema: {
            tags,
            summary,
            params: idParams,
            body,
            response: { 200: shipmentDetail, ...problems },
          },
        },
        async (request) => {
          const actor = actorOf(request);
          // Each step's body is checked by its own schema above.
          await (run as (a: typeof actor, k: string, b: unknown) => Promise<unknown>)(
            actor,
            request.params.id,
            request.body,
          );
          return queries.get(actor, request.params.id);
        },
      );

    app.post(
      '/api/v1/shipments/:id/receipts',
      {
        config: { access: { roles: RECEIVERS } },
        schema: {
          tags,
          summary: 'Confirm receipt of serials at the site (all outstanding when none are listed)',
          params: idParams,
          body: receiptInput,
          response: {
            200: z.object({
              shipment: z.string(),
              received: z.number().int(),
              outstanding: z.number().int(),
              status: z.string(),
            }),
            ...problems,
          },
        },
      },
      async (request) => delivery.receive(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/shipments/:id/documents/:document',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Packing list, commercial invoice or delivery note as PDF',
          params: idParams.extend({ document: z.enum(DOCUMENTS) }),
          produces: ['application/pdf'],
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const shipment = await queries.get(actorOf(request), request.params.id);
        const pdf = await shipmentPdf(request.params.document, shipment);
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="${shipment.number}-${request.params.document}.pdf"`,
          )
          .send(pdf);
      },
    );
    app.get(
      '/api/v1/shipments/:id/serials.csv',
      {
        config: readers,
        schema: {
          tags,
          summary: 'The serial list as CSV',
          params: idParams,
          produces: ['text/csv'],
          response: { 200: z.string(), ...problems },
        },
      },
      async (request, reply) => {
        const shipment = await queries.get(actorOf(request), request.params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${shipment.number}-serials.csv"`)
          .send(serialCsv(shipment));
      },
    );

    app.get(
      '/api/v1/customs-holds',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Customs holds with units, days and holding cost so far',
          querystring: z.strictObject({ open: z.enum(['true', 'false']).optional() }),
          response: { 200: z.object({ items: z.array(holdRow) }), ...problems },
        },
      },
      async (request) => ({
        items: await customs.holds(actorOf(request), { open: request.query.open === 'true' }),
      }),
    );
    app.get(
      '/api/v1/logistics/lane-risk',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Customs-hold risk per import lane, learned from recorded holds',
          response: { 200: z.object({ items: z.array(laneRiskRow) }), ...problems },
        },
      },
      async () => ({
        items: [...(await customs.laneRisk()).entries()].map(([source, r]) => ({ source, ...r })),
      }),
    );
    app.get(
      '/api/v1/installed-base',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Delivered units by site with their warranty (a customer sees its own)',
          querystring: installedBaseQuery,
          response: { 200: installedBaseSchema, ...problems },
        },
      },
      async (request) => delivery.installedBase(actorOf(request), request.query),
    );
    app.get(
      '/api/v1/logistics/kpis',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Lead time US-built vs imported, on-time-in-full, customs holds, duties',
          querystring: kpiQuery,
          response: { 200: kpiSchema, ...problems },
        },
      },
      async (request) => kpis.kpis(actorOf(request), request.query),
    );
    app.get(
      '/api/v1/logistics/settings',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Logistics settings',
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => delivery.settings(actorOf(request)),
    );
    app.put(
      '/api/v1/logistics/settings',
      {
        config: { access: { roles: SETTINGS_EDITORS } },
        schema: {
          tags,
          summary: 'Set the default warranty term given at delivery',
          body: settingsSchema,
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => delivery.updateSettings(actorOf(request), request.body),
    );
  };
}
