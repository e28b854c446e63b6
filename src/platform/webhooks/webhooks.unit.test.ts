import { describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress, refuseLiteralDestination } from './destination.js';
import { signPayload, verifySignature } from './signature.js';

describe('webhook signatures', () => {
  it('verifies its own signature and refuses tampering, other secrets and stale timestamps', () => {
    const at = 1_800_000_000_000;
    const header = signPayload('whsec_a', '{"x":1}', at);
    expect(header).toMatch(/^t=1800000000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_a', '{"x":1}', header, 300_000, at + 1000)).toBe(true);
    expect(verifySignature('whsec_a', '{"x":2}', header, 300_000, at)).toBe(false);
    expect(verifySignature('whsec_b', '{"x":1}', header, 300_000, at)).toBe(false);
    expect(verifySignature('whsec_a', '{"x":1}', header, 300_000, at + 600_000)).toBe(false);
    expect(verifySignature('whsec_a', '{"x":1}', 'garbage', 300_000, at)).toBe(false);
  });
});

describe('webhook destinations', () => {
  it('recognises private, loopback and link-local addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:10.0.0.1',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700::1111'])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses literal private hosts unless allowed', () => {
    expect(refuseLiteralDestination('http://127.0.0.1:8080/x', false)).toMatch(/private address/);
    expect(refuseLiteralDestination('http://[::1]/x', false)).toMatch(/private address/);
    expect(refuseLiteralDestination('http://127.0.0.1:8080/x', true)).toBeNull();
    expect(refuseLiteralDestination('http://8.8.8.8/x', false)).toBeNull();
    expect(refuseLiteralDestination('http://hooks.example/x', false)).toBeNull();
  });

  it('refuses, at connection time, a name that resolves to a private address', async () => {
    const resolve = (allow: boolean) =>
      new Promise<string>((done) =>
        guardedLookup(allow)('localhost', {}, (error, address) =>
          done(error ? error.message : String(address)),
        ),
      );
    expect(await resolve(false)).toMatch(/localhost resolves to a private address/);
    expect(await resolve(true)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it('covers reserved ranges beyond RFC 1918', () => {
    for (const a of [
      '198.18.0.1',
      '240.0.0.1',
      '255.255.255.255',
      '192.0.0.8',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });
});
