import type { CustomerInput } from '../../../api/salesTypes';

/** The customer form as typed: numbers may be '' while empty. */
export interface CustomerDraft {
  code: string;
  name: string;
  /** '1'..'5' (a Select value). */
  priority: string;
  fleetSize: number | string;
  note: string;
}

export const CUSTOMER_FIELDS = ['code', 'name', 'priority', 'fleetSize', 'note'] as const;

export const EMPTY_CUSTOMER_DRAFT: CustomerDraft = {
  code: '',
  name: '',
  priority: '3',
  fleetSize: '',
  note: '',
};

/** The server's rule for codes: a letter or digit, then letters, digits, '.', '_' or '-'. */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function customerProblems(draft: CustomerDraft): Partial<Record<'code', string>> {
  if (draft.code.trim() !== '' && !CODE_PATTERN.test(draft.code.trim()))
    return { code: 'Letters, digits, . _ - only' };
  return {};
}

export function isCustomerComplete(draft: CustomerDraft): boolean {
  return (
    draft.code.trim() !== '' &&
    draft.name.trim() !== '' &&
    Object.keys(customerProblems(draft)).length === 0
  );
}

export function customerInputOf(draft: CustomerDraft): CustomerInput {
  return {
    code: draft.code.trim().toUpperCase(),
    name: draft.name.trim(),
    priority: Number(draft.priority),
    fleetSize: typeof draft.fleetSize === 'number' ? draft.fleetSize : null,
    note: draft.note.trim() || null,
  };
}
