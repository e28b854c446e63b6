import { Anchor, Group, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { StockMove } from '../../../api/supplyTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents, formatDateTime, formatNumber } from '../../../lib/format';
import { referenceLabel } from '../../../lib/references';
import { moveReasonLabel } from '../supplyLabels';
import { serialPath } from '../supplyPaths';
import { useStockNames } from './useStockNames';

interface MovesTableProps {
  moves: StockMove[];
  loading: boolean;
  /** The serial page leaves out the part and serial columns: they are the page's own. */
  compact?: boolean;
  'data-testid'?: string;
}

/** Moves of the stock ledger, newest first: from where to where, how many, at what value. */
export function MovesTable({
  moves,
  loading,
  compact = false,
  'data-testid': testId,
}: MovesTableProps) {
  const names = useStockNames();
  const columns = compact ? 6 : 8;
  /** A location's code; stock coming in has no "from", stock going out no "to". */
  const place = (id: string | null, none: string) => {
    if (id === null)
      return (
        <Text span size="sm" c="dimmed" fs="italic">
          {none}
        </Text>
      );
    return names.location(id)?.code ?? id;
  };
  return (
    <Table.ScrollContainer minWidth={compact ? 720 : 1080}>
      <Table verticalSpacing="xs" highlightOnHover data-testid={testId ?? 'moves-table'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            {!compact && <Table.Th>Part</Table.Th>}
            {!compact && <Table.Th>Serial</Table.Th>}
            <Table.Th>From → to</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
            <Table.Th ta="right">Value</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Reference</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {moves.length === 0 && (
            <TableMessageRow colSpan={columns}>
              {loading ? 'Loading moves…' : 'No stock has moved yet.'}
            </TableMessageRow>
          )}
          {moves.map((move) => (
            <Table.Tr key={move.id} data-testid="move-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(move.at)}</Table.Td>
              {!compact && (
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {names.part(move.partId)?.partNumber ?? move.partId}
                  </Text>
                </Table.Td>
              )}
              {!compact && (
                <Table.Td>
                  {move.serial ? (
                    <Anchor
                      component={Link}
                      to={serialPath(move.serial)}
                      size="sm"
                      ff="monospace"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {move.serial}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {EMPTY_VALUE}
                    </Text>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {place(move.fromLocationId, 'in')}
                  </Text>
                  <IconArrowRight size={14} color="var(--mantine-color-dimmed)" />
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {place(move.toLocationId, 'out')}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(move.quantity)}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(move.valueCents)}
              </Table.Td>
              <Table.Td>{moveReasonLabel(move.reason)}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" maw={260}>
                  {[move.reference && referenceLabel(move.reference), move.note]
                    .filter(Boolean)
                    .join(' · ') || EMPTY_VALUE}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
