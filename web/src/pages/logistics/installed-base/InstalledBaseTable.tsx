import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { InstalledUnit } from '../../../api/logisticsTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { shipmentPath } from '../logisticsPaths';

const PAGE_SIZE = 100;
const nowrap = { whiteSpace: 'nowrap' } as const;

interface InstalledBaseTableProps {
  units: InstalledUnit[];
  loading: boolean;
  /** Where the shipment links lead (staff list or a customer's "My shipments"). */
  shipmentsPath: string;
  showCustomer: boolean;
}

/** Delivered machines by serial: where they run, when they arrived and their warranty. */
export function InstalledBaseTable(props: InstalledBaseTableProps) {
  const { units, loading, shipmentsPath, showCustomer } = props;
  const paged = usePagedRows(units, PAGE_SIZE);
  const columns = showCustomer ? 8 : 7;
  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table highlightOnHover verticalSpacing="xs" data-testid="installed-base-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Serial</Table.Th>
              <Table.Th>Model</Table.Th>
              {showCustomer && <Table.Th>Customer</Table.Th>}
              <Table.Th>Site</Table.Th>
              <Table.Th>Shipment</Table.Th>
              <Table.Th>Delivered</Table.Th>
              <Table.Th>Warranty until</Table.Th>
              <Table.Th>Warranty</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.length === 0 && (
              <TableMessageRow colSpan={columns}>
                {loading ? 'Loading machines…' : 'No delivered machine matches.'}
              </TableMessageRow>
            )}
            {paged.rows.map((unit) => (
              <Table.Tr key={unit.serial} data-testid={`installed-${unit.serial}`}>
                <Table.Td ff="monospace" fw={600} style={nowrap}>
                  {unit.serial}
                </Table.Td>
                <Table.Td style={nowrap}>
                  {unit.model}
                  <Text size="xs" c="dimmed">
                    {unit.builtHere ? 'Built in Texas' : 'Imported'}
                  </Text>
                </Table.Td>
                {showCustomer && <Table.Td>{unit.customerCode}</Table.Td>}
                <Table.Td>
                  <Text size="sm">{unit.siteCode}</Text>
                  <Text size="xs" c="dimmed">
                    {unit.siteName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={shipmentPath(unit.shipmentNumber, shipmentsPath)}
                    ff="monospace"
                    size="sm"
                    style={nowrap}
                  >
                    {unit.shipmentNumber}
                  </Anchor>
                </Table.Td>
                <Table.Td ff="monospace" style={nowrap}>
                  {unit.deliveredOn}
                </Table.Td>
                <Table.Td ff="monospace" style={nowrap} data-testid="warranty-ends">
                  {unit.warrantyEndsOn}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={unit.inWarranty ? 'green' : 'gray'}
                    variant="light"
                    size="sm"
                    data-testid="warranty-status"
                  >
                    {unit.inWarranty ? 'In warranty' : 'Out of warranty'}
                  </Badge>
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
