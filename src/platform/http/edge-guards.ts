import type { FastifyInstance } from 'fastify';
import { invalid } from '../errors.js';

/**
 * Input no store can hold is refused where it enters: PostgreSQL text cannot contain NUL, so a
 * NUL in a URL or a JSON string is a 400 here, never a database error later.
 */
export function registerEdgeGuards(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (/%00/i.test(request.url)) {
      throw invalid('MALFORMED_REQUEST', 'The URL may not contain NUL characters (%00).');
    }
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      if (containsNul(value)) {
        return done(invalid('MALFORMED_BODY', 'Text in the body may not contain NUL characters.'));
      }
      done(null, value);
    });
  });
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  }
  return false;
}
