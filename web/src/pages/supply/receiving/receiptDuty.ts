import type { ReceiptLine } from '../../../api/supplyTypes';

export interface ProgramDuty {
  program: string;
  /** Every rate the program was charged at on this receipt (lines may differ by HTS). */
  ratesBp: number[];
  amountCents: number;
  /** Set when the program was voided later: what was paid under it may be refunded. */
  voidedOn: string | null;
}

/** The duty of a receipt, program by program, over all its lines; largest first. */
export function dutyByProgram(lines: readonly ReceiptLine[]): ProgramDuty[] {
  const byProgram = new Map<string, ProgramDuty>();
  for (const line of lines) {
    for (const duty of line.dutyLines) {
      const entry = byProgram.get(duty.program) ?? {
        program: duty.program,
        ratesBp: [],
        amountCents: 0,
        voidedOn: null,
      };
      entry.amountCents += duty.amountCents;
      if (!entry.ratesBp.includes(duty.rateBp)) entry.ratesBp.push(duty.rateBp);
      if (duty.status === 'voided') entry.voidedOn = duty.voidedOn;
      byProgram.set(duty.program, entry);
    }
  }
  return [...byProgram.values()].sort((a, b) => b.amountCents - a.amountCents);
}
