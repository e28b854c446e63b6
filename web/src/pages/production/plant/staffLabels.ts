import type { StaffMember } from '../../../api/plantTypes';
import { addDaysIso } from '../../../lib/isoDates';

/** The employee number after the highest of the form letters + digits: E0196 → E0197. */
export function nextEmployeeNo(staff: readonly StaffMember[]): string {
  let best: { prefix: string; number: number; width: number } | null = null;
  for (const person of staff) {
    const match = /^([A-Za-z]*)(\d+)$/.exec(person.employeeNo);
    if (!match) continue;
    const number = Number(match[2]);
    if (!best || number > best.number)
      best = { prefix: match[1] ?? '', number, width: match[2]?.length ?? 1 };
  }
  if (!best) return '';
  return `${best.prefix}${String(best.number + 1).padStart(best.width, '0')}`;
}

/** The first week whose roster has someone hired on `hiredOn`: rosters count who is on staff on Monday. */
export function firstRosterWeek(hiredOn: string): string {
  const [year, month, day] = hiredOn.split('-').map(Number);
  const weekday = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1).getDay();
  return weekday === 1 ? hiredOn : addDaysIso(hiredOn, (8 - weekday) % 7);
}
