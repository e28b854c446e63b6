import { Badge, Table } from '@mantine/core';
import type { Site } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatNumber } from '../../../lib/format';
import { COOLING_LABELS } from '../salesLabels';

const COLUMN_COUNT = 6;
const COOLING_COLORS = { air: 'gray', hydro: 'cyan', immersion: 'grape' } as const;

/** Where a customer mines: the sites order lines ship to. */
export function SitesTable({ sites }: { sites: Site[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" data-testid="sites-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>City</Table.Th>
            <Table.Th ta="right">Power</Table.Th>
            <Table.Th>Cooling</Table.Th>
            <Table.Th>Coordinates</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sites.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>No sites yet.</TableMessageRow>
          )}
          {sites.map((site) => (
            <Table.Tr key={site.id} data-testid={`site-row-${site.code}`}>
              <Table.Td ff="monospace" fw={600}>
                {site.code}
              </Table.Td>
              <Table.Td>{site.name}</Table.Td>
              <Table.Td>
                {site.city}, {site.state}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(site.powerMw)} MW
              </Table.Td>
              <Table.Td>
                <Badge variant="light" size="sm" color={COOLING_COLORS[site.cooling]}>
                  {COOLING_LABELS[site.cooling]}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" c="dimmed">
                {site.latitude.toFixed(3)}, {site.longitude.toFixed(3)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
