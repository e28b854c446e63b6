/**
 * In-memory session state shared by the API client: the CSRF token that must
 * accompany every non-GET request, and listeners told when the session is gone.
 */
let csrfToken: string | null = null;
const sessionExpiredListeners = new Set<() => void>();

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Subscribes to "the server answered 401"; returns the unsubscribe function. */
export function onSessionExpired(listener: () => void): () => void {
  sessionExpiredListeners.add(listener);
  return () => {
    sessionExpiredListeners.delete(listener);
  };
}

export function notifySessionExpired(): void {
  csrfToken = null;
  for (const listener of sessionExpiredListeners) listener();
}
