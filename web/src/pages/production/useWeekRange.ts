import { useSearchParams } from 'react-router';
import { isIsoDate } from '../../lib/isoDates';

export interface WeekRange {
  weeks: number;
  /** Any date of the first week; null: this week. */
  from: string | null;
  setWeeks: (weeks: string) => void;
  setFrom: (from: string | null) => void;
}

/** Weeks shown and the first week, kept in the address (?weeks=&from=) so a view can be linked. */
export function useWeekRange(choices: readonly string[], defaultWeeks: number): WeekRange {
  const [params, setParams] = useSearchParams();
  const rawWeeks = params.get('weeks') ?? '';
  const weeks = choices.includes(rawWeeks) ? Number(rawWeeks) : defaultWeeks;
  const rawFrom = params.get('from') ?? '';
  const from = isIsoDate(rawFrom) ? rawFrom : null;

  const setParam = (key: 'weeks' | 'from', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return {
    weeks,
    from,
    setWeeks: (value) => setParam('weeks', value === String(defaultWeeks) ? null : value),
    setFrom: (value) => setParam('from', value),
  };
}
