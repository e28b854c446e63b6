/**
 * Assumptions for sourcing routes (logistics.md where it gives figures, otherwise marked here);
 * every one becomes an editable field of a route.
 */
export const ASSUMED_ROUTE_COSTS = {
  /** Asian factory labour and overhead per unit [assumption]. */
  asiaLabourAndOverheadCents: 9_000,
  /** Extra cost of the Malaysian plant over the Chinese one per unit [assumption]. */
  malaysiaPremiumCents: 4_000,
  /** Ocean freight per unit, door to door [assumption]. */
  oceanFreightCents: 4_500,
  /** Air freight: about $9.4/kg × 15–19 kg (logistics.md) ≈ $150–200 per unit. */
  airFreightCents: 17_500,
  /** Cargo insurance, share of FOB + freight [assumption]. */
  insuranceBp: 30,
  /** Customs brokerage per imported unit [assumption]. */
  unitBrokerageCents: 1_500,
  /** Expected holding: ~10% chance of a 2-month hold at about $1,000 per unit held (trade.md) [derived]. */
  expectedHoldingOceanCents: 10_000,
  /** Air shipments were nearly all inspected in Feb 2025 (trade.md): a higher expectation [assumption]. */
  expectedHoldingAirCents: 15_000,
  /** US build: inbound freight and insurance on imported parts [assumption]. */
  partsInboundFreightBp: 300,
  /** US build: brokerage on parts entries, per unit built [assumption]. */
  partsBrokerageCents: 500,
  /** US build: plant overhead per unit (building, equipment, management) [assumption]. */
  usOverheadCents: 12_000,
};
