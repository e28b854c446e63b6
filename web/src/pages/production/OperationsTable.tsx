import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Operation, WorkOrderOperation } from '../../api/productionTypes';
import { TableMessageRow } from '../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../lib/format';
import { operationLabel } from './operationLabels';
import { OperationOutcomeBadge } from './OperationOutcomeBadge';
import { unitPath } from './productionPaths';
import { useReasonName } from './useReasonName';

interface OperationsTableProps {
  /** A work order's log names the serial of each line; a unit's does not. */
  operations: (Operation & Partial<Pick<WorkOrderOperation, 'serial'>>)[];
  showSerial?: boolean;
  title?: string;
}

const minutesBetween = (from: number, to: number) => Math.round((to - from) / 60_000);

/** The shop-floor log: who did which operation on what, at which station, when, and how it went. */
export function OperationsTable({
  operations,
  showSerial = false,
  title = 'Operations',
}: OperationsTableProps) {
  const reasonName = useReasonName();
  const columns = showSerial ? 7 : 6;
  return (
    <Stack gap="xs">
      <Title order={4}>
        {title}{' '}
        <Text span c="dimmed" size="sm">
          ({formatNumber(operations.length)})
        </Text>
      </Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={showSerial ? 920 : 780}>
          <Table verticalSpacing="xs" data-testid="operations-table">
            <Table.Thead>
              <Table.Tr>
                {showSerial && <Table.Th>Serial</Table.Th>}
                <Table.Th>Operation</Table.Th>
                <Table.Th>Station</Table.Th>
                <Table.Th>Operator</Table.Th>
                <Table.Th>Finished</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {operations.length === 0 && (
                <TableMessageRow colSpan={columns}>No operation recorded yet.</TableMessageRow>
              )}
              {operations.map((op, index) => {
                const serial = op.serial ?? null;
                const minutes = minutesBetween(op.startedAt, op.finishedAt);
                return (
                  <Table.Tr
                    key={`${op.finishedAt}|${serial ?? ''}|${op.operation}|${index}`}
                    data-testid="operation-row"
                    data-operation={op.operation}
                    data-serial={serial ?? undefined}
                  >
                    {showSerial && (
                      <Table.Td>
                        {serial ? (
                          <Anchor
                            component={Link}
                            to={unitPath(serial)}
                            ff="monospace"
                            size="sm"
                            style={{ whiteSpace: 'nowrap' }}
                          >
                            {serial}
                          </Anchor>
                        ) : (
                          EMPTY_VALUE
                        )}
                      </Table.Td>
                    )}
                    <Table.Td>{operationLabel(op.operation)}</Table.Td>
                    <Table.Td ff="monospace">{op.station ?? EMPTY_VALUE}</Table.Td>
                    <Table.Td>
                      <Text size="sm" truncate maw={220} title={op.operator}>
                        {op.operatorName}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(op.finishedAt)}
                      {minutes > 0 && (
                        <Text size="xs" c="dimmed">
                          {formatNumber(minutes)} min
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <OperationOutcomeBadge outcome={op.outcome} />
                    </Table.Td>
                    <Table.Td>
                      {op.reasonCode ? reasonName(op.reasonCode) : EMPTY_VALUE}
                      {op.note && (
                        <Text size="xs" c="dimmed">
                          {op.note}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
