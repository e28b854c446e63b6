import { describe, expect, it } from 'vitest';
import { minerFixture } from '../../../../test/fixtures/miner/index.js';
import { parseCgiSummary, parseSystemInfo, realmIsAntminer } from './cgi.js';
import { digestAuthorization, parseDigestChallenge } from './digest.js';
import { normalizeMac } from './values.js';

describe('Antminer CGI', () => {
  it('reads get_system_info.cgi', () => {
    expect(parseSystemInfo(minerFixture('cgi-system-info.txt'))).toEqual({
      ok: true,
      repairs: [],
      value: {
        model: 'Antminer S21',
        mac: '02:1a:2b:3c:4d:5e',
        hostname: 'Antminer',
        unitSerial: 'JYZZB4ABCD123456',
        firmwareVersion: 'Thu Jan 11 16:42:03 CST 2024',
        firmwareType: 'Release',
      },
    });
  });

  it('reads summary.cgi and lists every status that is not "s" as a problem', () => {
    expect(parseCgiSummary(minerFixture('cgi-summary.txt'))).toEqual({
      ok: true,
      repairs: [],
      value: {
        uptimeS: 7200,
        ths5s: 201.021,
        thsAvg: 200.31,
        thsIdeal: 200,
        problems: ['fans: fan 3 speed too low (code 2)'],
      },
    });
  });

  it('rejects what is not a CGI reply', () => {
    expect(parseSystemInfo('')).toEqual({ ok: false, reason: 'empty reply' });
    expect(parseCgiSummary('{"SUMMARY":[]}')).toEqual({
      ok: false,
      reason: 'summary.cgi: no SUMMARY',
    });
    expect(parseSystemInfo(42)).toEqual({ ok: false, reason: 'not a reply' });
  });

  it('recognises the antMiner realm', () => {
    expect(realmIsAntminer('Digest realm="antMiner Configuration", nonce="abc", qop="auth"')).toBe(
      true,
    );
    expect(realmIsAntminer('Digest realm="whatsminer", nonce="abc"')).toBe(false);
    expect(realmIsAntminer(undefined)).toBe(false);
  });
});

describe('normalizeMac', () => {
  it('lower-case colon form or null', () => {
    expect(normalizeMac('C4:11:04:A1:B2:C3')).toBe('c4:11:04:a1:b2:c3');
    expect(normalizeMac('c4-11-04-a1-b2-c3')).toBe('c4:11:04:a1:b2:c3');
    expect(normalizeMac('C41104A1B2C3')).toBe('c4:11:04:a1:b2:c3');
    expect(normalizeMac('00:00:00:00:00:00')).toBeNull();
    expect(normalizeMac('c4:11:04:a1:b2')).toBeNull();
    expect(normalizeMac('zz:11:04:a1:b2:c3')).toBeNull();
    expect(normalizeMac(null)).toBeNull();
  });
});

describe('HTTP digest', () => {
  it('matches the RFC 2617 example (MD5, qop=auth)', () => {
    const r = digestAuthorization({
      method: 'GET',
      uri: '/dir/index.html',
      username: 'Mufasa',
      password: 'Circle Of Life',
      challenge:
        'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
      cnonce: '0a4f113b',
      nc: 1,
    });
    expect(r).toEqual({
      ok: true,
      header:
        'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", algorithm=MD5, response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41", qop=auth, nc=00000001, cnonce="0a4f113b"',
    });
  });

  it('matches the RFC 7616 examples (MD5 and SHA-256)', () => {
    const base = {
      method: 'GET',
      uri: '/dir/index.html',
      username: 'Mufasa',
      password: 'Circle of Life',
      cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
      nc: 1,
    };
    const challenge = (alg: string) =>
      `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${alg}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`;
    const md5 = digestAuthorization({ ...base, challenge: challenge('MD5') });
    const sha = digestAuthorization({ ...base, challenge: challenge('SHA-256') });
    expect(md5.ok && md5.header).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(sha.ok && sha.header).toContain(
      'response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"',
    );
  });

  it('builds the antMiner header with root/root', () => {
    const r = digestAuthorization({
      method: 'GET',
      uri: '/cgi-bin/get_system_info.cgi',
      username: 'root',
      password: 'root',
      challenge: 'Digest realm="antMiner Configuration", nonce="66b0b2f1:1f4b2e5c", qop="auth"',
      cnonce: 'abcdef0123456789',
      nc: 2,
    });
    expect(r.ok && r.header).toMatch(
      /^Digest username="root", realm="antMiner Configuration", nonce="66b0b2f1:1f4b2e5c", uri="\/cgi-bin\/get_system_info.cgi", algorithm=MD5, response="[0-9a-f]{32}", qop=auth, nc=00000002, cnonce="abcdef0123456789"$/,
    );
  });

  it('refuses what it cannot or must not build', () => {
    const base = {
      method: 'GET',
      uri: '/',
      username: 'root',
      password: 'root',
      challenge: 'Digest realm="r", nonce="n", qop="auth"',
      cnonce: 'c1',
      nc: 1,
    };
    expect(digestAuthorization({ ...base, challenge: 'Basic realm="x"' })).toEqual({
      ok: false,
      reason: 'not a digest challenge',
    });
    expect(digestAuthorization({ ...base, challenge: 'Digest realm="r"' })).toEqual({
      ok: false,
      reason: 'challenge has no nonce',
    });
    expect(
      digestAuthorization({ ...base, challenge: 'Digest realm="r", nonce="n", algorithm=SHA-512' }),
    ).toEqual({ ok: false, reason: 'unsupported algorithm SHA-512' });
    expect(digestAuthorization({ ...base, uri: '/\r\nX-Evil: 1' })).toEqual({
      ok: false,
      reason: 'bad value',
    });
    expect(digestAuthorization({ ...base, nc: 0 })).toEqual({
      ok: false,
      reason: 'bad nonce count',
    });
    expect(
      digestAuthorization({ ...base, challenge: 'Digest realm="r", nonce="n", qop="auth-int"' }),
    ).toEqual({
      ok: false,
      reason: 'unsupported qop',
    });
  });

  it('parses token and quoted challenge values', () => {
    expect(parseDigestChallenge('Digest realm="a \\"b\\"", nonce=xyz, algorithm=MD5-sess')).toEqual(
      {
        ok: true,
        challenge: { realm: 'a "b"', nonce: 'xyz', qop: null, opaque: null, algorithm: 'MD5-sess' },
      },
    );
  });
});
