import { useState } from 'react';
import { ActionIcon, Anchor, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useRemovePriceBreak } from '../../../api/supply';
import type { PriceBreak, SupplierDetail } from '../../../api/supplyTypes';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatCents, formatNumber } from '../../../lib/format';
import { partPath } from '../supplyPaths';

interface PriceBreaksTableProps {
  supplier: SupplierDetail;
  canEdit: boolean;
}

/** The supplier's prices by part, from a quantity up; blanks fall back to the supplier's values. */
export function PriceBreaksTable({ supplier, canEdit }: PriceBreaksTableProps) {
  const remove = useRemovePriceBreak(supplier.id);
  const [removing, setRemoving] = useState<PriceBreak | null>(null);
  const columns = canEdit ? 6 : 5;
  const close = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="price-breaks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Part</Table.Th>
              <Table.Th ta="right">From quantity</Table.Th>
              <Table.Th ta="right">Unit price</Table.Th>
              <Table.Th ta="right">Lead time</Table.Th>
              <Table.Th>Origin</Table.Th>
              {canEdit && <Table.Th w={48} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {supplier.priceBreaks.length === 0 && (
              <TableMessageRow colSpan={columns}>
                No price breaks yet: orders from this supplier need a price on every line.
              </TableMessageRow>
            )}
            {supplier.priceBreaks.map((row) => (
              <Table.Tr
                key={row.id}
                data-testid={`price-break-${row.partNumber}-${row.minQuantity}`}
              >
                <Table.Td>
                  <Stack gap={0}>
                    <Anchor
                      component={Link}
                      to={partPath(row.partId)}
                      size="sm"
                      ff="monospace"
                      fw={600}
                    >
                      {row.partNumber}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.partName}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(row.minQuantity)}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCents(row.unitPriceCents)}
                </Table.Td>
                <Table.Td ta="right">
                  {row.leadTimeDays ?? supplier.leadTimeDays} days
                  {row.leadTimeDays === null && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (supplier)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{row.origin ?? supplier.country}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Tooltip label="Remove this price break" withArrow>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setRemoving(row)}
                        aria-label={`Remove the price of ${row.partNumber} from ${row.minQuantity}`}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={removing !== null}
        title="Remove price break"
        message={
          removing &&
          `${removing.partNumber} from ${formatNumber(removing.minQuantity)} at ${formatCents(removing.unitPriceCents)}: orders already placed keep their prices.`
        }
        confirmLabel="Remove"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: close })}
        onClose={close}
      />
    </>
  );
}
