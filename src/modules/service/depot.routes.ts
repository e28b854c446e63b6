import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import { burnInInput } from '../production/index.js';
import type { ServiceAnalytics } from './analytics.service.js';
import type { DepotService } from './depot.service.js';
import type { ReplacementService } from './replacement.service.js';
import type { RepairParts } from './repair-parts.js';
import { DEPOT, SERVICE_DESK } from './service.deps.js';
import type { RmaStatus } from './service.tables.js';
import {
  benchUnitSchema,
  boardQuery,
  boardSchema,
  diagnosisInput,
  isoDate,
  partSwapInput,
  quoteDecisionInput,
  receiveInput,
  stepSchema,
} from './service.schemas.js';

/** The depot: the board, receiving by scan, and each bench step on one machine. */
export function depotRoutes(services: {
  depot: DepotService;
  repairParts: RepairParts;
  analytics: ServiceAnalytics;
  replacements: ReplacementService;
}) {
  const { depot, repairParts, analytics, replacements } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['service'];
    const bench = { access: { roles: DEPOT } };

    app.get(
      '/api/v1/depot/board',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary: 'Open machines by state with their SLA clocks, least time left first',
          querystring: boardQuery,
          response: { 200: boardSchema, ...problems },
        },
      },
      async (request) => ({ items: await depot.board(actorOf(request), request.query) }),
    );
    app.get(
      '/api/v1/service/refurb-pool',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary: 'Refurbished machines for advance replacement',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  serial: z.string(),
                  model: z.string(),
                  grade: z.enum(['A', 'B']),
                  status: z.enum(['available', 'shipped']),
                  note: z.string().nullable(),
                  addedAt: z.number(),
                  shippedAt: z.number().nullable(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await replacements.pool(actorOf(request)) }),
    );
    app.post(
      '/api/v1/service/refurb-pool',
      {
        config: bench,
        schema: {
          tags,
          summary: 'Add a refurbished machine to the pool',
          body: z.strictObject({
            serial: z.string().trim().min(1).max(80),
            model: z.string().min(1).max(100),
            grade: z.enum(['A', 'B']),
            note: z.string().max(500).optional(),
          }),
          response: {
            201: z.object({
              serial: z.string(),
              model: z.string(),
              grade: z.string(),
              status: z.string(),
            }),
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await replacements.addToPool(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/service/analytics',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary:
            'Turnaround, SLA attainment, first-time fix, repeats within 90 days, failure Pareto',
          querystring: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }),
          response: { 200: z.any(), ...problems },
        },
      },
      async (request) => analytics.summary(actorOf(request), request.query),
    );
    app.post(
      '/api/v1/depot/receive',
      {
        config: bench,
        schema: {
          tags,
          summary: 'Receive a machine at the depot by scanning its serial',
          body: receiveInput,
          response: {
            200: z.object({
              rma: z.string(),
              unitId: z.string(),
              serial: z.string(),
              status: z.literal('received'),
            }),
            ...problems,
          },
        },
      },
      async (request) => depot.receive(actorOf(request), request.body),
    );
    app.get(
      '/api/v1/depot/units/:id',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary:
            'A machine on the bench (by RMA line id or serial): components, parts, tests, suggested spares',
          params: idParams,
          response: { 200: benchUnitSchema, ...problems },
        },
      },
      async (request) => repairParts.view(actorOf(request), request.params.id),
    );

    const steps = [
      [
        'start-diagnosis',
        'Put the machine on the bench for diagnosis',
        z.strictObject({}),
        DEPOT,
        (a: never, k: string) => depot.startDiagnosis(a, k),
      ],
      [
        'diagnosis',
        'Record the faults found: covered → repair, else quote; none → ship back',
        diagnosisInput,
        DEPOT,
        depot.diagnose,
      ],
      [
        'quote-decision',
        'The customer approves or declines the quote',
        quoteDecisionInput,
        [...SERVICE_DESK, 'customer'],
        depot.decideQuote,
      ],
      [
        'parts',
        'Replace a part from depot spares (genealogy swap, removed part to quarantine)',
        partSwapInput,
        DEPOT,
        repairParts.replace,
      ],
      [
        'start-test',
        'Start the retest with the burn-in procedure',
        z.strictObject({}),
        DEPOT,
        (a: never, k: string) => depot.startTest(a, k),
      ],
      [
        'tests',
        'Record the retest: pass → ready to ship, fail → back to repair',
        burnInInput,
        DEPOT,
        depot.recordTest,
      ],
      [
        'to-pool',
        'A repaired machine replaced ahead joins the refurbished pool (its line closes)',
        z.strictObject({ grade: z.enum(['A', 'B']) }),
        DEPOT,
        replacements.toPool,
      ],
    ] as const;
    for (const [path, summary, body, roles, run] of steps)
      app.post(
        `/api/v1/depot/units/:id/${path}`,
        {
          config: { access: { roles: [...new Set(roles)] } },
          schema: {
            tags,
            summary,
            params: idParams,
            body,
            response: { 200: stepSchema, ...problems },
          },
        },
        async (request) =>
          (run as (a: unknown, k: string, i: unknown) => Promise<{ status: RmaStatus }>)(
            actorOf(request),
            request.params.id,
            request.body,
          ),
      );
  };
}
