import { useState } from 'react';
import { Anchor, Group, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ShipmentSerial } from '../../../api/logisticsTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { formatCents, formatNumber } from '../../../lib/format';
import { unitPath } from '../../production/productionPaths';

// Shipments carry up to tens of thousands of units: rows render a page at a time.
const PAGE_SIZE = 100;

interface SerialsTableProps {
  serials: ShipmentSerial[];
  /** Plant-built serials open their build record (staff only). */
  linkUnits: boolean;
}

/** Every unit on the shipment by serial: line, pallet, customs value and when it was received. */
export function SerialsTable({ serials, linkUnits }: SerialsTableProps) {
  const [query, setQuery] = useState('');
  const needle = query.trim().toUpperCase();
  const matching = needle
    ? serials.filter((s) => s.serial.toUpperCase().includes(needle))
    : serials;
  const paged = usePagedRows(matching, PAGE_SIZE);
  const received = serials.filter((s) => s.receivedOn).length;

  return (
    <>
      <Group justify="space-between" p="sm" gap="sm">
        <TextInput
          aria-label="Find a serial"
          placeholder="Find a serial"
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={260}
          data-testid="shipment-serial-search"
        />
        <Text size="sm" c="dimmed">
          {formatNumber(received)} of {formatNumber(serials.length)} received
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={4} data-testid="shipment-serials">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Serial</Table.Th>
              <Table.Th>Model</Table.Th>
              <Table.Th w={48}>Line</Table.Th>
              <Table.Th>Pallet</Table.Th>
              <Table.Th ta="right">Value</Table.Th>
              <Table.Th>Received</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {paged.rows.length === 0 && (
              <TableMessageRow colSpan={6}>No serial matches.</TableMessageRow>
            )}
            {paged.rows.map((unit) => (
              <Table.Tr key={unit.serial} data-testid={`serial-${unit.serial}`}>
                <Table.Td ff="monospace" fw={600}>
                  {linkUnits ? (
                    <Anchor component={Link} to={unitPath(unit.serial)} size="sm" ff="monospace">
                      {unit.serial}
                    </Anchor>
                  ) : (
                    unit.serial
                  )}
                </Table.Td>
                <Table.Td>{unit.model}</Table.Td>
                <Table.Td ff="monospace">{unit.lineNo}</Table.Td>
                <Table.Td ff="monospace">{unit.pallet}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(unit.valueCents)}
                </Table.Td>
                <Table.Td
                  ff={unit.receivedOn ? 'monospace' : undefined}
                  c={unit.receivedOn ? undefined : 'dimmed'}
                  data-testid="serial-received"
                >
                  {unit.receivedOn ?? 'In transit'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager paged={paged} noun="serials" />
    </>
  );
}
