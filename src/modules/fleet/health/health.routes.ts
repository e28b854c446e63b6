import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../../platform/authz.js';
import { actorOf } from '../../../platform/http/access.js';
import { idParams, problems } from '../../../platform/http/schemas.js';
import type { HealthQueries } from './health.queries.js';
import {
  dismissInput,
  draftFilter,
  draftSchema,
  episodeSchema,
  evidenceSchema,
  faultFilter,
  modelParams,
  rulesInput,
  rulesSchema,
  thresholdsInput,
  thresholdsSchema,
} from './health.schemas.js';
import { DRAFT_DECIDERS, type RepairDrafts } from './repair-drafts.service.js';
import { RULE_EDITORS, type TicketRulesService } from './ticket-rules.service.js';
import { THRESHOLD_EDITORS, type HealthThresholdsService } from './thresholds.service.js';

/**
 * Fleet health over HTTP: fault episodes and warranty evidence (staff everywhere, customers
 * their own), repair drafts (confirming one is fault-to-ticket's route), detection thresholds
 * per model and the per-site rules that turn faults into tickets.
 */
export function healthRoutes(services: {
  healthQueries: HealthQueries;
  drafts: RepairDrafts;
  ticketRules: TicketRulesService;
  thresholds: HealthThresholdsService;
}) {
  const { healthQueries, drafts, ticketRules, thresholds } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['fleet health'];
    const readers = { access: { roles: [...STAFF_ROLES, 'customer' as const] } };

    app.get(
      '/api/v1/fleet/faults',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Fault episodes (open or resolved) by site, machine, unit or kind',
          querystring: faultFilter,
          response: {
            200: z.object({ total: z.number(), items: z.array(episodeSchema) }),
            ...problems,
          },
        },
      },
      async (request) => healthQueries.faults(actorOf(request), request.query),
    );
    app.get(
      '/api/v1/fleet/faults/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'One fault episode with what the machine reported when it opened',
          params: idParams,
          response: {
            200: episodeSchema.extend({ snapshot: z.record(z.string(), z.unknown()) }),
            ...problems,
          },
        },
      },
      async (request) => healthQueries.episode(actorOf(request), request.params.id),
    );
    app.get(
      '/api/v1/fleet/machines/:id/evidence',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Warranty-relevant conditions recorded on a machine (shown, never applied)',
          params: idParams,
          response: { 200: z.object({ items: z.array(evidenceSchema) }), ...problems },
        },
      },
      async (request) => ({
        items: await healthQueries.evidence(actorOf(request), { machineId: request.params.id }),
      }),
    );

    app.get(
      '/api/v1/fleet/repair-drafts',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Repair drafts: RMAs prepared from faults, awaiting confirmation',
          querystring: draftFilter,
          response: { 200: z.object({ items: z.array(draftSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await drafts.list(actorOf(request), request.query) }),
    );
    app.get(
      '/api/v1/fleet/repair-drafts/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'One repair draft with its evidence',
          params: idParams,
          response: { 200: draftSchema, ...problems },
        },
      },
      async (request) => drafts.get(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/fleet/repair-drafts/:id/dismiss',
      {
        config: { access: { roles: [...DRAFT_DECIDERS] } },
        schema: {
          tags,
          summary: 'Dismiss a repair draft (with the reason)',
          params: idParams,
          body: dismissInput,
          response: { 200: draftSchema, ...problems },
        },
      },
      async (request) => drafts.dismiss(actorOf(request), request.params.id, request.body.note),
    );

    app.get(
      '/api/v1/fleet/health/thresholds',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary: 'Detection thresholds per model (defaults and what each model overrides)',
          response: { 200: z.object({ items: z.array(thresholdsSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await thresholds.list(actorOf(request)) }),
    );
    app.put(
      '/api/v1/fleet/health/thresholds/:model',
      {
        config: { access: { roles: [...THRESHOLD_EDITORS] } },
        schema: {
          tags,
          summary: "Set a model's thresholds (null puts one back to its default)",
          params: modelParams,
          body: thresholdsInput,
          response: { 200: thresholdsSchema, ...problems },
        },
      },
      async (request) => thresholds.set(actorOf(request), request.params.model, request.body),
    );

    app.get(
      '/api/v1/fleet/sites/:id/ticket-rules',
      {
        config: readers,
        schema: {
          tags,
          summary: "A site's fault-to-ticket rules (`*`: the defaults)",
          params: idParams,
          response: { 200: rulesSchema, ...problems },
        },
      },
      async (request) => ticketRules.read(actorOf(request), request.params.id),
    );
    app.put(
      '/api/v1/fleet/sites/:id/ticket-rules',
      {
        config: { access: { roles: [...RULE_EDITORS] } },
        schema: {
          tags,
          summary: "Set a site's fault-to-ticket rules (null follows the defaults)",
          params: idParams,
          body: rulesInput,
          response: { 200: rulesSchema, ...problems },
        },
      },
      async (request) => ticketRules.set(actorOf(request), request.params.id, request.body),
    );
  };
}
