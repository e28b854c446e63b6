import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import type { AttachmentService } from './attachments.service.js';
import { ATTACHMENT_TYPES } from './attachments.service.js';
import type { DispatchPlanner } from './dispatch.service.js';
import { FIELD_PLANNERS, type FieldService } from './field.service.js';
import {
  addVisitUnitsInput,
  cancelVisitInput,
  completeInput,
  dispatchInput,
  dispatchSchema,
  technicianInput,
  technicianParams,
  technicianSchema,
  unitParams,
  unitResultInput,
  visitDetailSchema,
  visitFilter,
  visitInput,
  visitSummarySchema,
} from './field.schemas.js';
import { attachmentQuery, attachmentSchema } from './service.schemas.js';
import { DEPOT } from './service.deps.js';
import { acceptUploads, uploaded, UPLOAD_LIMIT } from './upload.http.js';
import type { VisitWork } from './visit-work.service.js';

/** Field service: technicians, visits, the dispatch planner and the technician's visit page. */
export function fieldRoutes(services: {
  field: FieldService;
  planner: DispatchPlanner;
  work: VisitWork;
  attachments: AttachmentService;
}) {
  const { field, planner, work, attachments } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['service'];
    const staff = { access: { roles: STAFF_ROLES } };
    const planners = { access: { roles: FIELD_PLANNERS } };
    const bench = { access: { roles: DEPOT } };
    const readers = { access: { roles: [...STAFF_ROLES, 'customer' as const] } };

    app.get(
      '/api/v1/field/technicians',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Field technicians: home base, skills, hours, van',
          response: { 200: z.object({ items: z.array(technicianSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await field.technicians(actorOf(request)) }),
    );
    app.put(
      '/api/v1/field/technicians/:code',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Add or change a field technician',
          params: technicianParams,
          body: technicianInput,
          response: { 200: technicianSchema, ...problems },
        },
      },
      async (request) =>
        field.saveTechnician(actorOf(request), request.params.code.toUpperCase(), request.body),
    );
    app.get(
      '/api/v1/field/visits',
      {
        config: readers,
        schema: {
          tags,
          summary: 'Field visits in route order (`mine=true`: the signed-in technician’s)',
          querystring: visitFilter,
          response: { 200: z.object({ items: z.array(visitSummarySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await planner.visits(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/field/visits',
      {
        config: planners,
        schema: {
          tags,
          summary:
            'Plan visits to a site: skills, time and a parts kit follow from the fault codes; work longer than a day becomes several visits',
          body: visitInput,
          response: { 201: z.object({ items: z.array(visitDetailSchema) }), ...problems },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const visits = await field.createVisit(actor, request.body);
        return reply
          .code(201)
          .send({ items: await Promise.all(visits.map((v) => work.get(actor, v.id))) });
      },
    );
    app.get(
      '/api/v1/field/visits/:id',
      {
        config: readers,
        schema: {
          tags,
          summary: 'A visit: site, machines and results, kit, technician, photos',
          params: idParams,
          response: { 200: visitDetailSchema, ...problems },
        },
      },
      async (request) => work.get(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/field/visits/:id/units',
      {
        config: planners,
        schema: {
          tags,
          summary:
            'Put more machines of the site on a visit not yet given to a technician (while it fits a day)',
          params: idParams,
          body: addVisitUnitsInput,
          response: { 200: visitDetailSchema, ...problems },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const visit = await field.addUnits(actor, request.params.id, request.body.units);
        return work.get(actor, visit.id);
      },
    );
    app.post(
      '/api/v1/field/visits/:id/cancel',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Cancel a visit',
          params: idParams,
          body: cancelVisitInput,
          response: { 200: z.object({ number: z.string(), status: z.string() }), ...problems },
        },
      },
      async (request) =>
        field.cancelVisit(actorOf(request), request.params.id, request.body.reason),
    );
    app.post(
      '/api/v1/field/visits/:id/check-in',
      {
        config: bench,
        schema: {
          tags,
          summary: 'The technician arrived on site',
          params: idParams,
          body: z.strictObject({}).optional(),
          response: { 200: z.object({ number: z.string(), status: z.string() }), ...problems },
        },
      },
      async (request) => work.checkIn(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/field/visits/:id/units/:serial',
      {
        config: bench,
        schema: {
          tags,
          summary: 'Result for one machine, with the parts used from the van',
          params: unitParams,
          body: unitResultInput,
          response: {
            200: z.object({
              serial: z.string(),
              result: z.string(),
              partsUsed: z.array(z.object({}).passthrough()),
            }),
            ...problems,
          },
        },
      },
      async (request) =>
        work.recordUnit(actorOf(request), request.params.id, request.params.serial, request.body),
    );
    app.post(
      '/api/v1/field/visits/:id/complete',
      {
        config: bench,
        schema: {
          tags,
          summary: "Close the visit with the customer's sign-off",
          params: idParams,
          body: completeInput,
          response: { 200: z.object({ number: z.string(), status: z.string() }), ...problems },
        },
      },
      async (request) => work.complete(actorOf(request), request.params.id, request.body),
    );
    // Only the upload route takes files as the body (and its larger limit).
    await instance.register(async (child) => {
      acceptUploads(child);
      const uploads = child.withTypeProvider<ZodTypeProvider>();
      uploads.post(
        '/api/v1/field/visits/:id/attachments',
        {
          config: bench,
          bodyLimit: UPLOAD_LIMIT,
          schema: {
            tags,
            summary: 'Attach a photo or log to a visit: the file is the body',
            params: idParams,
            querystring: attachmentQuery,
            consumes: ATTACHMENT_TYPES,
            body: z.any(),
            response: { 201: attachmentSchema, ...problems },
          },
        },
        async (request, reply) =>
          reply
            .code(201)
            .send(
              await attachments.attach(
                actorOf(request),
                { visit: request.params.id },
                { fileName: request.query.name, ...uploaded(request) },
              ),
            ),
      );
    });
    app.post(
      '/api/v1/field/dispatch',
      {
        config: planners,
        schema: {
          tags,
          summary:
            'Plan visits over the coming days (travel and SLA breaches), against nearest-first; `apply` schedules them',
          body: dispatchInput,
          response: { 200: dispatchSchema, ...problems },
        },
      },
      async (request) => planner.plan(actorOf(request), request.body),
    );
    app.get(
      '/api/v1/field/dispatch/latest',
      {
        config: staff,
        schema: {
          tags,
          summary: 'The latest dispatch plan',
          response: { 200: dispatchSchema.nullable(), ...problems },
        },
      },
      async (request) => planner.latest(actorOf(request)),
    );
    app.get(
      '/api/v1/field/onsite-candidates',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Sites with more failed machines under RMA than the on-site threshold',
          response: {
            200: z.object({
              threshold: z.number(),
              items: z.array(
                z.object({
                  customerCode: z.string(),
                  siteCode: z.string(),
                  siteName: z.string(),
                  failedUnits: z.number(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => field.onsiteCandidates(actorOf(request)),
    );
  };
}
