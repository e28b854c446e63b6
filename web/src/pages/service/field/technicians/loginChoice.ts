/**
 * Which login works a technician's visits. Only admins may list users, so the desk links its
 * own login ("a technician links themself") or none, and keeps a link someone else made.
 */
export type LoginChoice = 'none' | 'me' | 'keep';

export function loginChoices(current: string | null, meId: string, meEmail: string) {
  return [
    { value: 'none', label: 'None' },
    { value: 'me', label: `Me (${meEmail})` },
    ...(current && current !== meId ? [{ value: 'keep', label: 'Keep the linked login' }] : []),
  ];
}

/** The `user` to send for a choice. */
export function userOf(choice: LoginChoice, meId: string, current: string | null): string | null {
  if (choice === 'me') return meId;
  if (choice === 'keep') return current;
  return null;
}
