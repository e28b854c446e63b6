import { Text, Tooltip } from '@mantine/core';
import type { Sla } from '../../api/serviceTypes';
import { formatDateTime } from '../../lib/format';

const hours = (value: number) => `${Math.abs(value).toFixed(1)} h`;

/**
 * The SLA clock of one machine: hours left, red once breached; it pauses while the customer has
 * the ball (shipping it in, deciding a quote) and stops once the machine ships back.
 */
export function SlaClock({ sla }: { sla: Sla }) {
  const text = sla.breached
    ? `${hours(sla.remainingHours)} over`
    : sla.state === 'stopped'
      ? `Stopped · ${hours(sla.usedHours)} used`
      : `${hours(sla.remainingHours)} left${sla.state === 'paused' ? ' · paused' : ''}`;
  const color = sla.breached ? 'red.7' : sla.state === 'running' ? undefined : 'dimmed';
  const due = sla.dueAt ? ` · due ${formatDateTime(sla.dueAt)}` : '';
  return (
    <Tooltip label={`${sla.targetHours} h target, ${hours(sla.usedHours)} used${due}`} withArrow>
      <Text
        span
        size="sm"
        ff="monospace"
        fw={sla.breached ? 700 : undefined}
        c={color}
        style={{ whiteSpace: 'nowrap' }}
        data-testid="sla-clock"
        data-state={sla.state}
        data-breached={sla.breached}
      >
        {text}
      </Text>
    </Tooltip>
  );
}
