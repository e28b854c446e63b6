import { Paper, Stack, Table, Text } from '@mantine/core';
import { useCustomsEntries } from '../../../api/trade';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatCents } from '../../../lib/format';
import { referenceLabel } from '../../../lib/references';

/** Customs entries as filed, newest first, with what each line declared and paid. */
export function CustomsEntriesTable() {
  const entries = useCustomsEntries();
  const items = entries.data?.items ?? [];
  return (
    <>
      {entries.error && (
        <ProblemAlert error={entries.error} title="Customs entries could not be loaded" />
      )}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover data-testid="customs-entries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entry</Table.Th>
                <Table.Th>Entered</Table.Th>
                <Table.Th>Reference</Table.Th>
                <Table.Th>Lines</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  Customs value
                </Table.Th>
                <Table.Th ta="right">Duty</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <TableMessageRow colSpan={6}>
                  {entries.isPending
                    ? 'Loading entries…'
                    : 'No customs entry yet: receiving an import files one.'}
                </TableMessageRow>
              )}
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {entry.entryNumber}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.entryDate}</Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={entry.reference ? undefined : 'dimmed'}
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {entry.reference ? referenceLabel(entry.reference) : EMPTY_VALUE}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {entry.lines.map((line) => (
                        <Text key={line.id} size="xs">
                          {line.hts} · {line.origin}
                          {line.description ? ` · ${line.description}` : ''}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCents(
                      entry.lines.reduce((sum, line) => sum + line.customsValueCents, 0),
                    )}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCents(entry.dutyCents)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
