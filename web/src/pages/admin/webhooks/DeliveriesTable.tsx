import { Table, Text, Tooltip } from '@mantine/core';
import type { WebhookDelivery } from '../../../api/types';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { DeliveryStatusBadge } from './DeliveryStatusBadge';

interface DeliveriesTableProps {
  deliveries: WebhookDelivery[];
  loading: boolean;
  /** Subscription URL by id, to name the subscription of each delivery. */
  subscriptionUrls: Map<string, string>;
}

const COLUMN_COUNT = 9;

export function DeliveriesTable({ deliveries, loading, subscriptionUrls }: DeliveriesTableProps) {
  return (
    <Table.ScrollContainer minWidth={1200}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        styles={{ th: { whiteSpace: 'nowrap' } }}
        data-testid="deliveries-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Event type</Table.Th>
            <Table.Th>Event ID</Table.Th>
            <Table.Th>Subscription</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Attempts</Table.Th>
            <Table.Th>Last HTTP status</Table.Th>
            <Table.Th>Last error</Table.Th>
            <Table.Th>Next attempt</Table.Th>
            <Table.Th>Delivered at</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading deliveries…' : 'No deliveries match these filters.'}
            </TableMessageRow>
          )}
          {deliveries.map((delivery) => (
            <Table.Tr key={delivery.id}>
              <Table.Td>{delivery.eventType}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" truncate="end" maw={140} title={delivery.eventId}>
                  {delivery.eventId}
                </Text>
              </Table.Td>
              <Table.Td maw={240}>
                <Text
                  size="sm"
                  truncate="end"
                  title={subscriptionUrls.get(delivery.subscriptionId)}
                >
                  {subscriptionUrls.get(delivery.subscriptionId) ?? delivery.subscriptionId}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeliveryStatusBadge status={delivery.status} />
              </Table.Td>
              <Table.Td ta="right">{formatNumber(delivery.attempts)}</Table.Td>
              <Table.Td>{delivery.lastStatusCode ?? EMPTY_VALUE}</Table.Td>
              <Table.Td maw={240}>
                {delivery.lastError ? (
                  <Tooltip label={delivery.lastError} multiline maw={400}>
                    <Text size="sm" c="red" truncate="end">
                      {delivery.lastError}
                    </Text>
                  </Tooltip>
                ) : (
                  EMPTY_VALUE
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(delivery.nextAttemptAt, true)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(delivery.deliveredAt, true)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
