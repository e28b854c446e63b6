import { z } from 'zod';
import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import {
  applyAll,
  inFile,
  repeatedKeys,
  csvRejected,
  readCsv,
  writeCsv,
  type ImportResult,
} from '../../platform/csv.js';
import { tablesOf } from '../../platform/db/database.js';
import { createSupplierService, SUPPLIER_EDITORS } from './supplier.service.js';
import type { SupplyTables } from './supply.tables.js';

type Deps = Parameters<typeof createSupplierService>[0];

export const SUPPLIER_COLUMNS = [
  'code',
  'name',
  'country',
  'lead_time_days',
  'min_order_cents',
  'contact_email',
  'restricted_list',
  'restricted_since',
  'restricted_note',
  'note',
] as const;
const supplierRow = z.object({
  code: z
    .string()
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
    .transform((c) => c.toUpperCase()),
  name: z.string().max(200),
  country: z
    .string()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  lead_time_days: z.coerce.number().int('must be whole days').min(0).max(730),
  min_order_cents: z.coerce.number().int('must be whole cents').min(0).max(1e13).optional(),
  contact_email: z.email().optional(),
  restricted_list: z.string().max(100).optional(),
  restricted_since: z.iso.date({ error: 'must be a date YYYY-MM-DD' }).optional(),
  restricted_note: z.string().max(2000).optional(),
  note: z.string().max(2000).optional(),
});

/** Suppliers as CSV, keyed by code: new codes are created, known ones updated. */
export function createSupplierCsv(deps: Deps) {
  return {
    async exportSuppliers(actor: Actor): Promise<string> {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await tablesOf<SupplyTables>(deps.db)
        .selectFrom('supplySuppliers')
        .selectAll()
        .orderBy('code')
        .execute();
      return writeCsv(
        SUPPLIER_COLUMNS,
        rows.map((s) => ({
          code: s.code,
          name: s.name,
          country: s.country,
          lead_time_days: s.leadTimeDays,
          min_order_cents: s.minOrderCents,
          contact_email: s.contactEmail,
          restricted_list: s.restrictedList,
          restricted_since: s.restrictedSince,
          restricted_note: s.restrictedNote,
          note: s.note,
        })),
      );
    },

    async importSuppliers(
      actor: Actor,
      text: string,
      options: { dryRun?: boolean } = {},
    ): Promise<ImportResult> {
      requireAnyRole(actor, SUPPLIER_EDITORS);
      const { rows, errors, columns } = readCsv(
        text,
        SUPPLIER_COLUMNS.map((name) => ({
          name,
          required: ['code', 'name', 'country', 'lead_time_days'].includes(name),
        })),
        supplierRow,
      );
      errors.push(...repeatedKeys(rows, 'code'));
      if (errors.length) throw csvRejected('Suppliers', errors);
      return applyAll(deps.db, options, 'Suppliers', rows, async (trx, r, result) => {
        const suppliers = createSupplierService({ ...deps, db: trx });
        const v = r.value;
        const fields = {
          name: v.name,
          country: v.country,
          leadTimeDays: v.lead_time_days,
          minOrderCents: v.min_order_cents ?? 0,
          contactEmail: v.contact_email ?? null,
          restrictedList: v.restricted_list ?? null,
          restrictedSince: v.restricted_since ?? null,
          restrictedNote: v.restricted_note ?? null,
          note: v.note ?? null,
        };
        const exists = await tablesOf<SupplyTables>(trx)
          .selectFrom('supplySuppliers')
          .select('id')
          .where('code', '=', v.code)
          .executeTakeFirst();
        if (exists) {
          await suppliers.update(actor, v.code, inFile(fields, columns));
          result.updated += 1;
        } else {
          await suppliers.create(actor, { code: v.code, ...fields });
          result.created += 1;
        }
      });
    },
  };
}
