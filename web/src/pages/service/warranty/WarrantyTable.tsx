import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Warranty } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { EligibilityBadge } from '../EligibilityBadge';
import { warrantyPath } from '../servicePaths';
import { coveredUntil } from './coveredUntil';
import { WarrantyStateBadge } from './WarrantyStateBadge';

const PAGE_SIZE = 100;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** One row per machine: how it is covered today, and until when. */
export function WarrantyTable({
  items,
  showCustomer,
}: {
  items: Warranty[];
  showCustomer: boolean;
}) {
  const paged = usePagedRows(items, PAGE_SIZE);
  return (
    <>
      <Table.ScrollContainer minWidth={1040}>
        <Table highlightOnHover verticalSpacing="xs" data-testid="warranty-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Serial</Table.Th>
              <Table.Th>Model</Table.Th>
              <Table.Th>Site</Table.Th>
              <Table.Th>Cover</Table.Th>
              <Table.Th>Eligibility</Table.Th>
              <Table.Th>Starts</Table.Th>
              <Table.Th>Covered until</Table.Th>
              <Table.Th>DOA window until</Table.Th>
              <Table.Th ta="right">Days left</Table.Th>
              <Table.Th>Voids</Table.Th>
              <Table.Th ta="right">Repaired parts</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <TableMessageRow colSpan={11}>No machine found.</TableMessageRow>
            )}
            {paged.rows.map((w) => (
              <Table.Tr key={w.serial} data-testid={`warranty-row-${w.serial}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={warrantyPath(w.serial)}
                    ff="monospace"
                    fw={600}
                    size="sm"
                    style={nowrap}
                  >
                    {w.serial}
                  </Anchor>
                </Table.Td>
                <Table.Td style={nowrap}>{w.model}</Table.Td>
                <Table.Td style={nowrap}>
                  {showCustomer ? `${w.customerCode} · ${w.siteCode}` : w.siteCode}
                </Table.Td>
                <Table.Td>
                  <WarrantyStateBadge state={w.state} />
                </Table.Td>
                <Table.Td>
                  <EligibilityBadge eligibility={w.eligibility} />
                </Table.Td>
                <Table.Td ff="monospace" style={nowrap}>
                  {w.startsOn}
                </Table.Td>
                <Table.Td ff="monospace" style={nowrap} data-testid="warranty-ends">
                  {coveredUntil(w) ?? 'Void'}
                </Table.Td>
                <Table.Td ff="monospace" style={nowrap} c={w.doa ? undefined : 'dimmed'}>
                  {w.doaEndsOn}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" data-testid="warranty-days-left">
                  {formatNumber(Math.max(0, w.daysLeft))}
                </Table.Td>
                <Table.Td>
                  {w.voids.length === 0 ? (
                    EMPTY_VALUE
                  ) : (
                    <Text size="sm" c="red.7">
                      {w.voids.map((v) => v.reason).join('; ')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {w.components.length ? formatNumber(w.components.length) : EMPTY_VALUE}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager paged={paged} noun="machines" />
    </>
  );
}
