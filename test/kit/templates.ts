import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase, type DialectName } from '../../src/platform/db/database.js';
import { createLogger } from '../../src/platform/logger.js';
import { createSystem } from '../../src/system.js';
import { pgAdminUrl, pgUrlFor } from './dialects.js';

/**
 * Each test gets a fresh database copied from a template migrated once per run: a file copy on
 * SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL. The global setup provides the templates.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplates: Partial<Record<DialectName, string>>;
  }
}

async function migrate(target: { sqliteFile?: string; postgresUrl?: string }): Promise<void> {
  const database = openDatabase(target);
  const system = createSystem({
    config: loadConfig({}),
    logger: createLogger('silent'),
    database,
    webRoot: null,
  });
  try {
    await system.migrate();
    // Reference seeding emitted events; a system that has run would have dispatched them.
    await system.platform.dispatcher.drain();
  } finally {
    await system.close();
  }
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTemplate(dialect: DialectName): Promise<string> {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  if (dialect === 'sqlite') {
    const file = join(mkdtempSync(join(tmpdir(), 'rigline-tpl-')), 'template.db');
    await migrate({ sqliteFile: file });
    return file;
  }
  const name = `rl_tpl_${suffix}`;
  await adminQuery(`create database ${name}`);
  await migrate({ postgresUrl: pgUrlFor(name) });
  return name;
}

export async function dropTemplate(dialect: DialectName, template: string): Promise<void> {
  if (dialect === 'sqlite') rmSync(join(template, '..'), { recursive: true, force: true });
  else await adminQuery(`drop database if exists ${template}`);
}

let counter = 0;

/** A fresh, migrated database for one test; returns how to open and how to drop it. */
export async function freshDatabase(
  dialect: DialectName,
): Promise<{ target: { sqliteFile?: string; postgresUrl?: string }; drop: () => Promise<void> }> {
  const template = inject('dbTemplates')[dialect];
  if (!template)
    throw new Error(`No ${dialect} template database: is the global setup configured?`);
  counter += 1;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rigline-test-'));
    const file = join(dir, 'test.db');
    copyFileSync(template, file);
    return {
      target: { sqliteFile: file },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `rl_t_${process.pid}_${counter}_${Date.now().toString(36)}`;
  await adminQuery(`create database ${name} template ${template}`);
  return {
    target: { postgresUrl: pgUrlFor(name) },
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
