/** Serials as pasted or scanned: one a line, or separated by spaces, commas or semicolons. */
export function parseSerials(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}
