import { z } from 'zod';
import type { Actor } from '../../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../../platform/authz.js';
import type { AuditLog } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import type { FleetSites } from '../fleet.ports.js';
import type { HealthTables } from './health.tables.js';
import { HEALTH_FAULTS } from './health.types.js';

/** What a site's faults turn into. Every site starts from the `*` row, then its own. */
export const ticketRules = z.strictObject({
  /** Faults are turned into tickets at all. */
  enabled: z.boolean(),
  /** Faults that draft an RMA when the machine is a unit built here and under warranty. */
  rmaFaults: z.array(z.enum(HEALTH_FAULTS)).max(HEALTH_FAULTS.length),
  /** Out-of-warranty units get a draft too (the depot will quote). */
  draftOutOfWarranty: z.boolean(),
  /** Drafts become RMAs at once, without a person confirming. */
  autoApprove: z.boolean(),
  /** A field visit is requested when this many machines have open faults … */
  visitMinMachines: z.number().int().min(1).max(100_000),
  /** … or this share of the site's machines does (basis points). */
  visitMinShareBp: z.number().int().min(1).max(10_000),
  /** At most this many machines on one requested visit (the worst first). */
  visitMaxMachines: z.number().int().min(1).max(200),
});
export type TicketRules = z.infer<typeof ticketRules>;

export const DEFAULT_TICKET_RULES: TicketRules = {
  enabled: true,
  rmaFaults: [
    'board_missing',
    'chips_low',
    'board_rate_low',
    'fan_stopped',
    'below_birth_certificate',
  ],
  draftOutOfWarranty: false,
  autoApprove: false,
  visitMinMachines: 10,
  visitMinShareBp: 500,
  visitMaxMachines: 12,
};

export const DEFAULTS_KEY = '*';
/** Who sets a site's rules: the service desk, or the customer for its own sites. */
export const RULE_EDITORS = ['technician', 'sales', 'customer'] as const;

/** Per-site rules of fault-to-ticket, editable by the service desk and the site's owner. */
export function createTicketRules(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  sites: FleetSites;
}) {
  const db = tablesOf<HealthTables>(deps.db);

  async function overridesOf(keys: string[]) {
    const rows = await db
      .selectFrom('fleetTicketRules')
      .selectAll()
      .where('siteId', 'in', keys)
      .execute();
    return new Map(rows.map((r) => [r.siteId, JSON.parse(r.overrides) as Partial<TicketRules>]));
  }

  async function effective(siteId: string) {
    const o = await overridesOf([DEFAULTS_KEY, siteId]);
    // What the row follows where it sets nothing: the built-in rules for `*`, `*` for a site.
    const defaults =
      siteId === DEFAULTS_KEY
        ? DEFAULT_TICKET_RULES
        : { ...DEFAULT_TICKET_RULES, ...o.get(DEFAULTS_KEY) };
    return { rules: { ...defaults, ...o.get(siteId) }, own: o.get(siteId) ?? {}, defaults };
  }

  async function checkSite(actor: Actor, siteId: string) {
    if (siteId === DEFAULTS_KEY) {
      if (customerScope(actor) !== null)
        throw notFound('FLEET_SITE_NOT_FOUND', 'The defaults are set by the service desk.');
      return;
    }
    const [site] = await deps.sites.list({ customerId: customerScope(actor), ids: [siteId] });
    if (!site) throw notFound('FLEET_SITE_NOT_FOUND', `No site "${siteId}" is known to you.`);
  }

  return {
    /** The rules in force at a site (for the flow). */
    forSite: async (siteId: string) => (await effective(siteId)).rules,

    async read(actor: Actor, siteId: string) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      await checkSite(actor, siteId);
      return { siteId, ...(await effective(siteId)) };
    },

    /** Sets a site's rules (or the defaults, `*`); a field set to null follows the defaults. */
    async set(actor: Actor, siteId: string, changes: Partial<Record<keyof TicketRules, unknown>>) {
      requireAnyRole(actor, RULE_EDITORS);
      await checkSite(actor, siteId);
      const before = (await effective(siteId)).own;
      const after: Record<string, unknown> = { ...before };
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) delete after[k];
        else if (v !== undefined) after[k] = v;
      }
      const parsed = ticketRules.partial().parse(after);
      const now = deps.clock.now();
      await inTransaction(deps.db, async (trx) => {
        const values = {
          siteId,
          overrides: JSON.stringify(parsed),
          updatedBy: actor.label,
          updatedAt: now,
        };
        await tablesOf<HealthTables>(trx)
          .insertInto('fleetTicketRules')
          .values(values)
          .onConflict((oc) => oc.column('siteId').doUpdateSet(values))
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'fleet.ticket_rules.set',
          entityType: 'fleet_ticket_rules',
          entityId: siteId,
          before,
          after: parsed,
        });
      });
      return this.read(actor, siteId);
    },
  };
}

export type TicketRulesService = ReturnType<typeof createTicketRules>;
