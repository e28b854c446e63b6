import { Button, Table, Text } from '@mantine/core';
import type { FaultCode } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE } from '../../../lib/format';

interface FaultCodesTableProps {
  codes: FaultCode[];
  loading: boolean;
  onEdit: (code: FaultCode) => void;
}

/** The taxonomy customers report faults in and the bench diagnoses with; it prices quotes. */
export function FaultCodesTable({ codes, loading, onEdit }: FaultCodesTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="fault-codes-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Code</Table.Th>
            <Table.Th>Part replaced</Table.Th>
            <Table.Th ta="right">Bench time</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {codes.length === 0 && (
            <TableMessageRow colSpan={5}>
              {loading ? 'Loading fault codes…' : 'No fault code.'}
            </TableMessageRow>
          )}
          {codes.map((c) => (
            <Table.Tr key={c.code} data-testid={`fault-code-${c.code}`}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {c.code}
                </Text>
              </Table.Td>
              <Table.Td>{c.partKind?.replaceAll('_', ' ') ?? EMPTY_VALUE}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {c.labourMinutes} min
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.description}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button size="compact-sm" variant="default" onClick={() => onEdit(c)}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
