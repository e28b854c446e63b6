import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import { ACCOUNT_EDITORS, ACCOUNT_READERS, type CustomerService } from './customer.service.js';
import type { SalesOrderService } from './sales-order.service.js';
import {
  contactInput,
  contactSchema,
  customerChanges,
  customerDetailSchema,
  customerInput,
  customerSchema,
  orderInput,
  orderSchema,
  orderStatus,
  orderSummarySchema,
  orderUpdate,
  siteInput,
  siteSchema,
  sourceInput,
  sourceSchema,
} from './sales.schemas.js';
import { SOURCE_EDITORS, type SupplySourceService } from './supply-source.service.js';

/** Customers, sites and contacts; sales orders; supply sources. */
export function salesRoutes(services: {
  customers: CustomerService;
  orders: SalesOrderService;
  sources: SupplySourceService;
}) {
  const { customers, orders, sources } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const readers = { access: { roles: ACCOUNT_READERS } };
    const editors = { access: { roles: ACCOUNT_EDITORS } };
    const tags = ['sales'];

    app.get(
      '/api/v1/customers',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Customer accounts (a customer user sees its own)',
          response: {
            200: z.object({ items: z.array(customerSchema.extend({ sites: z.number().int() })) }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await customers.list(actorOf(request)) }),
    );
    app.post(
      '/api/v1/customers',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Add a customer account',
          body: customerInput,
          response: { 201: customerSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await customers.create(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/customers/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'A customer (id or code) with its sites and contacts',
          params: idParams,
          response: { 200: customerDetailSchema, ...problems },
        },
      },
      async (request) => customers.get(actorOf(request), request.params.id),
    );
    app.patch(
      '/api/v1/customers/:id',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Change a customer’s name, priority, fleet size or note',
          params: idParams,
          body: customerChanges,
          response: { 200: customerSchema, ...problems },
        },
      },
      async (request) => customers.update(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/customers/:id/sites',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Add a mining site to a customer',
          params: idParams,
          body: siteInput,
          response: { 201: siteSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await customers.createSite(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/customers/:id/contacts',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Add a contact to a customer',
          params: idParams,
          body: contactInput,
          response: { 201: contactSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await customers.createContact(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/v1/sales-orders',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Sales orders, newest first (a customer user sees its own)',
          querystring: z.strictObject({
            status: orderStatus.optional(),
            customer: z.string().max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(orderSummarySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await orders.list(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/sales-orders',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Enter a sales order (as a draft)',
          body: orderInput,
          response: { 201: orderSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await orders.create(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/sales-orders/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'A sales order (id or number) with its lines',
          params: idParams,
          response: { 200: orderSchema, ...problems },
        },
      },
      async (request) => orders.get(actorOf(request), request.params.id),
    );
    app.put(
      '/api/v1/sales-orders/:id',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Replace a draft or confirmed order’s lines and notes',
          params: idParams,
          body: orderUpdate,
          response: { 200: orderSchema, ...problems },
        },
      },
      async (request) => orders.update(actorOf(request), request.params.id, request.body),
    );
    for (const action of ['confirm', 'cancel'] as const)
      app.post(
        `/api/v1/sales-orders/:id/${action}`,
        {
          config: editors,
          schema: {
            tags,
            summary:
              action === 'confirm'
                ? 'Confirm a draft order'
                : 'Cancel an order nothing of which has shipped',
            params: idParams,
            response: { 200: orderSchema, ...problems },
          },
        },
        async (request) => orders.move(actorOf(request), request.params.id, action),
      );

    app.get(
      '/api/v1/supply-sources',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary: 'The US plant and import lanes promises draw on',
          response: { 200: z.object({ items: z.array(sourceSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await sources.list(actorOf(request)) }),
    );
    app.put(
      '/api/v1/supply-sources/:code',
      {
        config: { access: { roles: SOURCE_EDITORS } },
        schema: {
          tags,
          summary: 'Create or replace a supply source (transit, weekly units, customs-hold risk)',
          params: z.strictObject({ code: z.string().trim().min(1).max(40) }),
          body: sourceInput,
          response: { 200: sourceSchema, ...problems },
        },
      },
      async (request) => sources.put(actorOf(request), request.params.code, request.body),
    );
  };
}
