import type { PurchaseOrder, ReceiptInput, ReceiptLineInput } from '../../../api/supplyTypes';
import { centsOf } from '../../../lib/money';

/** What has been scanned or typed for one open PO line. */
export interface ReceiveLineDraft {
  serials: string[];
  quantity: number | string;
  lotCode: string;
  dateCode: string;
}

export interface ReceiptDraft {
  receivedOn: string;
  /** Location code. */
  location: string | null;
  entryNumber: string;
  /** '' = the day received. */
  entryDate: string;
  freightDollars: number | string;
  insuranceDollars: number | string;
  brokerageDollars: number | string;
  /** By PO line number. */
  lines: Record<number, ReceiveLineDraft>;
}

/** Top-level request fields, for placing the server's per-field errors. */
export const RECEIPT_FIELDS = [
  'receivedOn',
  'location',
  'entry',
  'freightCents',
  'insuranceCents',
  'brokerageCents',
] as const;

export const EMPTY_LINE: ReceiveLineDraft = {
  serials: [],
  quantity: '',
  lotCode: '',
  dateCode: '',
};

export function emptyReceiptDraft(receivedOn: string, location: string | null): ReceiptDraft {
  return {
    receivedOn,
    location,
    entryNumber: '',
    entryDate: '',
    freightDollars: '',
    insuranceDollars: '',
    brokerageDollars: '',
    lines: {},
  };
}

/** Goods from outside the US clear customs: their entry must be named. */
export const needsEntry = (po: Pick<PurchaseOrder, 'origin'>) => po.origin !== 'US';

/** One line of the request, or null when nothing was entered for it (the line is skipped). */
function lineInput(
  lineNo: number,
  tracking: string,
  draft: ReceiveLineDraft,
): ReceiptLineInput | null {
  if (tracking === 'serial')
    return draft.serials.length ? { line: lineNo, serials: draft.serials } : null;
  const quantity = typeof draft.quantity === 'number' ? draft.quantity : undefined;
  const lotCode = draft.lotCode.trim();
  if (quantity === undefined && lotCode === '') return null;
  const input: ReceiptLineInput = { line: lineNo };
  if (quantity !== undefined) input.quantity = quantity;
  if (tracking === 'lot') input.lot = { code: lotCode, dateCode: draft.dateCode.trim() || null };
  return input;
}

export function receiptInputOf(po: PurchaseOrder, draft: ReceiptDraft): ReceiptInput {
  const lines = po.lines
    .filter((line) => line.openQuantity > 0)
    .map((line) => lineInput(line.lineNo, line.tracking, draft.lines[line.lineNo] ?? EMPTY_LINE))
    .filter((line): line is ReceiptLineInput => line !== null);
  const input: ReceiptInput = { lines };
  if (draft.receivedOn) input.receivedOn = draft.receivedOn;
  if (draft.location) input.location = draft.location;
  if (draft.entryNumber.trim()) {
    input.entry = { number: draft.entryNumber.trim() };
    if (draft.entryDate) input.entry.date = draft.entryDate;
  }
  const freight = centsOf(draft.freightDollars);
  const insurance = centsOf(draft.insuranceDollars);
  const brokerage = centsOf(draft.brokerageDollars);
  if (freight !== undefined) input.freightCents = freight;
  if (insurance !== undefined) input.insuranceCents = insurance;
  if (brokerage !== undefined) input.brokerageCents = brokerage;
  return input;
}
