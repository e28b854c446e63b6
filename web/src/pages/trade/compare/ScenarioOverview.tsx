import { Paper, Table, Text } from '@mantine/core';
import type { BuildVsImport } from '../../../api/tradeTypes';
import { formatBp, formatCents } from '../../../lib/format';
import { resultTitle } from './compareLabels';

/** Every route under every result side by side: where the decision flips. */
export function ScenarioOverview({ comparison }: { comparison: BuildVsImport }) {
  const { results } = comparison;
  const routes = results[0]?.imports.map((item) => item.route) ?? [];
  return (
    <Paper withBorder radius="md" mb="md" data-testid="compare-overview">
      <Table.ScrollContainer minWidth={260 + 180 * results.length}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Per unit</Table.Th>
              {results.map((result) => (
                <Table.Th key={result.scenario ?? ''} ta="right">
                  {resultTitle(result.scenario)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td fw={600}>US build</Table.Td>
              {results.map((result) => (
                <Table.Td key={result.scenario ?? ''} ta="right" ff="monospace" fw={600}>
                  {formatCents(result.usBuild.totalCents)}
                </Table.Td>
              ))}
            </Table.Tr>
            {routes.map((route) => (
              <Table.Tr key={route.id}>
                <Table.Td>{route.name}</Table.Td>
                {results.map((result) => {
                  const item = result.imports.find((i) => i.route.id === route.id);
                  if (!item) return <Table.Td key={result.scenario ?? ''} />;
                  return (
                    <Table.Td key={result.scenario ?? ''} ta="right">
                      <Text
                        size="sm"
                        ff="monospace"
                        c={item.cheaper === 'import' ? 'red.7' : undefined}
                        fw={item.cheaper === 'import' ? 700 : 400}
                      >
                        {formatCents(item.landed.totalCents)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        duty {formatBp(item.landed.duty.totalRateBp)}
                      </Text>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" px="sm" pb="xs">
        Landed cost of each import route; in red where importing beats the US build.
      </Text>
    </Paper>
  );
}
