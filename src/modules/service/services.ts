import { createServiceAnalytics } from './analytics.service.js';
import { createAttachmentService } from './attachments.service.js';
import { createDepotService } from './depot.service.js';
import { createDispatchPlanner } from './dispatch.service.js';
import { createFieldService } from './field.service.js';
import { createModelParts } from './model-parts.js';
import { createOpenTickets } from './open-tickets.js';
import { createRepairParts } from './repair-parts.js';
import { createReplacementService } from './replacement.service.js';
import { createRmaIntake } from './rma.intake.js';
import { createRmaService } from './rma.service.js';
import type { ServiceDeps } from './service.deps.js';
import { createServiceSetup } from './setup.service.js';
import { createVisitWork } from './visit-work.service.js';
import { createWarrantyService } from './warranty.service.js';

/** Every service of the module over `deps`: the module's own, and the demo's over its trx. */
export function serviceServices(deps: ServiceDeps) {
  const setup = createServiceSetup(deps);
  const warranty = createWarrantyService(deps);
  const rmas = createRmaService(deps, { warranty });
  return {
    setup,
    warranty,
    intake: createRmaIntake(deps, { warranty, setup }),
    rmas,
    replacements: createReplacementService(deps, { rmas }),
    depot: createDepotService(deps, { warranty }),
    repairParts: createRepairParts(deps),
    attachments: createAttachmentService(deps),
    field: createFieldService(deps, { setup, partsOf: createModelParts(deps) }),
    planner: createDispatchPlanner(deps),
    work: createVisitWork(deps, { warranty }),
    analytics: createServiceAnalytics(deps),
    openTickets: createOpenTickets(deps),
  };
}
