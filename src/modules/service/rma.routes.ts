import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import type { AttachmentService } from './attachments.service.js';
import { ATTACHMENT_TYPES } from './attachments.service.js';
import type { ReplacementService } from './replacement.service.js';
import { RMA_OPENERS, type RmaIntake } from './rma.intake.js';
import { RMA_READERS, type RmaService } from './rma.service.js';
import { SERVICE_DESK, SHIPPERS_BACK } from './service.deps.js';
import { acceptUploads, uploaded, UPLOAD_LIMIT } from './upload.http.js';
import {
  approveInput,
  attachmentQuery,
  attachmentSchema,
  cancelInput,
  deliveredInput,
  importQuery,
  openedSchema,
  parcelInput,
  rejectInput,
  rmaDetailSchema,
  rmaFilter,
  rmaInput,
  rmaSummarySchema,
  shipBackInput,
} from './service.schemas.js';

/** RMAs: opening (one, many, CSV), the desk's decisions, parcels in and out, attachments. */
export function rmaRoutes(services: {
  intake: RmaIntake;
  rmas: RmaService;
  attachments: AttachmentService;
  replacements: ReplacementService;
}) {
  const { intake, rmas, attachments, replacements } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['service'];
    const readers = { access: { roles: RMA_READERS } };

    /** What an intake answers: the RMAs opened and how their machines stand. */
    const summary = (created: Awaited<ReturnType<RmaIntake['open']>>) => {
      const eligibility: Record<string, number> = {};
      for (const r of created)
        for (const [k, n] of Object.entries(r.eligibility))
          eligibility[k] = (eligibility[k] ?? 0) + n;
      return {
        rmas: created.map(({ id, number, siteCode, units }) => ({ id, number, siteCode, units })),
        units: created.reduce((s, r) => s + r.units, 0),
        eligibility,
      };
    };

    app.get(
      '/api/v1/rmas',
      {
        config: readers,
        schema: {
          tags,
          summary: 'RMAs, newest first (a customer sees its own)',
          querystring: rmaFilter,
          response: { 200: z.object({ items: z.array(rmaSummarySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await rmas.list(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/rmas',
      {
        config: { access: { roles: RMA_OPENERS } },
        schema: {
          tags,
          summary:
            'Open an RMA for one machine or thousands: eligibility is judged per serial; one RMA per site',
          body: rmaInput,
          response: { 201: openedSchema, ...problems },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const channel = actor.roles.includes('customer')
          ? actor.tokenId
            ? 'api'
            : 'portal'
          : 'staff';
        const created = await intake.open(actor, request.body, channel);
        return reply.code(201).send(summary(created));
      },
    );
    app.post(
      '/api/v1/rmas/import',
      {
        config: { access: { roles: RMA_OPENERS } },
        schema: {
          tags,
          summary: 'Open RMAs from a CSV of serial, fault_code, note (all rows or none)',
          querystring: importQuery,
          consumes: ['text/csv'],
          body: z.string().min(1).max(5_000_000),
          response: { 201: openedSchema, ...problems },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const created = await intake.importCsv(actor, request.body, request.query.customer);
        return reply.code(201).send(summary(created));
      },
    );
    app.get(
      '/api/v1/rmas/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'An RMA with its machines, SLA clocks, timeline, parcels and attachments',
          params: idParams,
          response: { 200: rmaDetailSchema, ...problems },
        },
      },
      async (request) => rmas.get(actorOf(request), request.params.id),
    );

    const actions = [
      [
        'approve',
        'Approve machines: return instructions to the US depot',
        approveInput,
        SERVICE_DESK,
        rmas.approve,
      ],
      [
        'reject',
        'Reject requested machines, with the reason',
        rejectInput,
        SERVICE_DESK,
        rmas.reject,
      ],
      [
        'cancel',
        'Withdraw machines not yet on their way',
        cancelInput,
        [...SERVICE_DESK, 'customer'],
        rmas.cancel,
      ],
      [
        'inbound',
        'The customer shipped approved machines to the depot (carrier, tracking)',
        parcelInput,
        [...SERVICE_DESK, 'customer'],
        rmas.inbound,
      ],
      [
        'ship-back',
        'Ship machines ready to ship back to the site',
        shipBackInput,
        SHIPPERS_BACK,
        rmas.shipBack,
      ],
      [
        'delivered',
        'The machines shipped back reached the site: close them',
        deliveredInput,
        [...SHIPPERS_BACK, ...SERVICE_DESK, 'customer'],
        rmas.confirmDelivered,
      ],
      [
        'advance-replacement',
        'Ship refurbished machines ahead for the machines the tier entitles',
        shipBackInput,
        SERVICE_DESK,
        replacements.shipAhead,
      ],
    ] as const;
    for (const [path, summary, body, roles, run] of actions)
      app.post(
        `/api/v1/rmas/:id/${path}`,
        {
          config: { access: { roles: [...new Set(roles)] } },
          schema: {
            tags,
            summary,
            params: idParams,
            body,
            response: { 200: rmaDetailSchema, ...problems },
          },
        },
        async (request) =>
          (run as (a: unknown, k: string, i: unknown) => ReturnType<RmaService['get']>)(
            actorOf(request),
            request.params.id,
            request.body,
          ),
      );

    // Only the upload route takes files as the body (and its larger limit).
    await instance.register(async (child) => {
      acceptUploads(child);
      const uploads = child.withTypeProvider<ZodTypeProvider>();
      uploads.post(
        '/api/v1/rmas/:id/attachments',
        {
          config: readers,
          bodyLimit: UPLOAD_LIMIT,
          schema: {
            tags,
            summary: 'Attach a photo (PNG, JPEG, WebP), PDF or text log: the file is the body',
            params: idParams,
            querystring: attachmentQuery,
            consumes: ATTACHMENT_TYPES,
            body: z.any(),
            response: { 201: attachmentSchema, ...problems },
          },
        },
        async (request, reply) => {
          const saved = await attachments.attach(
            actorOf(request),
            { rma: request.params.id },
            {
              fileName: request.query.name,
              ...uploaded(request),
            },
          );
          return reply.code(201).send(saved);
        },
      );
    });
    app.get(
      '/api/v1/attachments/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Download an attachment',
          params: idParams,
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const file = await attachments.download(actorOf(request), request.params.id);
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('x-content-type-options', 'nosniff')
          .send(file.bytes);
      },
    );
  };
}
