import type { RmaInput, RmasOpened } from '../../../api/serviceTypes';
import { formatNumber } from '../../../lib/format';
import { ELIGIBILITY_LABELS } from '../serviceLabels';

export interface RmaLineDraft {
  /** Stable React key: lines are added and removed. */
  key: number;
  serial: string;
  fault: string | null;
  note: string;
}

let nextKey = 1;

export const emptyLine = (serial = ''): RmaLineDraft => ({
  key: nextKey++,
  serial,
  fault: null,
  note: '',
});

export const lineComplete = (line: RmaLineDraft) => line.serial.trim() !== '' && !!line.fault;

/** The request: blank rows are left out, so a spare empty row does not block sending. */
export function rmaInputOf(lines: RmaLineDraft[], customer: string | null, note: string): RmaInput {
  return {
    ...(customer ? { customer } : {}),
    note: note.trim() || null,
    units: lines
      .filter((l) => l.serial.trim() || l.fault)
      .map((l) => ({ serial: l.serial.trim(), fault: l.fault ?? '', note: l.note.trim() || null })),
  };
}

/** "2 machines on RMA-2026-00001 · 1 dead on arrival, 1 in warranty". */
export function describeOpened(opened: RmasOpened): string {
  const numbers = opened.rmas.map((r) => r.number).join(', ');
  const cover = Object.entries(opened.eligibility)
    .map(
      ([e, n]) =>
        `${formatNumber(n)} ${ELIGIBILITY_LABELS[e as keyof typeof ELIGIBILITY_LABELS] ?? e}`,
    )
    .join(', ');
  const machines = `${formatNumber(opened.units)} machine${opened.units === 1 ? '' : 's'}`;
  return `${machines} on ${numbers} · ${cover.toLowerCase()}`;
}
