import { Button, Table, Text } from '@mantine/core';
import type { WarrantyPolicy } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatCents } from '../../../lib/format';

interface PoliciesTableProps {
  policies: WarrantyPolicy[];
  loading: boolean;
  onEdit: (policy: WarrantyPolicy) => void;
}

/** Warranty terms per model; `*` covers models without their own. */
export function PoliciesTable({ policies, loading, onEdit }: PoliciesTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="policies-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Model</Table.Th>
            <Table.Th ta="right">Term</Table.Th>
            <Table.Th ta="right">DOA</Table.Th>
            <Table.Th ta="right">Repairs</Table.Th>
            <Table.Th>Starts when</Table.Th>
            <Table.Th ta="right">Value (quote cap)</Table.Th>
            <Table.Th ta="right">Exclusions</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.length === 0 && (
            <TableMessageRow colSpan={8}>
              {loading ? 'Loading policies…' : 'No policy.'}
            </TableMessageRow>
          )}
          {policies.map((p) => (
            <Table.Tr key={p.modelName} data-testid={`policy-${p.modelName}`}>
              <Table.Td>
                {p.modelName === '*' ? (
                  <Text size="sm" fs="italic">
                    Default (*)
                  </Text>
                ) : (
                  p.modelName
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {p.termDays} d
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {p.doaDays} d
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {p.repairedTermDays} d
              </Table.Td>
              <Table.Td>{p.startBasis === 'shipped' ? 'Shipped' : 'Delivered'}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(p.marketValueCents)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {p.exclusions.length}
              </Table.Td>
              <Table.Td ta="right">
                <Button size="compact-sm" variant="default" onClick={() => onEdit(p)}>
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
