import { Button, Group, Table, Text } from '@mantine/core';
import type { WebhookSubscription } from '../../../api/types';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatDateTime } from '../../../lib/format';
import { EventTypeBadges } from './EventTypeBadges';
import { SendTestEventButton } from './SendTestEventButton';
import { SubscriptionActiveSwitch } from './SubscriptionActiveSwitch';

interface SubscriptionsTableProps {
  subscriptions: WebhookSubscription[];
  loading: boolean;
  onDelete: (subscription: WebhookSubscription) => void;
}

const COLUMN_COUNT = 5;

export function SubscriptionsTable({ subscriptions, loading, onDelete }: SubscriptionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="subscriptions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>URL</Table.Th>
            <Table.Th>Event types</Table.Th>
            <Table.Th>Active</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subscriptions.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading subscriptions…' : 'No webhook subscriptions yet.'}
            </TableMessageRow>
          )}
          {subscriptions.map((subscription) => (
            <Table.Tr key={subscription.id} data-testid={`subscription-row-${subscription.id}`}>
              <Table.Td maw={360}>
                <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                  {subscription.url}
                </Text>
                {subscription.description && (
                  <Text size="xs" c="dimmed">
                    {subscription.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <EventTypeBadges eventTypes={subscription.eventTypes} />
              </Table.Td>
              <Table.Td>
                <SubscriptionActiveSwitch subscription={subscription} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(subscription.createdAt)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <SendTestEventButton subscription={subscription} />
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onDelete(subscription)}
                  >
                    Delete
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
