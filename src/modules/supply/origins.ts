import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { SupplyTables } from './supply.tables.js';

/**
 * Where bought parts came from, for failure analysis downstream: the supplier of each serial
 * (through the receipt that brought it in) and of each lot code. Unknown ones are left out.
 */
export function createOrigins(deps: { db: AnyDb }) {
  const db = tablesOf<SupplyTables>(deps.db);

  async function suppliersOfReceipts(numbers: string[]) {
    if (numbers.length === 0) return new Map<string, string>();
    const rows = await db
      .selectFrom('supplyReceipts as r')
      .innerJoin('supplyPurchaseOrders as p', 'p.id', 'r.poId')
      .innerJoin('supplySuppliers as s', 's.id', 'p.supplierId')
      .select(['r.number', 's.code'])
      .where('r.number', 'in', numbers)
      .execute();
    return new Map(rows.map((r) => [r.number, r.code]));
  }

  return {
    /** Serial → supplier code, for serials received against a purchase order. */
    async supplierOfSerials(serials: readonly string[]) {
      const out = new Map<string, string>();
      for (let i = 0; i < serials.length; i += 500) {
        const moves = await db
          .selectFrom('supplyMoves')
          .select(['serial', 'reference'])
          .where('serial', 'in', serials.slice(i, i + 500))
          .where('reason', '=', 'receipt')
          .execute();
        const receipts = await suppliersOfReceipts([
          ...new Set(moves.map((m) => (m.reference ?? '').replace(/^receipt:/, ''))),
        ]);
        for (const m of moves) {
          const code = receipts.get((m.reference ?? '').replace(/^receipt:/, ''));
          if (code && m.serial) out.set(m.serial, code);
        }
      }
      return out;
    },

    /** Lot code → supplier code. */
    async supplierOfLots(lotCodes: readonly string[]) {
      if (lotCodes.length === 0) return new Map<string, string>();
      const rows = await db
        .selectFrom('supplyLots as l')
        .innerJoin('supplySuppliers as s', 's.id', 'l.supplierId')
        .select(['l.lotCode', 's.code'])
        .where('l.lotCode', 'in', [...new Set(lotCodes)])
        .execute();
      return new Map(rows.map((r) => [r.lotCode, r.code]));
    },
  };
}

export type Origins = ReturnType<typeof createOrigins>;
