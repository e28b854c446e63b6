import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';

export interface OutboxEntry {
  batchId: string;
  body: string;
  readings: number;
  attempts: number;
}

/**
 * The collector's durable queue: every batch is committed here before any push is tried, and removed only when the central ingest has acknowledged it. A WAN
 * outage or a restart therefore loses nothing; batches leave in the order they were made.
 * A batch the server refuses as invalid (4xx) is parked, not retried forever and not dropped.
 */
export function openOutbox(file: string) {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  // WAL with NORMAL sync: a committed batch survives the collector crashing or being killed;
  // only a power cut may lose the last batches written. FULL would fsync every batch and stall
  // the sweep's sockets for tens of milliseconds each time.
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    create table if not exists outbox (
      seq integer primary key autoincrement,
      batch_id text not null unique,
      created_at integer not null,
      readings integer not null,
      attempts integer not null default 0,
      body text not null
    );
    create table if not exists parked (
      batch_id text primary key,
      parked_at integer not null,
      status integer not null,
      reason text not null,
      body text not null
    );
  `);
  const insert = db.prepare(
    'insert or ignore into outbox (batch_id, created_at, readings, body) values (?, ?, ?, ?)',
  );
  const oldest = db.prepare(
    'select batch_id as batchId, body, readings, attempts from outbox order by seq limit 1',
  );
  const remove = db.prepare('delete from outbox where batch_id = ?');
  const bump = db.prepare('update outbox set attempts = attempts + 1 where batch_id = ?');
  const park = db.prepare(
    'insert or replace into parked (batch_id, parked_at, status, reason, body) select batch_id, ?, ?, ?, body from outbox where batch_id = ?',
  );
  const depth = db.prepare('select count(*) as n, coalesce(sum(readings), 0) as r from outbox');
  const parkedCount = db.prepare('select count(*) as n from parked');

  return {
    add(batchId: string, readings: number, body: string, at: number) {
      insert.run(batchId, at, readings, body);
    },
    oldest(): OutboxEntry | null {
      return (oldest.get() as OutboxEntry | undefined) ?? null;
    },
    acknowledge(batchId: string) {
      remove.run(batchId);
    },
    failedAttempt(batchId: string) {
      bump.run(batchId);
    },
    park: db.transaction((batchId: string, status: number, reason: string, at: number) => {
      park.run(at, status, reason.slice(0, 500), batchId);
      remove.run(batchId);
    }),
    depth(): { batches: number; readings: number; parked: number } {
      const d = depth.get() as { n: number; r: number };
      return { batches: d.n, readings: d.r, parked: (parkedCount.get() as { n: number }).n };
    },
    close() {
      db.close();
    },
  };
}

export type Outbox = ReturnType<typeof openOutbox>;
