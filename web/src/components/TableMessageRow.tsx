import type { ReactNode } from 'react';
import { Table, Text } from '@mantine/core';

interface TableMessageRowProps {
  colSpan: number;
  children: ReactNode;
}

/** A full-width row for "Loading…" or "Nothing here yet" inside a table body. */
export function TableMessageRow({ colSpan, children }: TableMessageRowProps) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" size="sm" ta="center" py="md">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
