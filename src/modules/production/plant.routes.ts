import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import { PLANNERS } from './build-plan.service.js';
import type { CapacityService } from './capacity.service.js';
import type { PlantService } from './plant.service.js';
import {
  calendarSchema,
  capacityQuery,
  capacitySchema,
  codeParams,
  dateParams,
  headcountInput,
  headcountSchema,
  hireInput,
  holidayInput,
  holidaySchema,
  modelParams,
  phasesInput,
  rampQuery,
  rampSchema,
  reasonInput,
  reasonSchema,
  roleInput,
  roleSchema,
  rosterQuery,
  rosterSchema,
  routingInput,
  routingSchema,
  shiftInput,
  shiftSchema,
  staffChange,
  staffQuery,
  staffSchema,
  whatIfInput,
  whatIfSchema,
  workCentreInput,
  workCentreSchema,
} from './plant.schemas.js';
import { mondayOf } from './weeks.js';
import { ROSTER_KEEPERS, type WorkforceService } from './workforce.service.js';

/** The plant, its people, and whether they can build the plan. */
export function plantRoutes(services: {
  plant: PlantService;
  workforce: WorkforceService;
  capacity: CapacityService;
  today: () => string;
}) {
  const { plant, workforce, capacity } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const planners = { access: { roles: PLANNERS } };
    const keepers = { access: { roles: ROSTER_KEEPERS } };
    const tags = ['plant'];

    app.get(
      '/api/v1/plant/calendar',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Shifts and holidays',
          response: { 200: calendarSchema, ...problems },
        },
      },
      async (request) => plant.calendar(actorOf(request)),
    );
    app.put(
      '/api/v1/plant/shifts/:code',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Create or change a shift',
          params: codeParams,
          body: shiftInput,
          response: { 200: shiftSchema, ...problems },
        },
      },
      async (request) => plant.setShift(actorOf(request), request.params.code, request.body),
    );
    app.put(
      '/api/v1/plant/holidays/:date',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Declare a holiday (the plant does not work)',
          params: dateParams,
          body: holidayInput,
          response: { 200: holidaySchema, ...problems },
        },
      },
      async (request) =>
        plant.addHoliday(actorOf(request), { date: request.params.date, ...request.body }),
    );
    app.delete(
      '/api/v1/plant/holidays/:date',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Remove a holiday',
          params: dateParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await plant.removeHoliday(actorOf(request), request.params.date);
        return reply.code(204).send(null);
      },
    );
    app.get(
      '/api/v1/plant/work-centres',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Work centres with stations, shifts and efficiency',
          response: { 200: z.object({ items: z.array(workCentreSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await plant.workCentres(actorOf(request)) }),
    );
    app.put(
      '/api/v1/plant/work-centres/:code',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Create or change a work centre',
          params: codeParams,
          body: workCentreInput,
          response: { 200: workCentreSchema, ...problems },
        },
      },
      async (request) => plant.setWorkCentre(actorOf(request), request.params.code, request.body),
    );
    app.get(
      '/api/v1/plant/routings',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Each model’s operations: minutes per unit on work centres and roles',
          response: { 200: z.object({ items: z.array(routingSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await plant.routings(actorOf(request)) }),
    );
    app.put(
      '/api/v1/plant/routings/:model',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Replace a model’s routing',
          params: modelParams,
          body: routingInput,
          response: { 200: routingSchema, ...problems },
        },
      },
      async (request) =>
        plant.setRouting(actorOf(request), request.params.model, request.body.steps),
    );
    app.get(
      '/api/v1/plant/reason-codes',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Reasons for scrap and rework',
          response: { 200: z.object({ items: z.array(reasonSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await plant.reasonCodes(actorOf(request)) }),
    );
    app.put(
      '/api/v1/plant/reason-codes/:code',
      {
        config: planners,
        schema: {
          tags,
          summary: 'Create or change a scrap or rework reason',
          params: codeParams,
          body: reasonInput,
          response: { 200: reasonSchema, ...problems },
        },
      },
      async (request) =>
        plant.setReasonCode(actorOf(request), { code: request.params.code, ...request.body }),
    );

    const people = ['workforce'];
    app.get(
      '/api/v1/workforce/roles',
      {
        config: staff,
        schema: {
          tags: people,
          summary: 'Workforce roles with their learning curves',
          response: { 200: z.object({ items: z.array(roleSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await workforce.roles(actorOf(request)) }),
    );
    app.put(
      '/api/v1/workforce/roles/:code',
      {
        config: planners,
        schema: {
          tags: people,
          summary: 'Create or change a role and its learning curve',
          params: codeParams,
          body: roleInput,
          response: { 200: roleSchema, ...problems },
        },
      },
      async (request) => workforce.setRole(actorOf(request), request.params.code, request.body),
    );
    app.get(
      '/api/v1/workforce/headcount-plan',
      {
        config: staff,
        schema: {
          tags: people,
          summary: 'Headcount targets by month and role',
          response: { 200: headcountSchema, ...problems },
        },
      },
      async (request) => ({ items: await workforce.headcountPlan(actorOf(request)) }),
    );
    app.put(
      '/api/v1/workforce/headcount-plan',
      {
        config: planners,
        schema: {
          tags: people,
          summary: 'Set headcount targets (the rest of the plan stays)',
          body: headcountInput,
          response: { 200: z.object({ updated: z.number().int() }), ...problems },
        },
      },
      async (request) => workforce.setHeadcountPlan(actorOf(request), request.body.cells),
    );
    app.get(
      '/api/v1/workforce/staff',
      {
        config: staff,
        schema: {
          tags: people,
          summary: 'Staff, by role and by who was on staff on a date',
          querystring: staffQuery,
          response: { 200: z.object({ items: z.array(staffSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await workforce.staff(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/workforce/staff',
      {
        config: keepers,
        schema: {
          tags: people,
          summary: 'Hire: add someone to the roster',
          body: hireInput,
          response: { 201: staffSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await workforce.hire(actorOf(request), request.body)),
    );
    app.patch(
      '/api/v1/workforce/staff/:id',
      {
        config: keepers,
        schema: {
          tags: people,
          summary: 'Change shift, work centre or role, or record leaving',
          params: idParams,
          body: staffChange,
          response: { 200: staffSchema, ...problems },
        },
      },
      async (request) => workforce.change(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/api/v1/workforce/roster',
      {
        config: staff,
        schema: {
          tags: people,
          summary: 'Who works a week, with tenure and productivity',
          querystring: rosterQuery,
          response: { 200: rosterSchema, ...problems },
        },
      },
      async (request) => {
        const week = mondayOf(request.query.week ?? services.today());
        return { week, items: await workforce.roster(actorOf(request), week) };
      },
    );

    const planning = ['planning'];
    app.get(
      '/api/v1/plan/capacity',
      {
        config: staff,
        schema: {
          tags: planning,
          summary: 'Load against capacity per work centre and role, and which weeks fit',
          querystring: capacityQuery,
          response: { 200: capacitySchema, ...problems },
        },
      },
      async (request) => capacity.report(actorOf(request), request.query),
    );
    app.post(
      '/api/v1/plan/capacity/what-if',
      {
        config: staff,
        schema: {
          tags: planning,
          summary: 'Capacity with headcount targets changed (nothing is saved)',
          body: whatIfInput,
          response: { 200: whatIfSchema, ...problems },
        },
      },
      async (request) => capacity.whatIf(actorOf(request), request.body),
    );
    app.get(
      '/api/v1/plan/ramp',
      {
        config: staff,
        schema: {
          tags: planning,
          summary: 'The ramp: phase targets, plan and actual units by week; headcount by month',
          querystring: rampQuery,
          response: { 200: rampSchema, ...problems },
        },
      },
      async (request) => capacity.ramp(actorOf(request), request.query),
    );
    app.put(
      '/api/v1/plan/ramp-phases',
      {
        config: planners,
        schema: {
          tags: planning,
          summary: 'Replace the ramp’s phases',
          body: phasesInput,
          response: {
            200: z.object({ items: z.array(rampSchema.shape.phases.element) }),
            ...problems,
          },
        },
      },
      async (request) => ({
        items: await capacity.setRampPhases(actorOf(request), request.body.phases),
      }),
    );
  };
}
