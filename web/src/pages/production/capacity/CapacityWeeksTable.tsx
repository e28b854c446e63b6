import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { CapacityReport, WeekVerdict } from '../../../api/capacityTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { allConstraints, CONSTRAINT_KIND_LABELS, constraintKey } from './capacityLabels';

const COLUMN_COUNT = 7;
const NOT_FEASIBLE = { background: 'var(--mantine-color-red-light)' };

interface CapacityWeeksTableProps {
  report: CapacityReport;
  /** Shows a constraint's load in the chart. */
  onShow: (key: string) => void;
}

function Binding({ verdict, onShow }: { verdict: WeekVerdict; onShow: (key: string) => void }) {
  const binding = verdict.binding;
  if (!binding) return <>{EMPTY_VALUE}</>;
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      onClick={() => onShow(constraintKey(binding))}
    >
      {binding.name}{' '}
      <Text span size="xs" c="dimmed">
        {CONSTRAINT_KIND_LABELS[binding.kind].toLowerCase()}
      </Text>
    </Anchor>
  );
}

/** Each week: units planned, units its capacity allows, whether it fits, and what binds it. */
export function CapacityWeeksTable({ report, onShow }: CapacityWeeksTableProps) {
  const names = new Map(allConstraints(report).map((c) => [c.code, c.name]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing={6} data-testid="capacity-weeks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Week</Table.Th>
            <Table.Th ta="right">Planned</Table.Th>
            <Table.Th ta="right">Capacity</Table.Th>
            <Table.Th ta="right">Headroom</Table.Th>
            <Table.Th>Fits</Table.Th>
            <Table.Th>Binding constraint</Table.Th>
            <Table.Th>Over capacity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.verdicts.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>No weeks to judge.</TableMessageRow>
          )}
          {report.verdicts.map((verdict) => {
            const headroom = verdict.capacityUnits - verdict.planned;
            return (
              <Table.Tr
                key={verdict.week}
                style={verdict.feasible ? undefined : NOT_FEASIBLE}
                data-testid={`capacity-week-${verdict.week}`}
                data-feasible={verdict.feasible}
              >
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {verdict.week}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" data-testid="capacity-planned">
                  {formatNumber(verdict.planned)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" fw={600} data-testid="capacity-units">
                  {formatNumber(verdict.capacityUnits)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" c={headroom < 0 ? 'red.7' : undefined}>
                  {formatNumber(headroom)}
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant={verdict.feasible ? 'light' : 'filled'}
                    color={verdict.feasible ? 'green' : 'red'}
                    data-testid="capacity-feasible"
                  >
                    {verdict.feasible ? 'Yes' : 'No'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Binding verdict={verdict} onShow={onShow} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="red.7">
                    {verdict.overloaded.map((code) => names.get(code) ?? code).join(', ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
