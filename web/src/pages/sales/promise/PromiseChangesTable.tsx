import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PromiseChange } from '../../../api/promiseTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { deltaColor, formatCentsDelta, formatShiftDays } from '../promiseFormat';
import { salesOrderPath } from '../salesPaths';
import { hasMoved } from './whatIfDraft';

interface PromiseChangesTableProps {
  changes: PromiseChange[];
  /** What the table says when there are no rows. */
  empty: string;
  'data-testid'?: string;
}

const COLUMN_COUNT = 8;
const MOVED = { background: 'var(--mantine-color-yellow-light)' };

const signed = (value: number | null) =>
  value === null ? EMPTY_VALUE : `${value > 0 ? '+' : ''}${formatNumber(value)}`;

/** How each line's promise moved: P50 before and after, date shifts in days, cost and shortfall. */
export function PromiseChangesTable({
  changes,
  empty,
  'data-testid': testId,
}: PromiseChangesTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Order</Table.Th>
            <Table.Th w={48}>Line</Table.Th>
            <Table.Th>P50 before</Table.Th>
            <Table.Th>P50 after</Table.Th>
            <Table.Th ta="right">P50 shift</Table.Th>
            <Table.Th ta="right">P90 shift</Table.Th>
            <Table.Th ta="right">Landed cost change</Table.Th>
            <Table.Th ta="right">Unpromised change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>{empty}</TableMessageRow>
          )}
          {changes.map((change) => (
            <Table.Tr
              key={change.orderLineId}
              style={hasMoved(change) ? MOVED : undefined}
              data-testid="change-row"
              data-order={change.order}
              data-line={change.line}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={salesOrderPath(change.order)}
                  ff="monospace"
                  size="sm"
                  fw={600}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {change.order}
                </Anchor>
              </Table.Td>
              <Table.Td ff="monospace">{change.line}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {change.p50Before ?? EMPTY_VALUE}
              </Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {change.p50After ?? EMPTY_VALUE}
              </Table.Td>
              <Table.Td
                ta="right"
                ff="monospace"
                c={deltaColor(change.p50ShiftDays)}
                data-testid="change-p50-shift"
              >
                {formatShiftDays(change.p50ShiftDays)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" c={deltaColor(change.p90ShiftDays)}>
                {formatShiftDays(change.p90ShiftDays)}
              </Table.Td>
              <Table.Td
                ta="right"
                ff="monospace"
                c={deltaColor(change.landedCostDeltaCents)}
                data-testid="change-cost"
              >
                {formatCentsDelta(change.landedCostDeltaCents)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" c={deltaColor(change.unpromisedDelta)}>
                <Text size="sm" span>
                  {signed(change.unpromisedDelta)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
