/** How the fleet health pages name faults, parts, tickets and evidence, and print their values. */
import type {
  DraftStatus,
  EvidenceKind,
  FaultEpisode,
  HealthFault,
  TicketKind,
} from '../../../api/fleetHealthTypes';
import { HEALTH_FAULTS } from '../../../api/fleetHealthTypes';
import { formatBp, formatNumber } from '../../../lib/format';
import { formatRpm, formatTemp, formatUptime } from '../fleetFormat';

export const FAULT_LABELS: Record<HealthFault, string> = {
  board_missing: 'Hashboard missing',
  chips_low: 'Chips missing',
  board_rate_low: 'Board below ideal rate',
  chip_overheat: 'Chip over temperature',
  fan_stopped: 'Fan stopped',
  offline: 'Offline',
  below_birth_certificate: 'Below its burn-in rate',
  reboot_loop: 'Reboot loop',
};

export const FAULT_OPTIONS = HEALTH_FAULTS.map((f) => ({ value: f, label: FAULT_LABELS[f] }));

/** A fault kind the server names that this page does not know yet reads as its code. */
export const faultLabel = (fault: string) =>
  FAULT_LABELS[fault as HealthFault] ?? fault.replaceAll('_', ' ');

/** 'machine', 'board:1', 'fan:0' as people count them: "Machine", "Board 1", "Fan 1". */
export function partLabel(part: string): string {
  const [kind, index] = part.split(':');
  if (kind === 'board') return `Board ${index}`;
  // Fans are listed from 1 on the machine page.
  if (kind === 'fan') return `Fan ${Number(index) + 1}`;
  return 'Machine';
}

/** A fault's figure in its unit: chips, °C, rpm, share of ideal or burn-in, time, reboots. */
export function faultValue(fault: HealthFault, value: number): string {
  switch (fault) {
    case 'board_missing':
    case 'chips_low':
      return `${formatNumber(value)} chips`;
    case 'board_rate_low':
      return `${formatBp(value, 1)} of ideal`;
    case 'below_birth_certificate':
      return `${formatBp(value, 1)} of burn-in`;
    case 'chip_overheat':
      return formatTemp(value);
    case 'fan_stopped':
      return formatRpm(value);
    case 'offline':
      return formatUptime(value);
    case 'reboot_loop':
      return `${formatNumber(value)} reboots`;
  }
}

/** The worst reading against what it is judged by: "0 of 10 chips", "97 °C, limit 95 °C". */
export function faultReading(e: Pick<FaultEpisode, 'fault' | 'worst' | 'threshold'>): string {
  switch (e.fault) {
    case 'board_missing':
    case 'chips_low':
      return `${formatNumber(e.worst)} of ${formatNumber(e.threshold)} chips`;
    case 'fan_stopped':
      return `${formatRpm(e.worst)}`;
    case 'offline':
      return `${formatUptime(e.worst)} offline (after ${formatUptime(e.threshold)})`;
    default:
      return `${faultValue(e.fault, e.worst)}, limit ${faultValue(e.fault, e.threshold)}`;
  }
}

export const TICKET_LABELS: Record<TicketKind, string> = {
  draft: 'Repair draft',
  rma: 'RMA',
  visit: 'Field visit',
};

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  draft: 'Awaiting decision',
  confirmed: 'Confirmed',
  dismissed: 'Dismissed',
};

export const DRAFT_STATUS_COLORS: Record<DraftStatus, string> = {
  draft: 'orange',
  confirmed: 'green',
  dismissed: 'gray',
};

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  over_temperature: 'Ran over temperature',
  unofficial_firmware: "Firmware not the maker's",
  overclocked: 'Overclocked',
};

/** A depot fault code when the taxonomy is not at hand: "board_not_detected" → "board not detected". */
export const faultCodeText = (code: string) => code.replaceAll('_', ' ');
