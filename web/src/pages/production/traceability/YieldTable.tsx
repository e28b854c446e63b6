import { useState } from 'react';
import { Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useYield } from '../../../api/production';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { todayIso } from '../../../lib/isoDates';
import { formatBp, formatNumber } from '../../../lib/format';

/**
 * First-pass burn-in yield by model, line and ISO week, for the current calendar year, newest
 * first; one line or all.
 */
export function YieldTable() {
  const year = todayIso().slice(0, 4);
  const rows = useYield(`${year}-01-01`, `${year}-12-31`);
  const [line, setLine] = useState<string | null>(null);
  const lines = [...new Set((rows.data ?? []).map((r) => r.line))].sort();
  // Newest week first: the line looks at this week's yield.
  const items = [...(rows.data ?? [])].reverse().filter((r) => !line || r.line === line);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <Title order={4}>First-pass yield · {year}</Title>
        <Select
          aria-label="Line"
          placeholder="All lines"
          data={lines}
          value={line}
          onChange={setLine}
          clearable
          w={180}
          data-testid="yield-line"
        />
      </Group>
      <ProblemAlert error={rows.error} title="Yield could not be loaded" />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={520}>
          <Table highlightOnHover verticalSpacing="xs" data-testid="yield-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Model</Table.Th>
                <Table.Th>Line</Table.Th>
                <Table.Th>Week</Table.Th>
                <Table.Th ta="right">Tested</Table.Th>
                <Table.Th ta="right">Passed first time</Table.Th>
                <Table.Th ta="right">Yield</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <TableMessageRow colSpan={6}>
                  {rows.isPending ? 'Loading yield…' : 'Nothing burned in this year yet.'}
                </TableMessageRow>
              )}
              {items.map((row) => (
                <Table.Tr
                  key={`${row.model}|${row.line}|${row.week}`}
                  data-testid={`yield-row-${row.model}-${row.line}-${row.week}`}
                  data-model={row.model}
                >
                  <Table.Td>{row.model}</Table.Td>
                  <Table.Td ff="monospace">{row.line}</Table.Td>
                  <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {row.week}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(row.tested)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(row.passed)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" data-testid="yield-percent">
                    <Text
                      span
                      inherit
                      c={row.yieldBp !== null && row.yieldBp < 9_000 ? 'red.7' : undefined}
                    >
                      {formatBp(row.yieldBp, 1)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
