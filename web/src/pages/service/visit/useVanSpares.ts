import { useTechnicians } from '../../../api/field';
import { useBalances } from '../../../api/supply';
import type { StockBalance } from '../../../api/supplyTypes';

export interface VanSpare {
  partNumber: string;
  name: string;
  /** Serial-tracked parts are swapped by serial; bulk ones (fans) by quantity. */
  serialized: boolean;
  available: number;
}

/** One entry per part: balances come per lot. */
function sparesOf(balances: StockBalance[]): VanSpare[] {
  const byPart = new Map<string, VanSpare>();
  for (const b of balances) {
    const spare = byPart.get(b.partNumber) ?? {
      partNumber: b.partNumber,
      name: b.partName,
      serialized: b.tracking === 'serial',
      available: 0,
    };
    spare.available += b.available;
    byPart.set(b.partNumber, spare);
  }
  return [...byPart.values()].filter((s) => s.available > 0);
}

/**
 * What the visit's technician carries: parts used on site leave that van's stock. Empty while
 * the visit has no technician or the technician no van.
 */
export function useVanSpares(technicianCode: string | null) {
  const technicians = useTechnicians(technicianCode !== null);
  const van = technicians.data?.items.find((t) => t.code === technicianCode)?.vanLocationId ?? null;
  const balances = useBalances({ location: van, nonZero: true }, van !== null);
  return {
    spares: van ? sparesOf(balances.data?.items ?? []) : [],
    hasVan: van !== null,
    loading:
      (technicianCode !== null && technicians.isPending) || (van !== null && balances.isPending),
  };
}
