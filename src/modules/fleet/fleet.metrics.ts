import { Gauge, type Registry } from 'prom-client';
import { systemActor } from '../../platform/authz.js';
import type { FleetQueries } from './fleet.queries.js';

/** A scrape every few seconds does not recompute 30,000 machines each time. */
const SNAPSHOT_MS = 15_000;

/**
 * Per-site fleet aggregates at /metrics, for the operator's own Prometheus and Grafana:
 * machines, online, hash rate against nominal, efficiency, open faults by kind, and how long
 * since the site's collector last reported. Labels are the site's code (bounded: one per site).
 */
export function registerFleetMetrics(
  registry: Registry,
  deps: { queries: Pick<FleetQueries, 'sites'>; now: () => number },
) {
  let snapshot: { at: number; value: Promise<Awaited<ReturnType<FleetQueries['sites']>>> } | null =
    null;
  const sites = () => {
    if (!snapshot || deps.now() - snapshot.at > SNAPSHOT_MS) {
      const value = deps.queries.sites(systemActor('metrics'));
      // A failed read is not kept: the next scrape tries again.
      value.catch(() => {
        snapshot = null;
      });
      snapshot = { at: deps.now(), value };
    }
    return snapshot.value;
  };

  const gauge = (
    name: string,
    help: string,
    read: (
      row: Awaited<ReturnType<FleetQueries['sites']>>[number],
      set: (value: number, labels?: Record<string, string>) => void,
    ) => void,
    labelNames: string[] = [],
  ) =>
    new Gauge({
      name: `rigline_fleet_site_${name}`,
      help,
      labelNames: ['site', 'customer', ...labelNames],
      registers: [registry],
      async collect() {
        this.reset();
        for (const row of await sites()) {
          const base = { site: row.site.code, customer: row.site.customerName };
          read(row, (value, labels = {}) => this.set({ ...base, ...labels }, value));
        }
      },
    });

  gauge('machines', 'Machines the site collector reports', (r, set) => set(r.summary.machines));
  gauge('machines_online', 'Machines online now', (r, set) => set(r.summary.online));
  gauge('hashrate_ths', 'Hash rate reported now, TH/s', (r, set) => set(r.summary.hashrateThs));
  gauge('nominal_ths', 'Nominal hash rate of the machines reported, TH/s', (r, set) =>
    set(r.summary.nominalThs),
  );
  gauge('efficiency_jth', 'Efficiency, J/TH', (r, set) => {
    if (r.summary.efficiencyJth !== null) set(r.summary.efficiencyJth);
  });
  gauge('faulty_machines', 'Machines with at least one open fault', (r, set) =>
    set(r.faults.machines),
  );
  gauge(
    'open_faults',
    'Open fault episodes by kind',
    (r, set) => {
      for (const [fault, n] of Object.entries(r.faults.byFault)) set(Number(n), { fault });
    },
    ['fault'],
  );
  gauge('report_age_seconds', 'Seconds since the site collector last reported', (r, set) => {
    if (r.summary.lastSeenAt !== null) set(Math.max(0, (deps.now() - r.summary.lastSeenAt) / 1000));
  });
}
