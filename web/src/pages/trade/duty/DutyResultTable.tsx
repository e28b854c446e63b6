import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import type { DutyLine, DutyResult } from '../../../api/tradeTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatBp, formatCents } from '../../../lib/format';

function LineStatus({ line }: { line: DutyLine }) {
  return (
    <Group gap={6} wrap="nowrap">
      {line.status === 'voided' ? (
        <Text size="sm" c="orange.8" fw={500} style={{ whiteSpace: 'nowrap' }}>
          voided on {line.voidedOn}
        </Text>
      ) : (
        <Text size="sm">in force</Text>
      )}
      {line.fromScenario && (
        <Badge color="grape" variant="light" size="xs">
          scenario
        </Badge>
      )}
    </Group>
  );
}

/** The programs applied to one entry line, their rates and amounts, and the total. */
export function DutyResultTable({ result }: { result: DutyResult }) {
  const voidedCents = result.lines
    .filter((line) => line.status === 'voided')
    .reduce((sum, line) => sum + line.amountCents, 0);
  return (
    <Paper withBorder radius="md" data-testid="duty-result">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Program</Table.Th>
              <Table.Th ta="right">Rate</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Legal reference</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result.lines.length === 0 && (
              <TableMessageRow colSpan={5}>No program applies: the duty is zero.</TableMessageRow>
            )}
            {result.lines.map((line) => (
              <Table.Tr key={line.rowId} data-testid="duty-line">
                <Table.Td fw={500}>{line.program}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatBp(line.rateBp)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.amountCents)}
                </Table.Td>
                <Table.Td>
                  <LineStatus line={line} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" maw={320}>
                    {line.legalReference ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>Total</Table.Th>
              <Table.Th ta="right" ff="monospace" data-testid="duty-total-rate">
                {formatBp(result.totalRateBp)}
              </Table.Th>
              <Table.Th ta="right" ff="monospace" data-testid="duty-total-amount">
                {formatCents(result.totalCents)}
              </Table.Th>
              <Table.Th colSpan={2} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {voidedCents > 0 && (
        <Text size="sm" c="orange.8" px="sm" pb="sm" data-testid="duty-refundable">
          {formatCents(voidedCents)} of this duty is under programs voided later: a refund claim.
        </Text>
      )}
    </Paper>
  );
}
