import { Table } from '@mantine/core';
import type { ShipmentPackage } from '../../../api/logisticsTypes';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { formatNumber } from '../../../lib/format';

const PAGE_SIZE = 50;

/** Pallets as packed: label, units and gross weight. */
export function PalletsTable({ packages }: { packages: ShipmentPackage[] }) {
  const paged = usePagedRows(packages, PAGE_SIZE);
  return (
    <>
      <Table verticalSpacing={4} data-testid="shipment-pallets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Pallet</Table.Th>
            <Table.Th ta="right">Units</Table.Th>
            <Table.Th ta="right">Gross weight</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paged.rows.map((pallet) => (
            <Table.Tr key={pallet.label}>
              <Table.Td ff="monospace">{pallet.label}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(pallet.units)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(Math.round(pallet.weightG / 100) / 10)} kg
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TablePager paged={paged} noun="pallets" />
    </>
  );
}
