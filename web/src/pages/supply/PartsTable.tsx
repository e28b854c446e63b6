import { Code, Table, Text } from '@mantine/core';
import type { Part } from '../../api/catalogTypes';
import { TableMessageRow } from '../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents } from '../../lib/format';
import { PART_KIND_LABELS } from './partLabels';

interface PartsTableProps {
  parts: Part[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (part: Part) => void;
}

const COLUMN_COUNT = 6;

export function PartsTable({ parts, loading, selectedId, onSelect }: PartsTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="parts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Part number</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>HTS</Table.Th>
            <Table.Th>Origin</Table.Th>
            <Table.Th ta="right">Standard cost</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading parts…' : 'No part matches.'}
            </TableMessageRow>
          )}
          {parts.map((part) => (
            <Table.Tr
              key={part.id}
              onClick={() => onSelect(part)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(part);
                }
              }}
              tabIndex={0}
              aria-selected={part.id === selectedId}
              bg={part.id === selectedId ? 'var(--mantine-color-indigo-light)' : undefined}
              style={{ cursor: 'pointer' }}
              data-testid={`part-row-${part.partNumber}`}
            >
              <Table.Td>
                <Text size="sm" fw={600} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {part.partNumber}
                </Text>
              </Table.Td>
              <Table.Td>{part.name}</Table.Td>
              <Table.Td>{PART_KIND_LABELS[part.kind]}</Table.Td>
              <Table.Td>{part.htsCode ? <Code>{part.htsCode}</Code> : EMPTY_VALUE}</Table.Td>
              <Table.Td>{part.defaultOrigin ?? EMPTY_VALUE}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(part.standardCostCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
