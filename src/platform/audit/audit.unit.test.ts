import { describe, expect, it } from 'vitest';
import { redactSecrets } from './audit.service.js';

describe('audit redaction', () => {
  it('removes secrets at any depth and keeps the rest', () => {
    expect(
      redactSecrets({
        a: 1,
        passwordHash: 'x',
        nested: [{ secret: 's', ok: true }],
        csrfToken: 't',
      }),
    ).toEqual({
      a: 1,
      passwordHash: '[redacted]',
      nested: [{ secret: '[redacted]', ok: true }],
      csrfToken: '[redacted]',
    });
  });
});
