export const MIN_PASSWORD_LENGTH = 12;

/** Client-side check mirroring the server rule; the server stays the authority. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  return null;
}
