import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { FleetSiteRow } from '../../../api/fleetTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { fleetSitePath } from '../fleetPaths';
import { formatAgo, formatHashrateVs, formatJth, formatShare } from '../fleetFormat';

const nowrap = { whiteSpace: 'nowrap' } as const;

interface SitesTableProps {
  rows: FleetSiteRow[];
  loading: boolean;
  showCustomer: boolean;
}

/** Every site with its fleet figures; a site's name opens its machines. */
export function SitesTable({ rows, loading, showCustomer }: SitesTableProps) {
  const columns = showCustomer ? 10 : 9;
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="fleet-sites-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Site</Table.Th>
            {showCustomer && <Table.Th>Customer</Table.Th>}
            <Table.Th ta="right">Machines</Table.Th>
            <Table.Th ta="right">Online</Table.Th>
            <Table.Th ta="right">Hashrate / nominal</Table.Th>
            <Table.Th ta="right">Efficiency</Table.Th>
            <Table.Th ta="right">Unknown</Table.Th>
            <Table.Th ta="right">Swapped boards</Table.Th>
            <Table.Th ta="right">With faults</Table.Th>
            <Table.Th>Last report</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <TableMessageRow colSpan={columns}>
              {loading ? 'Loading sites…' : 'No site yet.'}
            </TableMessageRow>
          )}
          {rows.map(({ site, summary, faults, silentSince }) => (
            <Table.Tr key={site.id} data-testid={`fleet-site-${site.code}`}>
              <Table.Td>
                <Anchor component={Link} to={fleetSitePath(site.id)} size="sm" fw={600}>
                  {site.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {site.code} · {site.city}, {site.state}
                </Text>
              </Table.Td>
              {showCustomer && <Table.Td>{site.customerName}</Table.Td>}
              <Table.Td ta="right" ff="monospace" data-testid="site-machines">
                {formatNumber(summary.machines)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap} data-testid="site-online">
                {formatNumber(summary.online)}
                <Text size="xs" c="dimmed">
                  {formatShare(summary.onlineShare)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap} data-testid="site-hashrate">
                {summary.machines === 0
                  ? EMPTY_VALUE
                  : formatHashrateVs(summary.hashrateThs, summary.nominalThs)}
                <Text size="xs" c="dimmed">
                  {formatShare(summary.hashrateShare)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap}>
                {formatJth(summary.efficiencyJth)}
              </Table.Td>
              <Table.Td ta="right" data-testid="site-unknown">
                {summary.unknown > 0 ? (
                  <Badge color="orange" variant="light" size="sm">
                    {formatNumber(summary.unknown)}
                  </Badge>
                ) : (
                  formatNumber(summary.unknown)
                )}
              </Table.Td>
              <Table.Td ta="right" data-testid="site-swapped">
                {summary.swapped > 0 ? (
                  <Badge color="grape" variant="light" size="sm">
                    {formatNumber(summary.swapped)}
                  </Badge>
                ) : (
                  formatNumber(summary.swapped)
                )}
              </Table.Td>
              <Table.Td ta="right" data-testid="site-faulty">
                {faults.machines > 0 ? (
                  <Badge color="red" variant="filled" size="sm" title="Machines with open faults">
                    {formatNumber(faults.machines)}
                  </Badge>
                ) : (
                  formatNumber(faults.machines)
                )}
              </Table.Td>
              <Table.Td style={nowrap} title={formatDateTime(summary.lastSeenAt)}>
                {summary.lastSeenAt === null ? (
                  <Text size="sm" c="dimmed">
                    No report yet
                  </Text>
                ) : (
                  formatAgo(summary.lastSeenAt)
                )}
                {silentSince !== null && (
                  <Badge
                    color="red"
                    variant="light"
                    size="sm"
                    ml={6}
                    title="Its collector has sent nothing for longer than the silence setting"
                    data-testid="site-silent"
                  >
                    Silent
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
