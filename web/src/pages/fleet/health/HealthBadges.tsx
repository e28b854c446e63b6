import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DraftStatus, EpisodeStatus, TicketKind } from '../../../api/fleetHealthTypes';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { MY_RMAS_PATH, RMAS_PATH, rmaPath, visitPath } from '../../service/servicePaths';
import { repairDraftPath } from '../fleetPaths';
import { DRAFT_STATUS_COLORS, DRAFT_STATUS_LABELS, TICKET_LABELS } from './healthFormat';

/** Open in red, resolved in grey. */
export function EpisodeStatusBadge({ status }: { status: EpisodeStatus }) {
  const open = status === 'open';
  return (
    <Badge
      color={open ? 'red' : 'gray'}
      variant={open ? 'filled' : 'light'}
      size="sm"
      data-testid="fault-status"
    >
      {open ? 'Open' : 'Resolved'}
    </Badge>
  );
}

export function DraftStatusBadge({ status }: { status: DraftStatus }) {
  return (
    <Badge
      color={DRAFT_STATUS_COLORS[status]}
      variant="light"
      size="sm"
      data-testid="draft-status"
      data-status={status}
    >
      {DRAFT_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Where a ticket's page is: a customer follows RMAs and visits under "My RMAs". */
export function useTicketPath() {
  const customer = useCurrentUser().roles.includes('customer');
  return (kind: TicketKind, ref: string) => {
    if (kind === 'draft') return repairDraftPath(ref);
    if (kind === 'rma') return rmaPath(ref, customer ? MY_RMAS_PATH : RMAS_PATH);
    return customer ? visitPath(ref, MY_RMAS_PATH) : visitPath(ref);
  };
}

/** The draft, RMA or visit a fault went to, linked; a dash when none (yet). */
export function TicketLink({
  kind,
  ticketRef,
}: {
  kind: TicketKind | null;
  ticketRef: string | null;
}) {
  const pathOf = useTicketPath();
  if (!kind || !ticketRef)
    return (
      <Text size="sm" c="dimmed" span>
        None
      </Text>
    );
  return (
    <div>
      <Anchor
        component={Link}
        to={pathOf(kind, ticketRef)}
        size="sm"
        ff="monospace"
        data-testid={`ticket-link-${kind}`}
      >
        {ticketRef}
      </Anchor>
      <Text size="xs" c="dimmed">
        {TICKET_LABELS[kind]}
      </Text>
    </div>
  );
}
