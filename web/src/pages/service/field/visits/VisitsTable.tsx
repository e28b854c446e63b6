import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { VisitSummary } from '../../../../api/fieldTypes';
import { TableMessageRow } from '../../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../../lib/format';
import { visitPath } from '../../servicePaths';
import { formatMinutes, windowText } from '../fieldLabels';
import { VisitStatusBadge } from '../VisitStatusBadge';

interface VisitsTableProps {
  visits: VisitSummary[];
  loading: boolean;
  /** Where the visit links lead (Field tab, or a customer's "My RMAs"). */
  basePath?: string;
  /** A customer's own list leaves its own code out. */
  showCustomer?: boolean;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Visits in route order (day, then stop), as the server lists them. */
export function VisitsTable({ visits, loading, basePath, showCustomer = true }: VisitsTableProps) {
  const columns = showCustomer ? 10 : 9;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="visits-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Status</Table.Th>
            {showCustomer && <Table.Th>Customer</Table.Th>}
            <Table.Th>Site</Table.Th>
            <Table.Th ta="right">Machines</Table.Th>
            <Table.Th>Window</Table.Th>
            <Table.Th>SLA day</Table.Th>
            <Table.Th ta="right">Duration</Table.Th>
            <Table.Th>Technician</Table.Th>
            <Table.Th>Scheduled</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.length === 0 && (
            <TableMessageRow colSpan={columns}>
              {loading ? 'Loading visits…' : 'No visit matches.'}
            </TableMessageRow>
          )}
          {visits.map((v) => (
            <Table.Tr key={v.id} data-testid={`visit-row-${v.number}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={visitPath(v.number, basePath)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  style={nowrap}
                >
                  {v.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <VisitStatusBadge status={v.status} />
              </Table.Td>
              {showCustomer && <Table.Td>{v.customerCode}</Table.Td>}
              <Table.Td>
                <Text size="sm">{v.siteName}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {v.siteCode}
                </Text>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(v.units)}
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {windowText(v.windowStart, v.windowEnd)}
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {v.dueBy}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatMinutes(v.durationMin)}
              </Table.Td>
              <Table.Td ff="monospace">{v.technician ?? EMPTY_VALUE}</Table.Td>
              <Table.Td style={nowrap} data-testid="visit-scheduled">
                {v.scheduledOn ? (
                  <>
                    <Text span size="sm" ff="monospace">
                      {v.scheduledOn}
                    </Text>
                    {v.routeOrder !== null && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · stop {v.routeOrder}
                      </Text>
                    )}
                  </>
                ) : (
                  EMPTY_VALUE
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
