import { createClickHouseTelemetryStore } from './clickhouse-store.js';
import { createSqliteTelemetryStore } from './sqlite-store.js';
import type { TelemetryStore } from './telemetry-store.js';

export * from './telemetry-store.js';
export { createClickHouseTelemetryStore } from './clickhouse-store.js';
export { createSqliteTelemetryStore } from './sqlite-store.js';

/**
 * The telemetry store the configuration asks for: ClickHouse when `clickhouseUrl` is set
 * (`RIGLINE_TELEMETRY_URL`; its path, if any, names the database — default `rigline_telemetry`),
 * otherwise the embedded SQLite store on `sqliteFile` (the main database file is fine). With a
 * ClickHouse URL, `sqliteFile` may be left out.
 */
export function openTelemetryStore(
  config: { clickhouseUrl?: string; sqliteFile: string } | { clickhouseUrl: string },
): TelemetryStore {
  if (config.clickhouseUrl) {
    const url = new URL(config.clickhouseUrl);
    const database = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, '')) || undefined;
    url.pathname = '/';
    return createClickHouseTelemetryStore({ url: url.toString(), database });
  }
  if (!('sqliteFile' in config)) throw new RangeError('openTelemetryStore: no store configured');
  return createSqliteTelemetryStore({ file: config.sqliteFile });
}
