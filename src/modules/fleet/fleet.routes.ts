import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import type { FleetQueries } from './fleet.queries.js';
import {
  historyQuery,
  historySchema,
  ingestResultSchema,
  machineDetailSchema,
  machineFilter,
  machineSchema,
  settingInput,
  settingsSchema,
  siteRefSchema,
  sitePointSchema,
  siteFaultsSchema,
  siteSummarySchema,
  machineTableSchema,
} from './fleet.schemas.js';
import type { FleetSettingsService } from './fleet.settings.js';
import type { IngestService } from './ingest.service.js';
import { telemetryBatch } from './reading.js';

/** A full batch of 5,000 readings with boards and pools is a few megabytes of JSON. */
export const INGEST_BODY_LIMIT = 32 * 1024 * 1024;

/** Telemetry ingest (site collectors) and the fleet read API (staff and customers). */
export function fleetRoutes(services: {
  ingest: IngestService;
  queries: FleetQueries;
  settings: FleetSettingsService;
}) {
  const { ingest, queries, settings } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['fleet'];
    const readers = { access: { roles: [...STAFF_ROLES, 'customer' as const] } };

    app.post(
      '/api/v1/telemetry/batches',
      {
        bodyLimit: INGEST_BODY_LIMIT,
        config: { access: { roles: [], sites: true, users: false } },
        schema: {
          tags,
          summary: 'Push a batch of miner readings (site collector token; idempotent by batchId)',
          body: telemetryBatch,
          response: { 200: ingestResultSchema, 413: z.unknown(), ...problems },
        },
      },
      async (request) => ingest.ingest(actorOf(request), request.body),
    );

    app.get(
      '/api/v1/fleet/sites',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Sites with telemetry: hashrate against nominal, online share, efficiency',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  site: siteRefSchema,
                  summary: siteSummarySchema,
                  faults: siteFaultsSchema,
                  /** Since when its collector has sent nothing (null: reporting). */
                  silentSince: z.number().nullable(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await queries.sites(actorOf(request)) }),
    );
    app.get(
      '/api/v1/fleet/sites/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'One site: summary, by model, and the hashrate trend of the last day',
          params: idParams,
          querystring: z.strictObject({
            hours: z.coerce
              .number()
              .int()
              .min(1)
              .max(24 * 90)
              .default(24),
          }),
          response: {
            200: z.object({
              site: siteRefSchema,
              summary: siteSummarySchema,
              trend: z.array(sitePointSchema),
              faults: siteFaultsSchema,
              silentSince: z.number().nullable(),
            }),
            ...problems,
          },
        },
      },
      async (request) =>
        queries.siteSummary(actorOf(request), request.params.id, request.query.hours),
    );
    app.get(
      '/api/v1/fleet/sites/:id/machines',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Machines of a site, filtered (status, model, matched, swapped boards, text)',
          params: idParams,
          querystring: machineFilter,
          response: {
            200: z.object({ total: z.number(), items: z.array(machineSchema) }),
            ...problems,
          },
        },
      },
      async (request) => queries.machines(actorOf(request), request.params.id, request.query),
    );
    app.get(
      '/api/v1/fleet/sites/:id/machine-table',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Every machine of a site in columns, for the table that filters in the browser',
          params: idParams,
          response: { 200: machineTableSchema, ...problems },
        },
      },
      async (request) => queries.machineTable(actorOf(request), request.params.id),
    );
    app.get(
      '/api/v1/fleet/machines/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'One machine: latest reading, the unit it was matched to, swapped boards',
          params: idParams,
          response: { 200: machineDetailSchema, ...problems },
        },
      },
      async (request) => queries.machine(actorOf(request), request.params.id),
    );
    app.get(
      '/api/v1/fleet/machines/:id/history',
      {
        config: readers,
        schema: {
          tags,
          summary: 'History of one machine per board: raw samples or 5-minute/1-hour rollups',
          params: idParams,
          querystring: historyQuery,
          response: { 200: historySchema, ...problems },
        },
      },
      async (request) => queries.history(actorOf(request), request.params.id, request.query),
    );

    app.get(
      '/api/v1/fleet/settings',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: { tags, summary: 'Fleet settings', response: { 200: settingsSchema, ...problems } },
      },
      async () => settings.read(),
    );
    app.put(
      '/api/v1/fleet/settings',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          tags,
          summary: 'Change one fleet setting (staleness, retention)',
          body: settingInput,
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => settings.set(actorOf(request), request.body.key, request.body.value),
    );
  };
}
