import type {
  Incoterm,
  PriceBreak,
  PurchaseOrderInput,
  PurchaseOrderLineInput,
} from '../../../api/supplyTypes';
import { centsOf } from '../../../lib/money';

export interface PoLineDraft {
  /** Stable React key. */
  key: number;
  /** Part number. */
  part: string | null;
  quantity: number | string;
  /** Dollars; '' takes the supplier's price break. */
  price: number | string;
}

export interface PoDraft {
  /** Supplier code. */
  supplier: string | null;
  incoterm: Incoterm;
  /** '' = the supplier's country. */
  origin: string;
  orderDate: string;
  /** '' = from each line's lead time. */
  dueDate: string;
  freightDollars: number | string;
  note: string;
  lines: PoLineDraft[];
}

/** Top-level request fields, for placing the server's per-field errors. */
export const PO_FIELDS = [
  'supplier',
  'incoterm',
  'origin',
  'orderDate',
  'dueDate',
  'freightEstimateCents',
  'note',
] as const;

let nextKey = 1;

export function emptyLine(): PoLineDraft {
  return { key: nextKey++, part: null, quantity: '', price: '' };
}

export function emptyPoDraft(orderDate: string): PoDraft {
  return {
    supplier: null,
    incoterm: 'FOB',
    origin: '',
    orderDate,
    dueDate: '',
    freightDollars: '',
    note: '',
    lines: [emptyLine()],
  };
}

/** The supplier's price for a part at a quantity: its highest break at or below it. */
export function breakFor(
  breaks: readonly PriceBreak[],
  partNumber: string | null,
  quantity: number | string,
): PriceBreak | null {
  if (!partNumber || typeof quantity !== 'number') return null;
  return (
    breaks
      .filter((b) => b.partNumber === partNumber && b.minQuantity <= quantity)
      .sort((a, b) => b.minQuantity - a.minQuantity)[0] ?? null
  );
}

/** A line's unit price in cents: typed, else the break's; null when neither is known. */
export function linePriceCents(line: PoLineDraft, breaks: readonly PriceBreak[]): number | null {
  return centsOf(line.price) ?? breakFor(breaks, line.part, line.quantity)?.unitPriceCents ?? null;
}

export function isLineComplete(line: PoLineDraft): boolean {
  return line.part !== null && typeof line.quantity === 'number' && line.quantity >= 1;
}

export function isPoComplete(draft: PoDraft): boolean {
  return draft.supplier !== null && draft.lines.length > 0 && draft.lines.every(isLineComplete);
}

export function poInputOf(draft: PoDraft): PurchaseOrderInput {
  const lines = draft.lines.map((line) => {
    const input: PurchaseOrderLineInput = {
      part: line.part ?? '',
      quantity: Number(line.quantity),
    };
    const cents = centsOf(line.price);
    if (cents !== undefined) input.unitPriceCents = cents;
    return input;
  });
  const input: PurchaseOrderInput = {
    supplier: draft.supplier ?? '',
    incoterm: draft.incoterm,
    lines,
  };
  if (draft.origin.trim()) input.origin = draft.origin.trim().toUpperCase();
  if (draft.orderDate) input.orderDate = draft.orderDate;
  if (draft.dueDate) input.dueDate = draft.dueDate;
  const freight = centsOf(draft.freightDollars);
  if (freight !== undefined) input.freightEstimateCents = freight;
  if (draft.note.trim()) input.note = draft.note.trim();
  return input;
}
