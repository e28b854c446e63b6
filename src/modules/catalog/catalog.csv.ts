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
import { createCatalogRepo } from './catalog.repo.js';
import { isoDate, partKind } from './catalog.schemas.js';
import { createCatalogService, EDITORS } from './catalog.service.js';

export const PART_COLUMNS = [
  'part_number',
  'name',
  'kind',
  'tracking',
  'hts_code',
  'uom',
  'default_origin',
  'standard_cost_cents',
  'note',
] as const;
const partRow = z.object({
  part_number: z.string().max(100),
  name: z.string().max(200),
  kind: partKind,
  tracking: z.enum(['serial', 'lot', 'none']),
  hts_code: z
    .string()
    .max(20)
    .regex(/^[0-9.]+$/, 'digits and dots only')
    .optional(),
  uom: z.enum(['each', 'kg', 'm']).optional(),
  default_origin: z
    .string()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
    .optional(),
  standard_cost_cents: z.coerce.number().int('must be whole cents').min(0).max(1e11).optional(),
  note: z.string().max(2000).optional(),
});

export const BOM_COLUMNS = [
  'parent',
  'revision',
  'effective_from',
  'effective_to',
  'labour_minutes',
  'component',
  'quantity',
] as const;
const bomRow = z.object({
  parent: z.string().max(100),
  revision: z.string().max(20),
  effective_from: isoDate,
  effective_to: isoDate.optional(),
  labour_minutes: z.coerce.number().int().min(0).max(100_000).optional(),
  component: z.string().max(100),
  quantity: z.coerce.number().int('must be a whole number').min(1).max(1_000_000),
});

/** Parts and BOMs as CSV: export what is there; import all rows or none, with a report. */
export function createCatalogCsv(deps: Parameters<typeof createCatalogService>[0]) {
  return {
    async exportParts(actor: Actor): Promise<string> {
      requireAnyRole(actor, STAFF_ROLES);
      const parts = await createCatalogRepo(deps.db).parts();
      return writeCsv(
        PART_COLUMNS,
        parts.map((p) => ({
          part_number: p.partNumber,
          name: p.name,
          kind: p.kind,
          tracking: p.tracking,
          hts_code: p.htsCode,
          uom: p.uom,
          default_origin: p.defaultOrigin,
          standard_cost_cents: p.standardCostCents,
          note: p.note,
        })),
      );
    },

    /** New part numbers are created; known ones are updated in place. */
    async importParts(
      actor: Actor,
      text: string,
      options: { dryRun?: boolean } = {},
    ): Promise<ImportResult> {
      requireAnyRole(actor, EDITORS);
      const { rows, errors, columns } = readCsv(
        text,
        PART_COLUMNS.map((name) => ({
          name,
          required: ['part_number', 'name', 'kind', 'tracking'].includes(name),
        })),
        partRow,
      );
      errors.push(...repeatedKeys(rows, 'part_number'));
      if (errors.length) throw csvRejected('Parts', errors);
      return applyAll(deps.db, options, 'Parts', rows, async (trx, r, result) => {
        const catalog = createCatalogService({ ...deps, db: trx });
        const v = r.value;
        const fields = {
          name: v.name,
          kind: v.kind,
          tracking: v.tracking,
          htsCode: v.hts_code ?? null,
          uom: v.uom ?? 'each',
          defaultOrigin: v.default_origin ?? null,
          standardCostCents: v.standard_cost_cents ?? null,
          note: v.note ?? null,
        };
        if (await createCatalogRepo(trx).partByIdOrNumber(v.part_number)) {
          await catalog.updatePart(actor, v.part_number, inFile(fields, columns));
          result.updated += 1;
        } else {
          await catalog.createPart(actor, { partNumber: v.part_number, ...fields });
          result.created += 1;
        }
      });
    },

    async exportBoms(actor: Actor): Promise<string> {
      requireAnyRole(actor, STAFF_ROLES);
      const world = await createCatalogRepo(deps.db).bomWorld();
      const number = (id: string) => world.parts.get(id)?.partNumber ?? id;
      const rows = world.revisions
        .sort(
          (a, b) =>
            number(a.partId).localeCompare(number(b.partId)) ||
            a.effectiveFrom.localeCompare(b.effectiveFrom),
        )
        .flatMap((r) =>
          r.lines.map((l) => ({
            parent: number(r.partId),
            revision: r.revision,
            effective_from: r.effectiveFrom,
            effective_to: r.effectiveTo,
            labour_minutes: r.labourMinutes,
            component: number(l.componentId),
            quantity: l.quantity,
          })),
        );
      return writeCsv(BOM_COLUMNS, rows);
    },

    /**
     * One revision per (parent, revision): its rows are its lines; dates and labour come from
     * its first row and must not disagree on later rows. Revisions are added, never replaced.
     */
    async importBoms(
      actor: Actor,
      text: string,
      options: { dryRun?: boolean } = {},
    ): Promise<ImportResult> {
      requireAnyRole(actor, EDITORS);
      const { rows, errors } = readCsv(
        text,
        BOM_COLUMNS.map((name) => ({
          name,
          required: ['parent', 'revision', 'effective_from', 'component', 'quantity'].includes(
            name,
          ),
        })),
        bomRow,
      );
      const groups = new Map<string, typeof rows>();
      for (const r of rows) {
        const key = `${r.value.parent}\u0000${r.value.revision}`;
        const group = groups.get(key) ?? [];
        const head = group[0]?.value;
        if (
          head &&
          (head.effective_from !== r.value.effective_from ||
            (r.value.effective_to ?? null) !== (head.effective_to ?? null))
        )
          errors.push({
            line: r.line,
            field: 'effective_from',
            reason: `disagrees with line ${group[0]!.line} of the same revision`,
          });
        if (group.some((g) => g.value.component === r.value.component))
          errors.push({ line: r.line, field: 'component', reason: 'listed twice in one revision' });
        group.push(r);
        groups.set(key, group);
      }
      if (errors.length) throw csvRejected('BOMs', errors);
      const revisions = [...groups.values()].map((g) => ({ line: g[0]!.line, value: g }));
      return applyAll(deps.db, options, 'BOMs', revisions, async (trx, r, result) => {
        const head = r.value[0]!.value;
        await createCatalogService({ ...deps, db: trx }).addRevision(actor, head.parent, {
          revision: head.revision,
          effectiveFrom: head.effective_from,
          effectiveTo: head.effective_to ?? null,
          labourMinutes: head.labour_minutes ?? 0,
          lines: r.value.map((l) => ({ component: l.value.component, quantity: l.value.quantity })),
        });
        result.created += 1;
      });
    },
  };
}
