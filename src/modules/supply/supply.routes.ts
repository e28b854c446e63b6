import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import { BUYERS, DRAFTERS, type PurchaseOrderService } from './purchase-order.service.js';
import { RECEIVERS, type ReceivingService } from './receiving.service.js';
import { SUPPLIER_EDITORS, type SupplierService } from './supplier.service.js';
import {
  country,
  offerSchema,
  poCreatedSchema,
  poInput,
  poSchema,
  poStatus,
  poSummarySchema,
  priceBreakInput,
  priceBreakSchema,
  receiptDetailSchema,
  receiveInput,
  sendInput,
  supplierChanges,
  supplierDetailSchema,
  supplierInput,
  supplierSchema,
} from './supply.schemas.js';

export function supplyRoutes(services: {
  suppliers: SupplierService;
  purchaseOrders: PurchaseOrderService;
  receiving: ReceivingService;
}) {
  const { suppliers, purchaseOrders, receiving } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const editors = { access: { roles: SUPPLIER_EDITORS } };
    const buyers = { access: { roles: BUYERS } };
    const tags = ['supply'];

    app.get(
      '/api/v1/suppliers',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Suppliers, with a warning on each restricted party',
          querystring: z.strictObject({
            country: country.optional(),
            restricted: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
          }),
          response: { 200: z.object({ items: z.array(supplierSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await suppliers.list(actorOf(request), request.query) }),
    );

    app.post(
      '/api/v1/suppliers',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Add a supplier',
          body: supplierInput,
          response: { 201: supplierSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await suppliers.create(actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/suppliers/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'A supplier (by id or code) with its price breaks',
          params: idParams,
          response: { 200: supplierDetailSchema, ...problems },
        },
      },
      async (request) => suppliers.get(actorOf(request), request.params.id),
    );

    app.patch(
      '/api/v1/suppliers/:id',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Change a supplier, including its restricted-party flag (null clears it)',
          params: idParams,
          body: supplierChanges,
          response: { 200: supplierSchema, ...problems },
        },
      },
      async (request) => suppliers.update(actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/api/v1/suppliers/:id/price-breaks',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Set the price of a part from a quantity up',
          params: idParams,
          body: priceBreakInput,
          response: { 200: priceBreakSchema, ...problems },
        },
      },
      async (request) => suppliers.setPriceBreak(actorOf(request), request.params.id, request.body),
    );

    app.delete(
      '/api/v1/suppliers/:id/price-breaks/:breakId',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Remove a price break',
          params: z.strictObject({
            id: z.string().min(1).max(100),
            breakId: z.string().min(1).max(100),
          }),
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await suppliers.removePriceBreak(
          actorOf(request),
          request.params.id,
          request.params.breakId,
        );
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/parts/:id/offers',
      {
        config: staff,
        schema: {
          tags,
          summary:
            'Every supplier’s price, lead time and origin for a part at a quantity, cheapest first',
          params: idParams,
          querystring: z.strictObject({
            quantity: z.coerce.number().int().min(1).max(1e9).default(1),
          }),
          response: { 200: z.object({ items: z.array(offerSchema) }), ...problems },
        },
      },
      async (request) => ({
        items: await suppliers.offers(actorOf(request), request.params.id, request.query.quantity),
      }),
    );

    app.get(
      '/api/v1/purchase-orders',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Purchase orders, newest first',
          querystring: z.strictObject({
            status: poStatus.optional(),
            supplier: z.string().trim().min(1).max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(poSummarySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await purchaseOrders.list(actorOf(request), request.query) }),
    );

    app.post(
      '/api/v1/purchase-orders',
      {
        config: { access: { roles: DRAFTERS } },
        schema: {
          tags,
          summary: 'Draft a purchase order; unpriced lines take the supplier’s price break',
          body: poInput,
          response: { 201: poCreatedSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await purchaseOrders.create(actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/purchase-orders/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'A purchase order (by id or number) with lines and receipts',
          params: idParams,
          response: { 200: poSchema, ...problems },
        },
      },
      async (request) => purchaseOrders.get(actorOf(request), request.params.id),
    );

    for (const action of ['approve', 'send', 'cancel'] as const) {
      app.post(
        `/api/v1/purchase-orders/:id/${action}`,
        {
          config: buyers,
          schema: {
            tags,
            summary:
              action === 'send'
                ? 'Send to the supplier; a restricted party needs acknowledgeRestricted: true'
                : `${action[0]!.toUpperCase()}${action.slice(1)} a purchase order`,
            params: idParams,
            body: sendInput.nullish(),
            response: { 200: poSchema, ...problems },
          },
        },
        async (request) => {
          const actor = actorOf(request);
          if (action === 'send')
            await purchaseOrders.send(actor, request.params.id, request.body ?? {});
          else await purchaseOrders[action](actor, request.params.id);
          return purchaseOrders.get(actor, request.params.id);
        },
      );
    }

    app.post(
      '/api/v1/purchase-orders/:id/receipts',
      {
        config: { access: { roles: RECEIVERS } },
        schema: {
          tags,
          summary:
            'Receive goods: lots and serials into stock, customs entry filed, every line valued at landed cost',
          params: idParams,
          body: receiveInput,
          response: { 201: receiptDetailSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await receiving.receive(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/v1/receipts/:number',
      {
        config: staff,
        schema: {
          tags,
          summary: 'A receipt with its landed cost per line',
          params: z.strictObject({ number: z.string().min(1).max(40) }),
          response: { 200: receiptDetailSchema, ...problems },
        },
      },
      async (request) => receiving.receipt(actorOf(request), request.params.number),
    );
  };
}
