import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { cursorQuery, limitQuery, problems } from '../../platform/http/schemas.js';
import type { createCountStock } from './commands/count-stock.js';
import {
  adjustInput,
  balanceSchema,
  countInput,
  countSchema,
  issueInput,
  locationInput,
  locationSchema,
  moveSchema,
  onHandSchema,
  reservationSchema,
  reserveInput,
  serialSchema,
  transferInput,
  valuationSchema,
} from './inventory.schemas.js';
import {
  HOLDERS,
  LOCATION_EDITORS,
  STOCK_WRITERS,
  type InventoryService,
} from './inventory.service.js';

const key = z.string().trim().min(1).max(100);

export function inventoryRoutes(
  inventory: InventoryService,
  countStock: ReturnType<typeof createCountStock>,
) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const writers = { access: { roles: STOCK_WRITERS } };
    const holders = { access: { roles: HOLDERS } };
    const tags = ['inventory'];
    const moved = z.object({ partNumber: z.string(), valueCents: z.number().int() }).loose();

    app.get(
      '/api/v1/inventory/locations',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Stock locations',
          response: { 200: z.object({ items: z.array(locationSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await inventory.listLocations(actorOf(request)) }),
    );
    app.post(
      '/api/v1/inventory/locations',
      {
        config: { access: { roles: LOCATION_EDITORS } },
        schema: {
          tags,
          summary: 'Add a stock location',
          body: locationInput,
          response: { 201: locationSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await inventory.createLocation(actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/inventory/balances',
      {
        config: staff,
        schema: {
          tags,
          summary: 'On-hand, reserved and available by part, location and lot',
          querystring: z.strictObject({
            part: key.optional(),
            location: key.optional(),
            nonZero: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
          }),
          response: { 200: z.object({ items: z.array(balanceSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await inventory.balances(actorOf(request), request.query) }),
    );

    app.get(
      '/api/v1/inventory/on-hand',
      {
        config: staff,
        schema: {
          tags,
          summary: 'One part’s on-hand, reserved and available, per location and in total',
          querystring: z.strictObject({ part: key }),
          response: { 200: onHandSchema, ...problems },
        },
      },
      async (request) => inventory.onHand(actorOf(request), request.query.part),
    );

    app.get(
      '/api/v1/inventory/serials',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Serials by part, location and status, in serial order',
          querystring: z.strictObject({
            part: key.optional(),
            location: key.optional(),
            status: z.enum(['in_stock', 'issued', 'shipped', 'scrapped']).optional(),
            limit: limitQuery,
          }),
          response: {
            200: z.object({ items: z.array(serialSchema.omit({ history: true })) }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await inventory.serials(actorOf(request), request.query) }),
    );

    app.get(
      '/api/v1/inventory/serials/:serial',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Where a serial is, and every move it made',
          params: z.strictObject({ serial: key }),
          response: { 200: serialSchema, ...problems },
        },
      },
      async (request) => inventory.serial(actorOf(request), request.params.serial),
    );

    app.get(
      '/api/v1/inventory/moves',
      {
        config: staff,
        schema: {
          tags,
          summary: 'The stock ledger, newest first',
          querystring: z.strictObject({
            part: key.optional(),
            location: key.optional(),
            serial: key.optional(),
            cursor: cursorQuery,
            limit: limitQuery,
          }),
          response: {
            200: z.object({ items: z.array(moveSchema), nextCursor: z.string().nullable() }),
            ...problems,
          },
        },
      },
      async (request) => inventory.moves(actorOf(request), request.query),
    );

    app.post(
      '/api/v1/inventory/transfers',
      {
        config: writers,
        schema: {
          tags,
          summary: 'Move stock between locations (a reservation travels with its stock)',
          body: transferInput,
          response: { 200: moved, ...problems },
        },
      },
      async (request) => inventory.transfer(actorOf(request), request.body),
    );
    app.post(
      '/api/v1/inventory/issues',
      {
        config: writers,
        schema: {
          tags,
          summary: 'Issue stock out of a location (to work, a repair, a kit)',
          body: issueInput,
          response: { 200: moved, ...problems },
        },
      },
      async (request) => inventory.issue(actorOf(request), request.body),
    );
    app.post(
      '/api/v1/inventory/adjustments',
      {
        config: writers,
        schema: {
          tags,
          summary: 'Adjust stock up or down with a reason code',
          body: adjustInput,
          response: { 200: moved, ...problems },
        },
      },
      async (request) => inventory.adjust(actorOf(request), request.body),
    );
    app.post(
      '/api/v1/inventory/counts',
      {
        config: writers,
        schema: {
          tags,
          summary: 'Post a cycle count: differences become moves',
          body: countInput,
          response: { 201: countSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await countStock(actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/inventory/reservations',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Reservations, newest first',
          querystring: z.strictObject({
            demand: key.optional(),
            status: z.enum(['open', 'released', 'consumed']).optional(),
          }),
          response: { 200: z.object({ items: z.array(reservationSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await inventory.reservations(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/inventory/reservations',
      {
        config: holders,
        schema: {
          tags,
          summary: 'Hold stock for a demand; never more than is available',
          body: reserveInput,
          response: { 201: z.object({ items: z.array(reservationSchema) }), ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send({ items: await inventory.reserve(actorOf(request), request.body) }),
    );
    app.post(
      '/api/v1/inventory/reservations/:id/release',
      {
        config: holders,
        schema: {
          tags,
          summary: 'Release a reservation',
          params: z.strictObject({ id: key }),
          response: { 200: reservationSchema, ...problems },
        },
      },
      async (request) => inventory.release(actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/inventory/valuation',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Stock value by part and in total, and the method used',
          response: { 200: valuationSchema, ...problems },
        },
      },
      async (request) => inventory.valuation(actorOf(request)),
    );
  };
}
