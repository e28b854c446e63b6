import { Anchor, Table } from '@mantine/core';
import type { Contact } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE } from '../../../lib/format';

const COLUMN_COUNT = 4;

export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" data-testid="contacts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>No contacts yet.</TableMessageRow>
          )}
          {contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>{contact.name}</Table.Td>
              <Table.Td>{contact.role ?? EMPTY_VALUE}</Table.Td>
              <Table.Td>
                <Anchor href={`mailto:${contact.email}`} size="sm">
                  {contact.email}
                </Anchor>
              </Table.Td>
              <Table.Td>{contact.phone ?? EMPTY_VALUE}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
