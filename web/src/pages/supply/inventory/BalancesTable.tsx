import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { StockBalance } from '../../../api/supplyTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { LOCATION_KIND_LABELS } from '../supplyLabels';
import { partPath } from '../supplyPaths';

interface BalancesTableProps {
  balances: StockBalance[];
  loading: boolean;
}

const COLUMN_COUNT = 6;

/** On hand, reserved and available by part, location and lot. */
export function BalancesTable({ balances, loading }: BalancesTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="xs" striped data-testid="balances-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Part</Table.Th>
            <Table.Th>Location</Table.Th>
            <Table.Th>Lot</Table.Th>
            <Table.Th ta="right">On hand</Table.Th>
            <Table.Th ta="right">Reserved</Table.Th>
            <Table.Th ta="right">Available</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {balances.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading stock…' : 'No stock matches.'}
            </TableMessageRow>
          )}
          {balances.map((row) => (
            <Table.Tr
              key={`${row.partId}:${row.locationId}:${row.lotId ?? ''}`}
              data-testid={`balance-${row.partNumber}-${row.locationCode}`}
            >
              <Table.Td>
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={partPath(row.partId)}
                    size="sm"
                    ff="monospace"
                    fw={600}
                  >
                    {row.partNumber}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {row.partName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" ff="monospace">
                    {row.locationCode}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {LOCATION_KIND_LABELS[row.locationKind]}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {row.lotCode ? (
                  <Stack gap={0}>
                    <Text size="sm" ff="monospace">
                      {row.lotCode}
                    </Text>
                    {row.dateCode && (
                      <Text size="xs" c="dimmed">
                        date code {row.dateCode}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {row.tracking === 'serial' ? 'by serial' : EMPTY_VALUE}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(row.onHand)}</Table.Td>
              <Table.Td ta="right" c={row.reserved > 0 ? 'orange.8' : undefined}>
                {formatNumber(row.reserved)}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatNumber(row.available)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
