import { NumberInput, Table, Text } from '@mantine/core';
import type { WorkforceRole } from '../../../api/plantTypes';
import { formatNumber } from '../../../lib/format';
import { CHANGED_INPUT_STYLES, INPUT_STYLES } from '../changedInputStyles';
import {
  headcountKey,
  isEdited,
  targetsInForce,
  type HeadcountEdits,
  type HeadcountValue,
} from './headcountEdits';

interface HeadcountGridProps {
  months: string[];
  roles: WorkforceRole[];
  saved: Map<string, number>;
  edits: HeadcountEdits;
  editable: boolean;
  onEdit: (key: string, value: HeadcountValue) => void;
}

/**
 * Months down, roles across, the month's total on the right. A month without its own target
 * keeps the one before (shown faint); planners type over any cell, changed cells highlighted.
 */
export function HeadcountGrid({
  months,
  roles,
  saved,
  edits,
  editable,
  onEdit,
}: HeadcountGridProps) {
  const codes = roles.map((role) => role.code);
  const inForce = targetsInForce(months, codes, saved, edits);
  return (
    <Table.ScrollContainer minWidth={200 + roles.length * 120}>
      <Table
        verticalSpacing={4}
        horizontalSpacing={6}
        withColumnBorders
        data-testid="headcount-grid"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            {roles.map((role) => (
              <Table.Th key={role.code} ta="right" title={role.code}>
                <Text size="xs" fw={600} lineClamp={2} maw={150} ml="auto">
                  {role.name}
                </Text>
              </Table.Th>
            ))}
            <Table.Th ta="right">Total</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((month) => (
            <Table.Tr key={month} data-testid={`headcount-month-${month}`}>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {month}
              </Table.Td>
              {codes.map((role) => {
                const key = headcountKey(month, role);
                const own = saved.get(key);
                const shown = inForce.get(key) ?? 0;
                const changed = isEdited(edits, saved, key);
                const testId = `headcount-cell-${month}-${role}`;
                if (!editable)
                  return (
                    <Table.Td
                      key={role}
                      ta="right"
                      ff="monospace"
                      c={own === undefined ? 'dimmed' : undefined}
                      data-testid={testId}
                    >
                      {formatNumber(shown)}
                    </Table.Td>
                  );
                return (
                  <Table.Td key={role}>
                    <NumberInput
                      size="xs"
                      hideControls
                      min={0}
                      max={100_000}
                      allowDecimal={false}
                      allowNegative={false}
                      value={edits[key] ?? own ?? ''}
                      placeholder={formatNumber(shown)}
                      onChange={(value) => {
                        if (typeof value === 'number' || value === '') onEdit(key, value);
                      }}
                      styles={changed ? CHANGED_INPUT_STYLES : INPUT_STYLES}
                      aria-label={`${role}, ${month}`}
                      data-changed={changed || undefined}
                      data-testid={testId}
                    />
                  </Table.Td>
                );
              })}
              <Table.Td ta="right" ff="monospace" fw={600} data-testid={`headcount-total-${month}`}>
                {formatNumber(
                  codes.reduce(
                    (sum, role) => sum + (inForce.get(headcountKey(month, role)) ?? 0),
                    0,
                  ),
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
