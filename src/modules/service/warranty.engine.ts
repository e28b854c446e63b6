import { addDays } from '../production/index.js';

/**
 * Warranty, pure: a machine's cover on a day, from its policy and its history (when it left the
 * plant or factory, when it arrived, voids recorded with evidence, repairs shipped back, parts
 * a repair put in). Every date is an ISO day; a term of N days covers days 0 … N after the start.
 */
export interface WarrantyPolicy {
  modelName: string;
  termDays: number;
  doaDays: number;
  repairedTermDays: number;
  startBasis: 'shipped' | 'delivered';
  exclusions: string[];
  marketValueCents: number;
}

export interface WarrantyFacts {
  shippedOn: string;
  deliveredOn: string;
  /** Voids in force (lifted ones are left out by the caller). */
  voids: { id: string; reason: string; evidence: string; voidedOn: string }[];
  /** Days the machine was shipped back repaired. */
  repairsShippedOn: string[];
  /** Components a repair put in, with the day their machine was shipped back (null: not yet). */
  components: { serial: string; partNumber: string; shippedOn: string | null }[];
}

export type WarrantyState = 'in_warranty' | 'repair_warranty' | 'expired' | 'void';

export interface WarrantyStatus {
  state: WarrantyState;
  startsOn: string;
  endsOn: string;
  /** A request on `on` counts as dead on arrival. */
  doa: boolean;
  doaEndsOn: string;
  /** The latest repair cover, when a repair was shipped back. */
  repairCoverEndsOn: string | null;
  /** Days left of the strongest cover in force (0 when none). */
  daysLeft: number;
  voids: WarrantyFacts['voids'];
  components: { serial: string; partNumber: string; endsOn: string | null; covered: boolean }[];
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const latest = (dates: (string | null)[]) =>
  dates.reduce<string | null>(
    (best, d) => (d !== null && (best === null || d > best) ? d : best),
    null,
  );

export function warrantyStatus(
  policy: WarrantyPolicy,
  facts: WarrantyFacts,
  on: string,
): WarrantyStatus {
  const startsOn = policy.startBasis === 'delivered' ? facts.deliveredOn : facts.shippedOn;
  const endsOn = addDays(startsOn, policy.termDays);
  const doaEndsOn = addDays(startsOn, policy.doaDays);
  const repairCoverEndsOn = latest(
    facts.repairsShippedOn.map((d) => addDays(d, policy.repairedTermDays)),
  );
  const voided = facts.voids.length > 0;
  const state: WarrantyState = voided
    ? 'void'
    : on <= endsOn
      ? 'in_warranty'
      : repairCoverEndsOn !== null && on <= repairCoverEndsOn
        ? 'repair_warranty'
        : 'expired';
  const coverEnd =
    state === 'in_warranty' ? endsOn : state === 'repair_warranty' ? repairCoverEndsOn! : on;
  return {
    state,
    startsOn,
    endsOn,
    doa: !voided && on >= startsOn && on <= doaEndsOn,
    doaEndsOn,
    repairCoverEndsOn,
    daysLeft: Math.max(0, daysBetween(on, coverEnd)),
    voids: facts.voids,
    // A replaced part is covered while its machine is, and for its own term after it went back
    // (the repair's workmanship is warranted even on a machine whose own cover is void).
    components: facts.components.map((c) => {
      const own = c.shippedOn ? addDays(c.shippedOn, policy.repairedTermDays) : null;
      const partEndsOn = voided ? own : latest([own, endsOn]);
      return {
        serial: c.serial,
        partNumber: c.partNumber,
        endsOn: partEndsOn,
        covered: partEndsOn !== null && on <= partEndsOn,
      };
    }),
  };
}

/** What a repair request on `on` is entitled to. */
export function eligibilityOf(status: WarrantyStatus) {
  if (status.state === 'void') return 'void' as const;
  if (status.doa) return 'doa' as const;
  if (status.state === 'in_warranty') return 'in_warranty' as const;
  if (status.state === 'repair_warranty') return 'repair_warranty' as const;
  return 'out_of_warranty' as const;
}

/** Free repair, or a quote the customer approves first. */
export const isCovered = (eligibility: ReturnType<typeof eligibilityOf>) =>
  eligibility !== 'void' && eligibility !== 'out_of_warranty';
