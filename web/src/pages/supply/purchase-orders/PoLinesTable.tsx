import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PurchaseOrder } from '../../../api/supplyTypes';
import { formatCents, formatNumber } from '../../../lib/format';
import { TRACKING_LABELS } from '../partLabels';
import { partPath } from '../supplyPaths';

/** The order's lines: what was ordered, what has come in and what is still open. */
export function PoLinesTable({ po }: { po: PurchaseOrder }) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="po-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>Line</Table.Th>
            <Table.Th>Part</Table.Th>
            <Table.Th>Tracking</Table.Th>
            <Table.Th ta="right">Ordered</Table.Th>
            <Table.Th ta="right">Received</Table.Th>
            <Table.Th ta="right">Open</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th>Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {po.lines.map((line) => (
            <Table.Tr key={line.id} data-testid={`po-line-row-${line.lineNo}`}>
              <Table.Td>{line.lineNo}</Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={partPath(line.partId)}
                    size="sm"
                    ff="monospace"
                    fw={600}
                  >
                    {line.partNumber}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {line.partName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray" radius="sm" tt="none">
                  {TRACKING_LABELS[line.tracking] ?? line.tracking}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(line.quantity)}</Table.Td>
              <Table.Td ta="right" data-testid="po-line-received">
                {formatNumber(line.receivedQuantity)}
              </Table.Td>
              <Table.Td
                ta="right"
                fw={line.openQuantity > 0 ? 600 : undefined}
                data-testid="po-line-open"
              >
                {formatNumber(line.openQuantity)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(line.unitPriceCents)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(line.unitPriceCents * line.quantity)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.dueDate}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={7}>Total</Table.Th>
            <Table.Th ta="right" ff="monospace" data-testid="po-total">
              {formatCents(po.totalCents)}
            </Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
