import { Code, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../api/types';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { actorDisplayName } from './actorDisplayName';

interface AuditTableProps {
  entries: AuditEntry[];
  loading: boolean;
  onSelect: (entry: AuditEntry) => void;
}

const COLUMN_COUNT = 6;

export function AuditTable({ entries, loading, onSelect }: AuditTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity type</Table.Th>
            <Table.Th>Entity ID</Table.Th>
            <Table.Th>Request ID</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading audit entries…' : 'No audit entries match these filters.'}
            </TableMessageRow>
          )}
          {entries.map((entry) => (
            <Table.Tr
              key={entry.id}
              onClick={() => onSelect(entry)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(entry);
                }
              }}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              aria-label={`Show changes of ${entry.action} on ${entry.entityType} ${entry.entityId}`}
              data-testid={`audit-row-${entry.id}`}
            >
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, true)}</Table.Td>
              <Table.Td>
                <Text size="sm">{actorDisplayName(entry)}</Text>
                <Text size="xs" c="dimmed">
                  {entry.actorType}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>{entry.entityType}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {entry.entityId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" c="dimmed">
                  {entry.requestId ?? EMPTY_VALUE}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
