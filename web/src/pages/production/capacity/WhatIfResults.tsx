import { Badge, Paper, Table, Text } from '@mantine/core';
import type { WhatIfReport } from '../../../api/capacityTypes';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { weeksLabel } from './capacityLabels';

const CHANGED = { background: 'var(--mantine-color-yellow-light)' };

function Fits({ feasible }: { feasible: boolean | undefined }) {
  if (feasible === undefined) return <>{EMPTY_VALUE}</>;
  return (
    <Badge size="sm" variant="light" color={feasible ? 'green' : 'red'}>
      {feasible ? 'Yes' : 'No'}
    </Badge>
  );
}

/** The scenario's capacity week by week beside the base; weeks that moved are highlighted. */
export function WhatIfResults({ result }: { result: WhatIfReport }) {
  const rows = result.verdicts.map((scenario, i) => ({ scenario, base: result.base[i] }));
  const changed = rows.filter(
    ({ scenario, base }) => scenario.capacityUnits !== base?.capacityUnits,
  );
  const infeasible = (list: { feasible: boolean }[]) => list.filter((v) => !v.feasible).length;
  return (
    <Paper withBorder radius="md" data-testid="whatif-results">
      <Text size="sm" p="sm" data-testid="whatif-summary">
        Capacity changes in {weeksLabel(changed.length, rows.length)}. Weeks over capacity:{' '}
        {formatNumber(infeasible(result.base))} now, {formatNumber(infeasible(result.verdicts))}{' '}
        with the change.
      </Text>
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Week</Table.Th>
              <Table.Th ta="right">Planned</Table.Th>
              <Table.Th ta="right">Capacity now</Table.Th>
              <Table.Th ta="right">With the change</Table.Th>
              <Table.Th ta="right">Difference</Table.Th>
              <Table.Th>Fits now</Table.Th>
              <Table.Th>Fits with it</Table.Th>
              <Table.Th>Binding with it</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ scenario, base }) => {
              const difference = scenario.capacityUnits - (base?.capacityUnits ?? 0);
              return (
                <Table.Tr
                  key={scenario.week}
                  style={difference ? CHANGED : undefined}
                  data-testid={`whatif-week-${scenario.week}`}
                  data-base={base?.capacityUnits}
                  data-scenario={scenario.capacityUnits}
                >
                  <Table.Td ff="monospace">{scenario.week}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatNumber(scenario.planned)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" data-testid="whatif-base">
                    {formatNumber(base?.capacityUnits)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" fw={600} data-testid="whatif-scenario">
                    {formatNumber(scenario.capacityUnits)}
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    ff="monospace"
                    c={difference > 0 ? 'green.8' : difference < 0 ? 'red.7' : 'dimmed'}
                  >
                    {difference > 0 ? '+' : ''}
                    {formatNumber(difference)}
                  </Table.Td>
                  <Table.Td>
                    <Fits feasible={base?.feasible} />
                  </Table.Td>
                  <Table.Td>
                    <Fits feasible={scenario.feasible} />
                  </Table.Td>
                  <Table.Td>{scenario.binding?.name ?? EMPTY_VALUE}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
