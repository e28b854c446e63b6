import { z } from 'zod';
import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import { applyAll, csvRejected, readCsv, writeCsv, type ImportResult } from '../../platform/csv.js';
import { createTariffRepo } from './tariff.repo.js';
import { createTariffService, TARIFF_WRITERS } from './tariff.service.js';

type Deps = Parameters<typeof createTariffService>[0];
const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

export const TARIFF_COLUMNS = [
  'id',
  'scenario',
  'program',
  'hts_prefix',
  'origin',
  'rate_bp',
  'effective_from',
  'effective_to',
  'voided_on',
  'legal_reference',
  'note',
  'uncertain',
] as const;
const tariffRow = z.object({
  id: z.string().max(100).optional(),
  scenario: z.string().max(200).optional(),
  program: z.string().max(100),
  hts_prefix: z
    .string()
    .max(20)
    .regex(/^[0-9.]*$/, 'digits and dots only')
    .optional(),
  origin: z
    .string()
    .toUpperCase()
    .regex(/^([A-Z]{2}|\*)$/, 'must be a two-letter country code or *'),
  rate_bp: z.coerce.number().int('must be whole basis points').min(0).max(100_000),
  effective_from: isoDate,
  effective_to: isoDate.optional(),
  voided_on: isoDate.optional(),
  legal_reference: z.string().max(500).optional(),
  note: z.string().max(2000).optional(),
  uncertain: z
    .enum(['true', 'false', 'yes', 'no', '1', '0'], { error: 'must be true or false' })
    .transform((v) => ['true', 'yes', '1'].includes(v))
    .optional(),
});

/**
 * Tariff rows as CSV, base table and scenario overlays together (`scenario` empty = the table in
 * force). A row with an `id` updates that row; a row without one is added.
 */
export function createTariffCsv(deps: Deps) {
  return {
    async exportRows(actor: Actor): Promise<string> {
      requireAnyRole(actor, STAFF_ROLES);
      const repo = createTariffRepo(deps.db);
      const scenarios = await repo.scenarios();
      const sets = [{ name: '', rows: await repo.rows() }];
      for (const s of scenarios)
        sets.push({ name: s.name, rows: await repo.rows({ scenarioId: s.id }) });
      return writeCsv(
        TARIFF_COLUMNS,
        sets.flatMap((set) =>
          set.rows.map((r) => ({
            id: r.id,
            scenario: set.name,
            program: r.program,
            hts_prefix: r.htsPrefix,
            origin: r.origin,
            rate_bp: r.rateBp,
            effective_from: r.effectiveFrom,
            effective_to: r.effectiveTo,
            voided_on: r.voidedOn,
            legal_reference: r.legalReference,
            note: r.note,
            uncertain: r.uncertain ? 'true' : 'false',
          })),
        ),
      );
    },

    async importRows(
      actor: Actor,
      text: string,
      options: { dryRun?: boolean } = {},
    ): Promise<ImportResult> {
      requireAnyRole(actor, TARIFF_WRITERS);
      const { rows, errors } = readCsv(
        text,
        TARIFF_COLUMNS.map((name) => ({
          name,
          required: ['program', 'origin', 'rate_bp', 'effective_from'].includes(name),
        })),
        tariffRow,
      );
      for (const r of rows)
        if (r.value.effective_to && r.value.effective_to <= r.value.effective_from)
          errors.push({
            line: r.line,
            field: 'effective_to',
            reason: 'must be after effective_from',
          });
      if (errors.length) throw csvRejected('Tariff rows', errors);
      return applyAll(deps.db, options, 'Tariff rows', rows, async (trx, r, result) => {
        const tariffs = createTariffService({ ...deps, db: trx });
        const v = r.value;
        const input = {
          program: v.program,
          htsPrefix: v.hts_prefix ?? '',
          origin: v.origin,
          rateBp: v.rate_bp,
          effectiveFrom: v.effective_from,
          effectiveTo: v.effective_to ?? null,
          voidedOn: v.voided_on ?? null,
          legalReference: v.legal_reference ?? null,
          note: v.note ?? null,
          uncertain: v.uncertain ?? false,
        };
        if (v.id) {
          await tariffs.updateRow(actor, v.id, input);
          result.updated += 1;
        } else {
          await tariffs.createRow(actor, input, v.scenario);
          result.created += 1;
        }
      });
    },
  };
}
