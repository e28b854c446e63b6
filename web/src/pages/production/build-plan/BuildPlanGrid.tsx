import type { CSSProperties } from 'react';
import { Group, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { WeekVerdict } from '../../../api/capacityTypes';
import type { BuildPlan } from '../../../api/planningTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatNumber } from '../../../lib/format';
import { cellKey, isChanged, planTotals, type CellValue, type PlanEdits } from './planEdits';
import { PlanCell } from './PlanCell';

interface BuildPlanGridProps {
  plan: BuildPlan;
  edits: PlanEdits;
  editable: boolean;
  onEdit: (cell: { model: string; week: string; original: number }, value: CellValue) => void;
  /** Capacity verdicts of the saved plan by week (Monday); absent while loading. */
  verdicts?: ReadonlyMap<string, WeekVerdict>;
}

/** Why a week is over capacity, for its header's tooltip. */
function overloadTitle(week: string, v: WeekVerdict) {
  const binding = v.binding ? ` Binding: ${v.binding.name}.` : '';
  return `Week of ${week}: ${formatNumber(v.planned)} planned, capacity ${formatNumber(v.capacityUnits)}. Overloaded: ${v.overloaded.join(', ')}.${binding}`;
}

const MODEL_WIDTH = 180;
const WEEK_WIDTH = 88;
const TOTAL_WIDTH = 96;

/** The model column stays put while the weeks scroll under it; so does the totals column. */
const stuck = (side: 'left' | 'right'): CSSProperties => ({
  position: 'sticky',
  [side]: 0,
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  boxShadow: `${side === 'left' ? 1 : -1}px 0 0 var(--mantine-color-default-border)`,
});
const MODEL_CELL: CSSProperties = { ...stuck('left'), minWidth: MODEL_WIDTH, whiteSpace: 'nowrap' };
const TOTAL_CELL: CSSProperties = { ...stuck('right'), minWidth: TOTAL_WIDTH };

function Total({ value, testId }: { value: number; testId: string }) {
  return (
    <Text size="sm" ta="right" ff="monospace" fw={600} data-testid={testId}>
      {formatNumber(value)}
    </Text>
  );
}

/** Models down, weeks across, totals on the right and at the foot; edited cells highlighted. */
export function BuildPlanGrid({ plan, edits, editable, onEdit, verdicts }: BuildPlanGridProps) {
  const totals = planTotals(plan, edits);
  const columns = plan.weeks.length + 2;
  return (
    <Table.ScrollContainer
      minWidth={MODEL_WIDTH + TOTAL_WIDTH + WEEK_WIDTH * plan.weeks.length}
      type="native"
    >
      <Table
        verticalSpacing={6}
        horizontalSpacing={6}
        withColumnBorders
        data-testid="build-plan-grid"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={MODEL_CELL}>Model</Table.Th>
            {plan.weeks.map((week, i) => {
              const verdict = verdicts?.get(week);
              const over = verdict !== undefined && !verdict.feasible;
              return (
                <Table.Th
                  key={week}
                  miw={WEEK_WIDTH}
                  ta="right"
                  title={over ? overloadTitle(week, verdict) : `Week of ${week}`}
                  bg={over ? 'red.0' : undefined}
                >
                  <Group gap={2} justify="flex-end" wrap="nowrap">
                    {over && <IconAlertTriangle size={12} color="var(--mantine-color-red-7)" />}
                    <Text
                      size="xs"
                      fw={600}
                      ff="monospace"
                      c={over ? 'red.7' : undefined}
                      data-testid={`plan-week-${i}`}
                      data-feasible={verdict ? String(verdict.feasible) : undefined}
                    >
                      {week}
                    </Text>
                  </Group>
                </Table.Th>
              );
            })}
            <Table.Th style={TOTAL_CELL} ta="right">
              Total
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.rows.length === 0 && (
            <TableMessageRow colSpan={columns}>No model is built here yet.</TableMessageRow>
          )}
          {plan.rows.map((row, r) => (
            <Table.Tr key={row.model} data-testid={`plan-row-${row.model}`}>
              <Table.Td style={MODEL_CELL}>
                <Text size="sm" fw={600}>
                  {row.model}
                </Text>
              </Table.Td>
              {plan.weeks.map((week, i) => {
                const edit = edits[cellKey(row.model, week)];
                return (
                  <Table.Td key={week}>
                    <PlanCell
                      model={row.model}
                      week={week}
                      original={edit?.original ?? row.quantities[i] ?? 0}
                      value={edit?.value}
                      changed={isChanged(edit)}
                      editable={editable}
                      onEdit={onEdit}
                    />
                  </Table.Td>
                );
              })}
              <Table.Td style={TOTAL_CELL}>
                <Total value={totals.rows[r] ?? 0} testId={`plan-row-total-${row.model}`} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {plan.rows.length > 0 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th style={MODEL_CELL}>Total</Table.Th>
              {plan.weeks.map((week, i) => (
                <Table.Td key={week}>
                  <Total value={totals.weeks[i] ?? 0} testId={`plan-week-total-${week}`} />
                </Table.Td>
              ))}
              <Table.Td style={TOTAL_CELL}>
                <Total value={totals.all} testId="plan-total" />
              </Table.Td>
            </Table.Tr>
            {verdicts && (
              <Table.Tr data-testid="plan-capacity-row">
                <Table.Th style={MODEL_CELL} title="Units of the saved plan's mix the week allows">
                  Capacity
                </Table.Th>
                {plan.weeks.map((week) => {
                  const v = verdicts.get(week);
                  return (
                    <Table.Td key={week}>
                      <Text
                        size="sm"
                        ta="right"
                        ff="monospace"
                        c={v && !v.feasible ? 'red.7' : 'dimmed'}
                        data-testid={`plan-capacity-${week}`}
                      >
                        {v ? formatNumber(v.capacityUnits) : '—'}
                      </Text>
                    </Table.Td>
                  );
                })}
                <Table.Td style={TOTAL_CELL} />
              </Table.Tr>
            )}
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
