import { Text, Timeline } from '@mantine/core';
import type { RmaEvent } from '../../../api/serviceTypes';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { statusLabel } from '../serviceLabels';

const ENDED_BADLY = new Set(['rejected', 'cancelled']);
/** Moves of several machines by one action land within this of each other. */
const SAME_ACTION_MS = 60_000;
/** Serials named under a grouped line; the rest are counted. */
const NAMED = 5;

interface TimelineLine {
  at: number;
  to: string;
  note: string | null;
  serials: string[];
}

/**
 * One action on many machines writes one event per machine: they are shown as one line, so
 * an RMA of a thousand machines still reads as a short story.
 */
function groupEvents(events: RmaEvent[]): TimelineLine[] {
  const lines: TimelineLine[] = [];
  for (const event of [...events].sort((a, b) => a.at - b.at)) {
    const last = lines.at(-1);
    if (
      last &&
      event.serial &&
      last.serials.length > 0 &&
      last.to === event.to &&
      last.note === event.note &&
      event.at - last.at < SAME_ACTION_MS
    )
      last.serials.push(event.serial);
    else
      lines.push({
        at: event.at,
        to: event.to,
        note: event.note,
        serials: event.serial ? [event.serial] : [],
      });
  }
  return lines;
}

function machinesOf(serials: string[]): string {
  if (serials.length <= NAMED) return serials.join(', ');
  return `${serials.slice(0, NAMED).join(', ')} and ${formatNumber(serials.length - NAMED)} more`;
}

/** What happened to the RMA and its machines, oldest first. */
export function RmaTimeline({ events }: { events: RmaEvent[] }) {
  const lines = groupEvents(events);
  return (
    <Timeline active={lines.length - 1} bulletSize={14} lineWidth={2} data-testid="rma-timeline">
      {lines.map((line, index) => (
        <Timeline.Item
          key={`${line.at}:${index}`}
          color={ENDED_BADLY.has(line.to) ? 'red' : undefined}
          title={
            line.serials.length > 1
              ? `${statusLabel(line.to)} · ${formatNumber(line.serials.length)} machines`
              : statusLabel(line.to)
          }
          data-testid={`rma-event-${line.to}`}
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(line.at)}
          </Text>
          {line.serials.length > 0 && (
            <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {machinesOf(line.serials)}
            </Text>
          )}
          {line.note && (
            <Text size="sm" mt={2}>
              {line.note}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
