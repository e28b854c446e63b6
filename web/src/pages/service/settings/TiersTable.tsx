import { Button, Table, Text } from '@mantine/core';
import type { ServiceTier } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE } from '../../../lib/format';
import { ADVANCE_LABELS } from '../serviceLabels';

interface TiersTableProps {
  tiers: ServiceTier[];
  loading: boolean;
  onEdit: (tier: ServiceTier) => void;
}

/** Service levels: hours on the SLA clock, and who gets a replacement ahead of the repair. */
export function TiersTable({ tiers, loading, onEdit }: TiersTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="tiers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tier</Table.Th>
            <Table.Th ta="right">SLA</Table.Th>
            <Table.Th>Advance replacement</Table.Th>
            <Table.Th>Note</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tiers.length === 0 && (
            <TableMessageRow colSpan={5}>{loading ? 'Loading tiers…' : 'No tier.'}</TableMessageRow>
          )}
          {tiers.map((t) => (
            <Table.Tr key={t.code} data-testid={`tier-${t.code}`}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {t.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {t.code}
                </Text>
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {t.targetHours} h
              </Table.Td>
              <Table.Td>{ADVANCE_LABELS[t.advanceReplacement]}</Table.Td>
              <Table.Td>
                <Text size="sm">{t.note ?? EMPTY_VALUE}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button size="compact-sm" variant="default" onClick={() => onEdit(t)}>
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
