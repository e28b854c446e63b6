/** Adding scanned serials to a line: no serial twice in one receipt, never more than is open. */

export interface ScanResult {
  serials: string[];
  /** Already scanned (on this line or another line of the receipt). */
  duplicates: string[];
  /** Left out because every open unit already has a serial. */
  overflow: string[];
}

/** Splits a scan or a pasted list (one serial a line, or separated by tabs, commas or semicolons). */
export function splitSerials(text: string): string[] {
  return text
    .split(/[\r\n\t,;]+/)
    .map((serial) => serial.trim())
    .filter(Boolean);
}

export function addSerials(
  current: readonly string[],
  scanned: readonly string[],
  open: number,
  /** Serials on the receipt's other lines. */
  elsewhere: ReadonlySet<string> = new Set(),
): ScanResult {
  const serials = [...current];
  const duplicates: string[] = [];
  const overflow: string[] = [];
  for (const serial of scanned) {
    if (serials.includes(serial) || elsewhere.has(serial)) duplicates.push(serial);
    else if (serials.length >= open) overflow.push(serial);
    else serials.push(serial);
  }
  return { serials, duplicates, overflow };
}

/** The inline message after a scan, or null when everything was added. */
export function scanMessage(result: ScanResult, open: number): string | null {
  const parts: string[] = [];
  if (result.duplicates.length === 1) parts.push(`${result.duplicates[0]} is already scanned`);
  else if (result.duplicates.length > 1)
    parts.push(`${result.duplicates.length} already scanned: ${result.duplicates.join(', ')}`);
  if (result.overflow.length > 0)
    parts.push(`only ${open} open: ${result.overflow.join(', ')} not added`);
  if (parts.length === 0) return null;
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
