import type { ShipmentInput, ShipmentLineInput } from '../../../api/logisticsTypes';
import type { SalesOrder, SalesOrderLine } from '../../../api/salesTypes';

/** The new-shipment form as typed; quantities and serial lists by order line number. */
export interface ShipmentDraft {
  order: string | null;
  source: string | null;
  carrier: string;
  trackingNumber: string;
  departedOn: string;
  portOfEntry: string;
  unitsPerPallet: number | string;
  quantities: Partial<Record<number, number | string>>;
  serials: Partial<Record<number, string>>;
}

/** Request fields shown next to their inputs. */
export const SHIPMENT_FIELDS = [
  'order',
  'source',
  'carrier',
  'trackingNumber',
  'departedOn',
  'portOfEntry',
  'unitsPerPallet',
] as const;

export const DEFAULT_UNITS_PER_PALLET = 20;

export function emptyShipmentDraft(order: string | null, today: string): ShipmentDraft {
  return {
    order,
    source: null,
    carrier: '',
    trackingNumber: '',
    departedOn: today,
    portOfEntry: '',
    unitsPerPallet: DEFAULT_UNITS_PER_PALLET,
    quantities: {},
    serials: {},
  };
}

/** The factory's list as pasted: one serial a line (commas and spaces also separate). */
export function parseSerials(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,;]+/).filter(Boolean);
}

/** Units of the line not yet on a shipment. */
export const remainingOf = (line: SalesOrderLine) =>
  Math.max(0, line.quantity - line.shippedQuantity);

/** How many units the draft puts on the line. */
export function unitsOf(draft: ShipmentDraft, line: SalesOrderLine, imported: boolean): number {
  if (imported) return parseSerials(draft.serials[line.lineNo]).length;
  return Number(draft.quantities[line.lineNo]) || 0;
}

/** What is wrong with the line as typed, before anything is sent. */
export function lineProblem(
  draft: ShipmentDraft,
  line: SalesOrderLine,
  imported: boolean,
): string | undefined {
  const units = unitsOf(draft, line, imported);
  const left = remainingOf(line);
  if (units > left) return `Only ${left} left to ship on this line`;
  if (imported) {
    const serials = parseSerials(draft.serials[line.lineNo]);
    const repeated = serials.find((serial, i) => serials.indexOf(serial) !== i);
    if (repeated) return `${repeated} is listed twice`;
  }
  return undefined;
}

/** The order lines the draft ships, in order, with what is sent for each. */
export function chosenLines(draft: ShipmentDraft, order: SalesOrder, imported: boolean) {
  return order.lines
    .filter((line) => unitsOf(draft, line, imported) > 0)
    .map((line) => {
      const input: ShipmentLineInput = imported
        ? { line: line.lineNo, serials: parseSerials(draft.serials[line.lineNo]) }
        : { line: line.lineNo, quantity: unitsOf(draft, line, imported) };
      return { line, input };
    });
}

/** A shipment goes to one site: lines for two sites are shipped apart. */
export function mixedSites(chosen: { line: SalesOrderLine }[]): boolean {
  return new Set(chosen.map((c) => c.line.siteId)).size > 1;
}

export function shipmentInputOf(
  draft: ShipmentDraft,
  chosen: { input: ShipmentLineInput }[],
  imported: boolean,
): ShipmentInput {
  return {
    order: draft.order ?? '',
    source: draft.source ?? '',
    carrier: draft.carrier.trim(),
    trackingNumber: draft.trackingNumber.trim() || null,
    departedOn: draft.departedOn,
    portOfEntry: imported ? draft.portOfEntry.trim() || null : null,
    unitsPerPallet: Number(draft.unitsPerPallet) || DEFAULT_UNITS_PER_PALLET,
    lines: chosen.map((c) => c.input),
  };
}
