/**
 * What a scanned serial is and what happens to it next on the line: one answer for scanners at
 * every station.
 */
export type NextStep =
  | { step: 'install_in_unit'; hint: string }
  | { step: 'burn_in'; hint: string }
  | { step: 'retest'; hint: string }
  | { step: 'finished_goods'; hint: string }
  | { step: 'none'; hint: string };

export function nextStep(item: {
  kind: 'unit' | 'hashboard';
  status: string;
  installedIn: string | null;
  attempts: number;
}): NextStep {
  if (item.kind === 'hashboard') {
    if (item.status === 'built')
      return {
        step: 'install_in_unit',
        hint: 'Scan it at final assembly with two more boards, a PSU and a control board.',
      };
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
        hint: `Failed burn-in ${item.attempts} time(s): repair, then record a new run.`,
      };
    case 'passed':
      return { step: 'finished_goods', hint: 'Passed burn-in: pack it; it is in finished goods.' };
    default:
      return { step: 'none', hint: `Unit is ${item.status}.` };
  }
}
