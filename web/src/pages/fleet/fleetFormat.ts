/** How the fleet pages print hashrate, shares, efficiency and temperatures. */
import type { MatchedBy } from '../../api/fleetTypes';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../lib/format';

const oneDecimal = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const twoDecimals = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** TH/s as a person reads it: "199.8 TH/s", or "12.35 PH/s" from a thousand TH/s up. */
export function formatHashrate(ths: number | null | undefined): string {
  if (ths === null || ths === undefined) return EMPTY_VALUE;
  if (Math.abs(ths) >= 1000) return `${twoDecimals.format(ths / 1000)} PH/s`;
  return `${oneDecimal.format(ths)} TH/s`;
}

/** A hashrate against what it should be: "180.2 / 200.0 TH/s" in the larger unit of the two. */
export function formatHashrateVs(ths: number | null, ideal: number | null): string {
  if (ideal === null || ideal === 0) return formatHashrate(ths);
  if (ths === null) return `${EMPTY_VALUE} / ${formatHashrate(ideal)}`;
  const peta = Math.max(Math.abs(ths), Math.abs(ideal)) >= 1000;
  const value = (n: number) => (peta ? twoDecimals.format(n / 1000) : oneDecimal.format(n));
  return `${value(ths)} / ${value(ideal)} ${peta ? 'PH/s' : 'TH/s'}`;
}

/** A share from 0 to 1 as a percentage: 0.953 → "95.3%". */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined) return EMPTY_VALUE;
  return `${oneDecimal.format(share * 100)}%`;
}

export function formatJth(jth: number | null | undefined): string {
  if (jth === null || jth === undefined) return EMPTY_VALUE;
  return `${oneDecimal.format(jth)} J/TH`;
}

export function formatTemp(celsius: number | null | undefined): string {
  if (celsius === null || celsius === undefined) return EMPTY_VALUE;
  return `${formatNumber(Math.round(celsius))} °C`;
}

export function formatWatts(watts: number | null | undefined): string {
  if (watts === null || watts === undefined) return EMPTY_VALUE;
  return `${formatNumber(Math.round(watts))} W`;
}

export function formatRpm(rpm: number | null | undefined): string {
  if (rpm === null || rpm === undefined) return EMPTY_VALUE;
  return `${formatNumber(rpm)} rpm`;
}

/** Seconds of uptime: "3 d 4 h", "5 h 12 min", "42 min". */
export function formatUptime(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return EMPTY_VALUE;
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min`;
}

export const MATCHED_BY_LABELS: Record<MatchedBy, string> = {
  serial: 'by its serial',
  mac: 'by its MAC address',
  board: 'by its hashboards',
};

export const FIRMWARE_LABELS: Record<string, string> = {
  stock: 'Stock',
  braiins: 'Braiins OS',
  luxos: 'LuxOS',
  vnish: 'Vnish',
  whatsminer: 'Whatsminer',
  unknown: 'Unknown',
};

/** How long ago, for times of the last day ("just now", "4 min ago", "3 h ago"); else the date. */
export function formatAgo(epochMillis: number | null | undefined, now = Date.now()): string {
  if (epochMillis === null || epochMillis === undefined) return EMPTY_VALUE;
  const seconds = Math.max(0, (now - epochMillis) / 1000);
  if (seconds < 60) return 'just now';
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return formatDateTime(epochMillis);
}
