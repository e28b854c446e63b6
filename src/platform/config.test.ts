import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('config', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dbFile: './data/rigline.db',
      databaseUrl: undefined,
      logLevel: 'info',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads the environment, and flags win over it', () => {
    const c = loadConfig({ PORT: '9000', DATABASE_URL: 'postgres://u@h/db' }, { port: '9100' });
    expect(c.port).toBe(9100);
    expect(c.databaseUrl).toBe('postgres://u@h/db');
  });

  it('names the variable of a bad value in one line', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      /^Invalid configuration: PORT must be a whole number \(got "eighty"\)$/,
    );
    expect(() => loadConfig({}, { port: '70000' })).toThrow(/--port/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ RIGLINE_LOG_LEVEL: 'loud' })).toThrow(/RIGLINE_LOG_LEVEL/);
  });

  it('never echoes credentials inside a bad URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://app:hunter2@db/x' })).toThrow(
      /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL \(got "mysql:\/\/\*\*\*@db\/x"\)/,
    );
  });

  it('never echoes a bad admin password', () => {
    try {
      loadConfig({ RIGLINE_ADMIN_PASSWORD: 'short-pw' });
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toMatch(/RIGLINE_ADMIN_PASSWORD must be at least 12 characters/);
      expect(String(e)).not.toContain('short-pw');
    }
  });
});
