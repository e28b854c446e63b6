import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';
import type { FaultEpisode } from '../../../api/fleetHealthTypes';
import { TicketLink } from './HealthBadges';
import { faultReading } from './healthFormat';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A fault episode's table row, red while open; its kind and status are there for tests. */
export function FaultEpisodeRow(props: {
  episode: FaultEpisode;
  testId: string;
  children: ReactNode;
}) {
  const { episode, testId, children } = props;
  return (
    <Table.Tr
      data-testid={testId}
      data-fault={episode.fault}
      data-status={episode.status}
      bg={episode.status === 'open' ? 'var(--mantine-color-red-light)' : undefined}
    >
      {children}
    </Table.Tr>
  );
}

/** The episode's worst reading against its limit. */
export function WorstReadingCell({ episode }: { episode: FaultEpisode }) {
  return (
    <Table.Td ff="monospace" style={nowrap}>
      <Text size="sm">{faultReading(episode)}</Text>
    </Table.Td>
  );
}

/** The draft, RMA or visit the episode went to. */
export function TicketCell({ episode }: { episode: FaultEpisode }) {
  return (
    <Table.Td style={nowrap}>
      <TicketLink kind={episode.ticketKind} ticketRef={episode.ticketRef} />
    </Table.Td>
  );
}
