import { Code, Group, Table, Text } from '@mantine/core';
import type { KitLine } from '../../../api/shopFloorTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';

/** The parts a kit moved to the line: quantities, with the lots and serials picked. */
export function KitResultTable({ lines }: { lines: KitLine[] }) {
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" data-testid="kit-result">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Part</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th>Lots / serials</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.length === 0 && (
            <TableMessageRow colSpan={3}>Nothing to move: the line has it all.</TableMessageRow>
          )}
          {lines.map((line) => (
            <Table.Tr key={line.partNumber} data-testid={`kit-line-${line.partNumber}`}>
              <Table.Td ff="monospace" fw={600}>
                {line.partNumber}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(line.quantity)}
              </Table.Td>
              <Table.Td>
                {line.lots.length === 0 && line.serials.length === 0 && EMPTY_VALUE}
                <Group gap={6}>
                  {line.lots.map((lot) => (
                    <Text key={lot.lotCode} size="sm" span>
                      <Code>{lot.lotCode}</Code> ×{formatNumber(lot.quantity)}
                    </Text>
                  ))}
                  {line.serials.map((serial) => (
                    <Code key={serial}>{serial}</Code>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
