const KINDS: Record<string, string> = {
  receipt: 'Receipt',
  reservation: 'Reservation',
  work_order: 'Work order',
};

/** What caused a move or an entry, for reading: "receipt:RCV-2026-00001" → "Receipt RCV-2026-00001". */
export function referenceLabel(reference: string): string {
  const match = /^([a-z_]+):(.+)$/.exec(reference);
  if (!match) return reference;
  const kind = KINDS[match[1]!];
  return kind ? `${kind} ${match[2]}` : reference;
}
