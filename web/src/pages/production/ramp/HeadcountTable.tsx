import { Table, Text } from '@mantine/core';
import type { RampHeadcountMonth } from '../../../api/capacityTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { useRoleNames } from '../useRoleNames';

/** "−13" in orange when short of the target, "+2" when ahead, "0". */
function Gap({ actual, target }: { actual: number | null; target: number }) {
  if (actual === null) return <>{EMPTY_VALUE}</>;
  const gap = actual - target;
  return (
    <Text span size="sm" ff="monospace" c={gap < 0 ? 'orange.7' : undefined} fw={gap ? 600 : 400}>
      {gap > 0 ? '+' : gap < 0 ? '−' : ''}
      {formatNumber(Math.abs(gap))}
    </Text>
  );
}

/** Headcount by month, target against on staff, in total and role by role (on staff / target). */
export function HeadcountTable({ months }: { months: RampHeadcountMonth[] }) {
  const roleName = useRoleNames();
  const roles = months[0]?.byRole.map((entry) => entry.role) ?? [];
  return (
    <Table.ScrollContainer minWidth={360 + roles.length * 100}>
      <Table striped verticalSpacing={6} data-testid="headcount-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            <Table.Th ta="right">Target</Table.Th>
            <Table.Th ta="right">On staff</Table.Th>
            <Table.Th ta="right">Gap</Table.Th>
            {roles.map((role) => (
              <Table.Th key={role} ta="right" title={`${roleName(role)}: on staff / target`}>
                <Text size="xs" fw={600} lineClamp={2} maw={130} ml="auto">
                  {roleName(role)}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.length === 0 && (
            <TableMessageRow colSpan={4 + roles.length}>No headcount plan yet.</TableMessageRow>
          )}
          {months.map((month) => (
            <Table.Tr key={month.month} data-testid={`headcount-row-${month.month}`}>
              <Table.Td ff="monospace">{month.month}</Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="headcount-target">
                {formatNumber(month.target)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" fw={600} data-testid="headcount-actual">
                {formatNumber(month.actual)}
              </Table.Td>
              <Table.Td ta="right">
                <Gap actual={month.actual} target={month.target} />
              </Table.Td>
              {month.byRole.map((entry) => (
                <Table.Td
                  key={entry.role}
                  ta="right"
                  ff="monospace"
                  fz="sm"
                  c={entry.actual !== null && entry.actual < entry.target ? 'orange.7' : undefined}
                >
                  {entry.actual === null ? '' : `${formatNumber(entry.actual)} / `}
                  {formatNumber(entry.target)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
