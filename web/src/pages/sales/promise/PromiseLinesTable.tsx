import { useState } from 'react';
import { Anchor, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SolvedLine } from '../../../api/promiseTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { LateReasonCell } from '../LateReasonCell';
import { salesOrderPath } from '../salesPaths';

const COLUMN_COUNT = 9;

const matches = (line: SolvedLine, query: string) =>
  `${line.orderNumber} ${line.model}`.toLowerCase().includes(query.trim().toLowerCase());

/** Every open line as the run promised it; narrowed by order or model, or to the late ones. */
export function PromiseLinesTable({ lines }: { lines: SolvedLine[] }) {
  const [query, setQuery] = useState('');
  const [lateOnly, setLateOnly] = useState(false);
  const shown = lines.filter(
    (line) => matches(line, query) && (!lateOnly || line.late !== null || line.unpromised > 0),
  );
  return (
    <>
      <Group gap="sm" p="sm" align="center">
        <TextInput
          aria-label="Find an order or model"
          placeholder="Order or model"
          leftSection={<IconSearch size={14} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={260}
          data-testid="promise-lines-search"
        />
        <Switch
          label="Late or short only"
          checked={lateOnly}
          onChange={(event) => setLateOnly(event.currentTarget.checked)}
        />
        <Text size="sm" c="dimmed">
          {formatNumber(shown.length)} of {formatNumber(lines.length)} lines
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={980}>
        <Table verticalSpacing={6} striped data-testid="run-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Order</Table.Th>
              <Table.Th w={48}>Line</Table.Th>
              <Table.Th>Model</Table.Th>
              <Table.Th ta="right">Quantity</Table.Th>
              <Table.Th>P50</Table.Th>
              <Table.Th>P90</Table.Th>
              <Table.Th ta="right">Promised</Table.Th>
              <Table.Th ta="right">Landed cost</Table.Th>
              <Table.Th>Late reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.length === 0 && (
              <TableMessageRow colSpan={COLUMN_COUNT}>No line matches.</TableMessageRow>
            )}
            {shown.map((line) => (
              <Table.Tr
                key={line.orderLineId}
                data-testid="run-line"
                data-order={line.orderNumber}
                data-line={line.lineNo}
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={salesOrderPath(line.orderNumber)}
                    ff="monospace"
                    size="sm"
                    fw={600}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {line.orderNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td ff="monospace">{line.lineNo}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.model}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(line.quantity)}
                </Table.Td>
                <Table.Td ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {line.p50 ?? EMPTY_VALUE}
                </Table.Td>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {line.p90 ?? EMPTY_VALUE}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(line.promised)}
                  {line.unpromised > 0 && (
                    <Text size="xs" c="red.7" style={{ whiteSpace: 'nowrap' }}>
                      {formatNumber(line.unpromised)} short
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(line.landedCostCents)}
                </Table.Td>
                <Table.Td>
                  <LateReasonCell late={line.late} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
