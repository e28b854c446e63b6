import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Secure headers. HTML (the web app, the API docs) gets helmet's full set; JSON API answers get
 * the short set OWASP recommends for REST APIs (no-store, nosniff, no framing, a deny-all CSP),
 * which is all a browser can use on JSON. Both sets are computed once, not per request.
 */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: { secureTransport: boolean },
): void {
  const pageHeaders = helmetHeaders({
    hsts: options.secureTransport,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.secureTransport ? [] : null,
      },
    },
  });
  const apiHeaders: Record<string, string> = {
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };
  if (options.secureTransport)
    apiHeaders['strict-transport-security'] = 'max-age=31536000; includeSubDomains';

  app.addHook('onSend', async (request, reply, payload) => {
    const url = request.url;
    const isApi =
      (url.startsWith('/api/') && !url.startsWith('/api/docs')) ||
      url.startsWith('/healthz') ||
      url.startsWith('/readyz') ||
      url.startsWith('/metrics');
    reply.headers(isApi ? apiHeaders : pageHeaders);
    return payload;
  });
}

/** Run helmet once against a recording response to learn the headers it would set. */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as never, recorder as never, () => {});
  return headers;
}
