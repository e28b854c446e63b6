import { Alert, ScrollArea, Table, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ApiError } from '../../api/problem';
import { EMPTY_VALUE } from '../../lib/format';

/** A refused file (CSV_INVALID): the server's summary and one table row per bad row or field. */
export function CsvErrorsAlert({ error }: { error: ApiError }) {
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title="The file was refused"
      role="alert"
      data-testid="csv-errors"
    >
      <Text size="sm">{error.problem.detail}</Text>
      <ScrollArea.Autosize mah={280} mt="xs" type="auto">
        <Table verticalSpacing={4} data-testid="csv-error-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Line</Table.Th>
              <Table.Th w={160}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {error.fieldErrors.map((row, index) => (
              <Table.Tr key={index} data-testid="csv-error-row">
                <Table.Td ff="monospace">{row.line ?? EMPTY_VALUE}</Table.Td>
                <Table.Td ff="monospace">{row.field ?? EMPTY_VALUE}</Table.Td>
                <Table.Td>{row.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Alert>
  );
}
