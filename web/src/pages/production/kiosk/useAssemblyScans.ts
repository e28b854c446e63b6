import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { classifyScan } from './classifyScan';
import type { ScannedItem } from './ScannedList';

const without = (list: ScannedItem[], serial: string) => list.filter((i) => i.serial !== serial);
const withItem = (list: ScannedItem[], item: ScannedItem) =>
  list.some((i) => i.serial === item.serial) ? list : [...list, item];

/**
 * The serials scanned for one unit, sorted as they come into hashboards and part serials.
 * Scans are looked up side by side: a fast scanner does not wait for the previous one.
 */
export function useAssemblyScans() {
  const queryClient = useQueryClient();
  const [boards, setBoards] = useState<ScannedItem[]>([]);
  const [parts, setParts] = useState<ScannedItem[]>([]);
  const [checking, setChecking] = useState(0);
  const [error, setError] = useState<unknown>(null);

  const add = async (serial: string) => {
    setError(null);
    if ([...boards, ...parts].some((i) => i.serial === serial))
      return setError(`${serial} is already scanned.`);
    setChecking((n) => n + 1);
    try {
      const found = await classifyScan(queryClient, serial);
      if (found.as === 'hashboard') setBoards((list) => withItem(list, { serial }));
      else if (found.as === 'part')
        setParts((list) => withItem(list, { serial, note: found.partNumber }));
      else setError(found.message);
    } catch (cause) {
      setError(cause);
    } finally {
      setChecking((n) => n - 1);
    }
  };

  return {
    boards,
    parts,
    /** Lookups still under way. */
    checking: checking > 0,
    /** Why the last scan was refused. */
    error,
    setError,
    add,
    remove: (serial: string) => {
      setBoards((list) => without(list, serial));
      setParts((list) => without(list, serial));
    },
    clear: () => {
      setBoards([]);
      setParts([]);
      setError(null);
    },
  };
}
