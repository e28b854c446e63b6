import { Table } from '@mantine/core';
import type { ShipmentLine } from '../../../api/logisticsTypes';
import { formatCents, formatNumber } from '../../../lib/format';

/** The order lines the shipment carries, with their customs classification and value. */
export function ShipmentLinesTable({ lines }: { lines: ShipmentLine[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="shipment-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>Line</Table.Th>
            <Table.Th>Model</Table.Th>
            <Table.Th ta="right">Ordered</Table.Th>
            <Table.Th ta="right">On this shipment</Table.Th>
            <Table.Th ta="right">Received</Table.Th>
            <Table.Th ta="right">Unit value</Table.Th>
            <Table.Th>HTS</Table.Th>
            <Table.Th>Origin</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.lineNo} data-testid={`shipment-line-row-${line.lineNo}`}>
              <Table.Td ff="monospace">{line.lineNo}</Table.Td>
              <Table.Td>{line.model}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(line.ordered)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(line.units)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(line.received)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(line.unitValueCents)}
              </Table.Td>
              <Table.Td ff="monospace">{line.hts}</Table.Td>
              <Table.Td>{line.originCountry}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
