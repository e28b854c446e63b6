import type { CSSProperties } from 'react';
import { Table, Text } from '@mantine/core';
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
export function BuildPlanGrid({ plan, edits, editable, onEdit }: BuildPlanGridProps) {
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
            {plan.weeks.map((week, i) => (
              <Table.Th key={week} miw={WEEK_WIDTH} ta="right" title={`Week of ${week}`}>
                <Text size="xs" fw={600} ff="monospace" data-testid={`plan-week-${i}`}>
                  {week}
                </Text>
              </Table.Th>
            ))}
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
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
