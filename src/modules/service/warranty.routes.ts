import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import { DEPOT, POLICY_EDITORS } from './service.deps.js';
import {
  codeParams,
  customerTierInput,
  faultCodeInput,
  faultCodeSchema,
  liftInput,
  lookupInput,
  policyInput,
  policySchema,
  serialParams,
  settingInput,
  tierInput,
  tierSchema,
  voidInput,
  warrantyDetailSchema,
  warrantyQuery,
  warrantySchema,
} from './service.schemas.js';
import type { ServiceSetup } from './setup.service.js';
import type { WarrantyService } from './warranty.service.js';

/** Warranty look-ups, policies and voids; service tiers, fault codes and settings. */
export function warrantyRoutes(services: { warranty: WarrantyService; setup: ServiceSetup }) {
  const { warranty, setup } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['service'];
    const anyone = { access: { roles: [...STAFF_ROLES, 'customer' as const] } };
    const staff = { access: { roles: STAFF_ROLES } };
    const editors = { access: { roles: POLICY_EDITORS } };

    app.get(
      '/api/v1/warranty/policies',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Warranty policies per model (`*` is the default)',
          response: { 200: z.object({ items: z.array(policySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await warranty.listPolicies(actorOf(request)) }),
    );
    app.put(
      '/api/v1/warranty/policies/:model',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Set the warranty policy of a model (or `*`, the default)',
          params: z.strictObject({ model: z.string().min(1).max(100) }),
          body: policyInput,
          response: { 200: policySchema, ...problems },
        },
      },
      async (request) => warranty.setPolicy(actorOf(request), request.params.model, request.body),
    );
    app.post(
      '/api/v1/warranty/lookup',
      {
        config: anyone,
        schema: {
          tags,
          summary: 'Warranty of many serials at once (a customer sees its own machines only)',
          body: lookupInput,
          response: {
            200: z.object({ items: z.array(warrantySchema), unknown: z.array(z.string()) }),
            ...problems,
          },
        },
      },
      async (request) => warranty.lookup(actorOf(request), request.body.serials),
    );
    app.get(
      '/api/v1/warranty/:serial',
      {
        config: anyone,
        schema: {
          tags,
          summary: 'Warranty of one machine: cover, DOA window, voids, repaired parts, RMAs',
          params: serialParams,
          querystring: warrantyQuery,
          response: { 200: warrantyDetailSchema, ...problems },
        },
      },
      async (request) => warranty.status(actorOf(request), request.params.serial, request.query.on),
    );
    app.get(
      '/api/v1/warranty/:serial/voids',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Every void of a machine, in force and lifted',
          params: serialParams,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  reason: z.string(),
                  evidence: z.string(),
                  voidedBy: z.string(),
                  voidedAt: z.number(),
                  liftedBy: z.string().nullable(),
                  liftedAt: z.number().nullable(),
                  liftNote: z.string().nullable(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({
        items: (await warranty.voidsOf(actorOf(request), request.params.serial)).map((v) => ({
          ...v,
          voidedAt: Number(v.voidedAt),
          liftedAt: v.liftedAt === null ? null : Number(v.liftedAt),
        })),
      }),
    );
    app.post(
      '/api/v1/warranty/:serial/voids',
      {
        config: { access: { roles: DEPOT } },
        schema: {
          tags,
          summary: 'Void a warranty, citing a policy exclusion and the evidence',
          params: serialParams,
          body: voidInput,
          response: {
            201: z.object({ id: z.string(), serial: z.string(), reason: z.string() }),
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await warranty.voidWarranty(actorOf(request), request.params.serial, request.body)),
    );
    app.post(
      '/api/v1/warranty/voids/:id/lift',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Lift a void found wrong (it stays on record)',
          params: idParams,
          body: liftInput,
          response: {
            200: z.object({ id: z.string(), serial: z.string(), lifted: z.boolean() }),
            ...problems,
          },
        },
      },
      async (request) => warranty.liftVoid(actorOf(request), request.params.id, request.body.note),
    );

    app.get(
      '/api/v1/service/tiers',
      {
        config: anyone,
        schema: {
          tags,
          summary: 'Service tiers: SLA hours and advance replacement',
          response: { 200: z.object({ items: z.array(tierSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await setup.tiers(actorOf(request)) }),
    );
    app.put(
      '/api/v1/service/tiers/:code',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Create or change a service tier',
          params: codeParams,
          body: tierInput,
          response: { 200: tierSchema, ...problems },
        },
      },
      async (request) => setup.setTier(actorOf(request), request.params.code, request.body),
    );
    app.get(
      '/api/v1/service/customers/:id/tier',
      {
        config: anyone,
        schema: {
          tags,
          summary: "A customer's service tier (a customer may read its own)",
          params: idParams,
          response: { 200: z.object({ customer: z.string(), tier: tierSchema }), ...problems },
        },
      },
      async (request) => setup.customerTier(actorOf(request), request.params.id),
    );
    app.put(
      '/api/v1/service/customers/:id/tier',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Put a customer on a service tier',
          params: idParams,
          body: customerTierInput,
          response: { 200: z.object({ customer: z.string(), tier: z.string() }), ...problems },
        },
      },
      async (request) => setup.assignTier(actorOf(request), request.params.id, request.body.tier),
    );
    app.get(
      '/api/v1/service/fault-codes',
      {
        config: anyone,
        schema: {
          tags,
          summary: 'The fault-code taxonomy',
          response: { 200: z.object({ items: z.array(faultCodeSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await setup.faultCodes(actorOf(request)) }),
    );
    app.put(
      '/api/v1/service/fault-codes/:code',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Create or change a fault code',
          params: codeParams,
          body: faultCodeInput,
          response: { 200: faultCodeSchema, ...problems },
        },
      },
      async (request) => setup.setFaultCode(actorOf(request), request.params.code, request.body),
    );
    app.get(
      '/api/v1/service/settings',
      {
        config: staff,
        schema: {
          tags,
          summary:
            'Service settings: labour rate, return instructions, on-site threshold, upload limit',
          response: { 200: z.record(z.string(), z.string()), ...problems },
        },
      },
      async (request) => setup.settings(actorOf(request)),
    );
    app.put(
      '/api/v1/service/settings/:code',
      {
        config: editors,
        schema: {
          tags,
          summary: 'Change one service setting',
          params: codeParams,
          body: settingInput,
          response: { 200: z.record(z.string(), z.string()), ...problems },
        },
      },
      async (request) =>
        setup.setSetting(actorOf(request), request.params.code, request.body.value),
    );
  };
}
