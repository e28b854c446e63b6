import type { Supplier, SupplierInput } from '../../../api/supplyTypes';
import { centsOf, dollarsOf } from '../../../lib/money';

/** The supplier form as typed: numbers may be '' while empty. */
export interface SupplierDraft {
  code: string;
  name: string;
  country: string;
  leadTimeDays: number | string;
  minOrderDollars: number | string;
  contactEmail: string;
  note: string;
  restricted: boolean;
  restrictedList: string;
  restrictedSince: string;
  restrictedNote: string;
}

/** The request fields, for placing the server's per-field errors next to the inputs. */
export const SUPPLIER_FIELDS = [
  'code',
  'name',
  'country',
  'leadTimeDays',
  'minOrderCents',
  'contactEmail',
  'restrictedList',
  'restrictedSince',
  'restrictedNote',
  'note',
] as const;

export const EMPTY_SUPPLIER_DRAFT: SupplierDraft = {
  code: '',
  name: '',
  country: '',
  leadTimeDays: '',
  minOrderDollars: 0,
  contactEmail: '',
  note: '',
  restricted: false,
  restrictedList: 'Entity List',
  restrictedSince: '',
  restrictedNote: '',
};

export function draftOf(supplier: Supplier): SupplierDraft {
  return {
    code: supplier.code,
    name: supplier.name,
    country: supplier.country,
    leadTimeDays: supplier.leadTimeDays,
    minOrderDollars: dollarsOf(supplier.minOrderCents),
    contactEmail: supplier.contactEmail ?? '',
    note: supplier.note ?? '',
    restricted: supplier.restricted,
    restrictedList: supplier.restrictedList ?? 'Entity List',
    restrictedSince: supplier.restrictedSince ?? '',
    restrictedNote: supplier.restrictedNote ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function isComplete(draft: SupplierDraft): boolean {
  return (
    draft.code.trim() !== '' &&
    draft.name.trim() !== '' &&
    /^[A-Za-z]{2}$/.test(draft.country.trim()) &&
    typeof draft.leadTimeDays === 'number' &&
    typeof draft.minOrderDollars === 'number' &&
    (!draft.restricted || draft.restrictedList.trim() !== '')
  );
}

/** The full request; an unticked "restricted" clears the flag (nulls). */
export function inputOf(draft: SupplierDraft): SupplierInput {
  return {
    code: draft.code.trim(),
    name: draft.name.trim(),
    country: draft.country.trim().toUpperCase(),
    leadTimeDays: typeof draft.leadTimeDays === 'number' ? draft.leadTimeDays : 0,
    minOrderCents: centsOf(draft.minOrderDollars) ?? 0,
    contactEmail: orNull(draft.contactEmail),
    note: orNull(draft.note),
    restrictedList: draft.restricted ? orNull(draft.restrictedList) : null,
    restrictedSince: draft.restricted ? orNull(draft.restrictedSince) : null,
    restrictedNote: draft.restricted ? orNull(draft.restrictedNote) : null,
  };
}

/** Only what changed, for a PATCH. */
export function changesOf(supplier: Supplier, draft: SupplierDraft): Partial<SupplierInput> {
  const input = inputOf(draft);
  const before: Record<string, unknown> = supplier as unknown as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => before[key] !== value),
  ) as Partial<SupplierInput>;
}
