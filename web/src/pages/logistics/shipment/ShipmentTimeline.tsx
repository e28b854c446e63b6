import { Text, Timeline } from '@mantine/core';
import {
  IconAnchor,
  IconCircleCheck,
  IconFileCertificate,
  IconHandStop,
  IconLockOpen,
  IconMapPin,
  IconPackageImport,
  IconTruck,
  type Icon,
} from '@tabler/icons-react';
import type { ShipmentEvent, ShipmentEventKind } from '../../../api/logisticsTypes';
import { EVENT_KIND_LABELS } from '../logisticsLabels';

const EVENT_ICONS: Record<ShipmentEventKind, Icon> = {
  departed: IconTruck,
  checkpoint: IconMapPin,
  arrived_port: IconAnchor,
  entry_filed: IconFileCertificate,
  hold_opened: IconHandStop,
  hold_ended: IconLockOpen,
  released: IconLockOpen,
  received: IconPackageImport,
  delivered: IconCircleCheck,
};

/** What happened to the shipment, oldest first, as the carrier and customs desk recorded it. */
export function ShipmentTimeline({ events }: { events: ShipmentEvent[] }) {
  const sorted = [...events].sort(
    (a, b) => a.happenedOn.localeCompare(b.happenedOn) || a.recordedAt - b.recordedAt,
  );
  return (
    <Timeline
      active={sorted.length - 1}
      bulletSize={26}
      lineWidth={2}
      data-testid="shipment-timeline"
    >
      {sorted.map((event) => {
        const Icon = EVENT_ICONS[event.kind] ?? IconMapPin;
        return (
          <Timeline.Item
            key={event.id}
            bullet={<Icon size={14} />}
            color={event.kind === 'hold_opened' ? 'red' : undefined}
            title={EVENT_KIND_LABELS[event.kind] ?? event.kind}
            data-testid={`timeline-${event.kind}`}
          >
            <Text size="sm" c="dimmed">
              <Text span ff="monospace" size="sm">
                {event.happenedOn}
              </Text>
              {event.location ? ` · ${event.location}` : ''}
            </Text>
            {event.note && (
              <Text size="xs" mt={2}>
                {event.note}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
