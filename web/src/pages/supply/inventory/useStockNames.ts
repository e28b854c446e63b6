import { useParts } from '../../../api/catalog';
import type { Part } from '../../../api/catalogTypes';
import { useLocations } from '../../../api/supply';
import type { StockLocation } from '../../../api/supplyTypes';

/** Moves and serials name parts and locations by id: this resolves them for display. */
export function useStockNames() {
  const parts = useParts({});
  const locations = useLocations();
  const partById = new Map((parts.data?.items ?? []).map((part) => [part.id, part]));
  const locationById = new Map((locations.data?.items ?? []).map((l) => [l.id, l]));
  return {
    part: (id: string): Part | undefined => partById.get(id),
    location: (id: string | null): StockLocation | undefined =>
      id === null ? undefined : locationById.get(id),
  };
}
