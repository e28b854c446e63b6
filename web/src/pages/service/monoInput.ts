/**
 * Serials typed or scanned read best in monospace; set on the input only, so the field's label
 * and description keep the page's font.
 */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
