import { Fragment, useState } from 'react';
import { ActionIcon, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPencil } from '@tabler/icons-react';
import type { TariffRow } from '../../../api/tradeTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatBp } from '../../../lib/format';
import { htsPrefixLabel, originLabel } from '../tradeLabels';
import { TariffStatusBadge, UncertainMarker } from './TariffStatusBadge';

interface TariffRowsTableProps {
  rows: TariffRow[];
  loading: boolean;
  /** Shown only to trade analysts. */
  onEdit?: (row: TariffRow) => void;
}

const COLUMN_COUNT = 9;

function RowDetails({ row }: { row: TariffRow }) {
  return (
    <Stack gap={4} py={4} data-testid="tariff-row-details">
      <Text size="sm">
        <Text span c="dimmed" size="sm">
          Legal reference:{' '}
        </Text>
        {row.legalReference ?? EMPTY_VALUE}
      </Text>
      {row.note && (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Note:{' '}
          </Text>
          {row.note}
        </Text>
      )}
    </Stack>
  );
}

export function TariffRowsTable({ rows, loading, onEdit }: TariffRowsTableProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={940}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="tariff-rows-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} aria-label="Details" />
            <Table.Th>Program</Table.Th>
            <Table.Th>HTS prefix</Table.Th>
            <Table.Th>Origin</Table.Th>
            <Table.Th ta="right">Rate</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading tariff rows…' : 'No tariff rows match.'}
            </TableMessageRow>
          )}
          {rows.map((row) => {
            const open = expanded.has(row.id);
            return (
              <Fragment key={row.id}>
                <Table.Tr data-testid={`tariff-row-${row.id}`}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      onClick={() => toggle(row.id)}
                      aria-label={open ? 'Hide legal reference' : 'Show legal reference'}
                      aria-expanded={open}
                    >
                      {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Tooltip
                        label={row.legalReference ?? 'No legal reference'}
                        multiline
                        maw={360}
                        withArrow
                      >
                        <Text size="sm" fw={500}>
                          {row.program}
                        </Text>
                      </Tooltip>
                      {row.uncertain && <UncertainMarker />}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={row.htsPrefix ? undefined : 'dimmed'}>
                      {htsPrefixLabel(row.htsPrefix)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{originLabel(row.origin)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatBp(row.rateBp)}
                  </Table.Td>
                  <Table.Td>{row.effectiveFrom}</Table.Td>
                  <Table.Td>{row.effectiveTo ?? 'open'}</Table.Td>
                  <Table.Td>
                    <TariffStatusBadge row={row} />
                  </Table.Td>
                  <Table.Td ta="right">
                    {onEdit && (
                      <Tooltip label="Edit row" withArrow>
                        <ActionIcon
                          variant="subtle"
                          onClick={() => onEdit(row)}
                          aria-label={`Edit ${row.program} row`}
                          data-testid="tariff-row-edit"
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={COLUMN_COUNT - 1}>
                      <RowDetails row={row} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
