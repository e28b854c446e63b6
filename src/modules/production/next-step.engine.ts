/**
 * What a scanned serial is and what happens to it next on the line: one answer for scanners at
 * every station. The model's routing names the operations; three of them have their own
 * actions (the first builds the hashboard, `final_assembly` makes the unit, `burn_in` tests
 * it); the others are recorded as done when scanned: those between the first and final
 * assembly apply to hashboards, those after burn-in to finished units.
 */
export type NextStep =
  | { step: 'operation'; operation: string; hint: string }
  | { step: 'install_in_unit'; hint: string }
  | { step: 'burn_in'; hint: string }
  | { step: 'retest'; hint: string }
  | { step: 'rework'; hint: string }
  | { step: 'finished_goods'; hint: string }
  | { step: 'none'; hint: string };

export const ASSEMBLY = 'final_assembly';
export const BURN_IN = 'burn_in';

/** The operations recorded by a plain scan, for hashboards and for finished units. */
export function scannedOperations(routing: readonly string[]) {
  const assembly = routing.indexOf(ASSEMBLY);
  const burnIn = routing.indexOf(BURN_IN);
  return {
    board: routing.slice(1, assembly < 0 ? 1 : assembly),
    finishing: burnIn < 0 ? [] : routing.slice(burnIn + 1),
  };
}

/** The routing's hashboard operations not yet done: a board is ready for a unit when none are. */
export function pendingBoardOperations(routing: readonly string[], done: readonly string[]) {
  return scannedOperations(routing).board.filter((op) => !done.includes(op));
}

export function nextStep(item: {
  kind: 'unit' | 'hashboard';
  status: string;
  installedIn: string | null;
  attempts: number;
  routing: readonly string[];
  done: readonly string[];
}): NextStep {
  const ops = scannedOperations(item.routing);
  const pending = (list: string[]) => list.find((op) => !item.done.includes(op));
  if (item.kind === 'hashboard') {
    if (item.status === 'built') {
      const op = pendingBoardOperations(item.routing, item.done)[0];
      if (op) return { step: 'operation', operation: op, hint: `Next: ${op.replace(/_/g, ' ')}.` };
      return {
        step: 'install_in_unit',
        hint: 'Scan it at final assembly with the other boards, the PSU and the control board.',
      };
    }
    if (item.status === 'failed')
      return { step: 'rework', hint: 'Failed at test: rework it, or scrap it with a reason.' };
    return {
      step: 'none',
      hint: item.installedIn ? `Installed in ${item.installedIn}.` : `Hashboard is ${item.status}.`,
    };
  }
  switch (item.status) {
    case 'built':
      return { step: 'burn_in', hint: 'Put it on a burn-in rack and record the run.' };
    case 'failed':
      return {
        step: 'retest',
        hint: `Failed burn-in ${item.attempts} time(s): rework it (swap a board if need be), then record a new run.`,
      };
    case 'passed': {
      const op = pending(ops.finishing);
      if (op) return { step: 'operation', operation: op, hint: `Next: ${op.replace(/_/g, ' ')}.` };
      return { step: 'finished_goods', hint: 'Done: it is in finished goods, ready to ship.' };
    }
    default:
      return { step: 'none', hint: `Unit is ${item.status}.` };
  }
}
