/** The kiosk's modes: scan for the next step, or do one station's job. */
export const KIOSK_MODES = ['scan', 'hashboard', 'assembly', 'burn-in'] as const;

export type KioskMode = (typeof KIOSK_MODES)[number];

export const KIOSK_MODE_LABELS: Record<KioskMode, string> = {
  scan: 'Scan',
  hashboard: 'Build hashboard',
  assembly: 'Final assembly',
  'burn-in': 'Burn-in',
};

export const isKioskMode = (value: string | null): value is KioskMode =>
  value !== null && (KIOSK_MODES as readonly string[]).includes(value);
