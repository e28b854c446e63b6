import type { SalesIncoterm, SalesOrderInput, SalesOrderLineInput } from '../../../api/salesTypes';
import { addDaysIso, isIsoDate } from '../../../lib/isoDates';
import { centsOf } from '../../../lib/money';

export interface SoLineDraft {
  /** Stable React key. */
  key: number;
  /** Model name. */
  model: string | null;
  quantity: number | string;
  /** Dollars per unit. */
  price: number | string;
  /** Any day of the wanted week (YYYY-MM-DD); '' until picked. */
  requestedWeek: string;
  /** Site code of the chosen customer. */
  site: string | null;
  incoterm: SalesIncoterm;
}

export interface SoDraft {
  /** Customer code. */
  customer: string | null;
  customerPo: string;
  note: string;
  lines: SoLineDraft[];
}

/** Top-level request fields, for placing the server's per-field errors. */
export const SO_FIELDS = ['customer', 'customerPo', 'note'] as const;

export type SoLineField = 'model' | 'quantity' | 'unitPriceCents' | 'requestedWeek' | 'site';

let nextKey = 1;

export function emptySoLine(site: string | null = null): SoLineDraft {
  return {
    key: nextKey++,
    model: null,
    quantity: '',
    price: '',
    requestedWeek: '',
    site,
    incoterm: 'DAP',
  };
}

export function emptySoDraft(): SoDraft {
  return { customer: null, customerPo: '', note: '', lines: [emptySoLine()] };
}

/** The Monday of the week of a YYYY-MM-DD date: the server keeps a requested week as it. */
export function mondayOf(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1).getDay();
  return addDaysIso(iso, -((weekday + 6) % 7));
}

/**
 * What is wrong with a line before it is sent, by request field; only fields already typed are
 * judged, so an empty form is not red. `today` decides which weeks have passed.
 */
export function lineProblems(
  line: SoLineDraft,
  today: string,
): Partial<Record<SoLineField, string>> {
  const problems: Partial<Record<SoLineField, string>> = {};
  if (line.quantity !== '' && !(typeof line.quantity === 'number' && line.quantity >= 1))
    problems.quantity = 'At least one unit';
  if (line.price !== '' && !(typeof line.price === 'number' && line.price > 0))
    problems.unitPriceCents = 'A price above $0';
  if (line.requestedWeek !== '') {
    if (!isIsoDate(line.requestedWeek)) problems.requestedWeek = 'Pick a date';
    else if (mondayOf(line.requestedWeek) < mondayOf(today))
      problems.requestedWeek = 'That week has passed';
  }
  return problems;
}

function isLineComplete(line: SoLineDraft, today: string): boolean {
  return (
    line.model !== null &&
    typeof line.quantity === 'number' &&
    typeof line.price === 'number' &&
    line.requestedWeek !== '' &&
    line.site !== null &&
    Object.keys(lineProblems(line, today)).length === 0
  );
}

export function isSoComplete(draft: SoDraft, today: string): boolean {
  return (
    draft.customer !== null &&
    draft.lines.length > 0 &&
    draft.lines.every((line) => isLineComplete(line, today))
  );
}

export function lineTotalCents(line: SoLineDraft): number {
  const cents = centsOf(line.price) ?? 0;
  return typeof line.quantity === 'number' ? cents * line.quantity : 0;
}

export function soInputOf(draft: SoDraft): SalesOrderInput {
  const lines = draft.lines.map((line): SalesOrderLineInput => ({
    model: line.model ?? '',
    quantity: Number(line.quantity),
    unitPriceCents: centsOf(line.price) ?? 0,
    requestedWeek: line.requestedWeek,
    site: line.site ?? '',
    incoterm: line.incoterm,
  }));
  const input: SalesOrderInput = { customer: draft.customer ?? '', lines };
  if (draft.customerPo.trim()) input.customerPo = draft.customerPo.trim();
  if (draft.note.trim()) input.note = draft.note.trim();
  return input;
}
