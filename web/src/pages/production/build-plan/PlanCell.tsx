import { memo } from 'react';
import { NumberInput, Text } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import { CHANGED_INPUT_STYLES, INPUT_STYLES } from '../changedInputStyles';
import type { CellValue } from './planEdits';

const MAX_QUANTITY = 1_000_000;

interface PlanCellProps {
  model: string;
  week: string;
  /** The saved quantity. */
  original: number;
  /** The edited value; undefined while the cell is not edited. */
  value: CellValue | undefined;
  changed: boolean;
  editable: boolean;
  onEdit: (cell: { model: string; week: string; original: number }, value: CellValue) => void;
}

/** One week of one model: a number input for planners, the quantity for everyone else. */
export const PlanCell = memo(function PlanCell(props: PlanCellProps) {
  const { model, week, original, value, changed, editable, onEdit } = props;
  const testId = `plan-cell-${model}-${week}`;
  if (!editable)
    return (
      <Text
        size="sm"
        ta="right"
        ff="monospace"
        c={original ? undefined : 'dimmed'}
        data-testid={testId}
      >
        {formatNumber(original)}
      </Text>
    );
  return (
    <NumberInput
      size="xs"
      hideControls
      min={0}
      max={MAX_QUANTITY}
      clampBehavior="strict"
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      value={value ?? original}
      onChange={(next) => {
        if (typeof next === 'number' || next === '') onEdit({ model, week, original }, next);
      }}
      styles={changed ? CHANGED_INPUT_STYLES : INPUT_STYLES}
      aria-label={`${model}, week of ${week}`}
      data-changed={changed || undefined}
      data-testid={testId}
    />
  );
});
