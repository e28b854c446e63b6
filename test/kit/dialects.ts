import type { DialectName } from '../../src/platform/db/database.js';

/**
 * Integration tests run once per dialect in RIGLINE_TEST_DIALECTS (default `sqlite`; CI:
 * `sqlite,postgres`). PostgreSQL needs RIGLINE_TEST_PG_URL, an admin URL of a server the
 * tests may create databases on.
 */
export function testDialects(env: Record<string, string | undefined> = process.env): DialectName[] {
  const names = (env.RIGLINE_TEST_DIALECTS ?? 'sqlite')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  for (const name of names) {
    if (name !== 'sqlite' && name !== 'postgres') {
      throw new Error(`RIGLINE_TEST_DIALECTS: unknown dialect "${name}" (sqlite, postgres)`);
    }
  }
  if (names.includes('postgres') && !env.RIGLINE_TEST_PG_URL) {
    throw new Error('RIGLINE_TEST_DIALECTS includes postgres but RIGLINE_TEST_PG_URL is not set');
  }
  return names as DialectName[];
}

export function pgAdminUrl(): string {
  const url = process.env.RIGLINE_TEST_PG_URL;
  if (!url) throw new Error('RIGLINE_TEST_PG_URL is not set');
  return url;
}

export function pgUrlFor(database: string): string {
  const url = new URL(pgAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}
