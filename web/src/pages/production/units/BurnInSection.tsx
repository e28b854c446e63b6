import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { BurnInResult, BurnInRun } from '../../../api/productionTypes';
import { Chart } from '../../../components/charts/Chart';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatBp, formatNumber } from '../../../lib/format';
import { formatJth } from '../productionLabels';
import { boardChartOption } from './boardChartOption';

const RESULT_COLORS: Record<BurnInResult, string> = { pass: 'green', fail: 'red' };
const COLUMN_COUNT = 9;

/** Every burn-in attempt of a unit, and the per-board hashrate of the latest one. */
export function BurnInSection({ runs }: { runs: BurnInRun[] }) {
  const ordered = [...runs].sort((a, b) => a.attempt - b.attempt);
  const latest = ordered.at(-1);
  return (
    <Stack gap="xs">
      <Title order={4}>Burn-in</Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={880}>
          <Table verticalSpacing="xs" data-testid="burn-in-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Attempt</Table.Th>
                <Table.Th>Tested on</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th ta="right">Hashrate</Table.Th>
                <Table.Th ta="right">Efficiency</Table.Th>
                <Table.Th ta="right">Power</Table.Th>
                <Table.Th ta="right">Max chip temp</Table.Th>
                <Table.Th ta="right">Min fan</Table.Th>
                <Table.Th>Reasons</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.length === 0 && (
                <TableMessageRow colSpan={COLUMN_COUNT}>Not burned in yet.</TableMessageRow>
              )}
              {ordered.map((run) => (
                <Table.Tr key={run.id} data-testid={`burn-in-${run.attempt}`}>
                  <Table.Td>
                    {run.attempt}
                    <Text size="xs" c="dimmed">
                      {run.durationMin} min{run.station ? ` · ${run.station}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{run.testedOn}</Table.Td>
                  <Table.Td>
                    <Badge
                      color={RESULT_COLORS[run.result]}
                      variant="light"
                      data-testid="burn-in-result"
                    >
                      {run.result}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {formatBp(run.hashrateBp, 1)}
                    <Text size="xs" c="dimmed">
                      {formatNumber(Math.round(run.hashrateGhs / 100) / 10)} TH/s
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {formatJth(run.efficiencyJthX100)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(run.powerW)} W
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {run.maxChipTempC} °C
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(run.minFanRpm)} rpm
                  </Table.Td>
                  <Table.Td>
                    {run.reasons.length === 0 ? (
                      EMPTY_VALUE
                    ) : (
                      <Stack gap={2}>
                        {run.reasons.map((reason) => (
                          <Text key={reason} size="sm" c="red.7">
                            {reason}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {latest && latest.boards.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Text fw={600} mb="xs">
            Hashrate by board · attempt {latest.attempt}
          </Text>
          <Chart
            option={boardChartOption(latest)}
            height={240}
            ariaLabel="Bars of each hashboard's hashrate in the latest burn-in attempt"
            data-testid="burn-in-board-chart"
          />
        </Paper>
      )}
    </Stack>
  );
}
