import { Badge, Stack, Table, Text } from '@mantine/core';
import type { SupplySource } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatBp, formatCents, formatNumber } from '../../../lib/format';
import { modeLabel, originLabel } from '../../trade/tradeLabels';
import { SOURCE_KIND_LABELS } from '../salesLabels';

const COLUMN_COUNT = 8;

interface SourcesTableProps {
  sources: SupplySource[];
  loading: boolean;
}

/** The plant and the import lanes: how long they take, how much they carry, how often held. */
export function SourcesTable({ sources, loading }: SourcesTableProps) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table verticalSpacing="sm" data-testid="sources-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Source</Table.Th>
            <Table.Th>Origin</Table.Th>
            <Table.Th>Mode</Table.Th>
            <Table.Th ta="right">Transit P50 / P90</Table.Th>
            <Table.Th ta="right">Weekly units</Table.Th>
            <Table.Th ta="right">Hold risk</Table.Th>
            <Table.Th ta="right">Hold P50 / P90</Table.Th>
            <Table.Th ta="right">Freight to site</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sources.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading sources…' : 'No supply sources yet.'}
            </TableMessageRow>
          )}
          {sources.map((source) => (
            <Table.Tr
              key={source.code}
              data-testid={`source-row-${source.code}`}
              style={source.active ? undefined : { opacity: 0.55 }}
            >
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {source.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {source.code}
                    {source.active ? '' : ' · inactive'}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Badge
                    size="xs"
                    variant="light"
                    color={source.kind === 'us_plant' ? 'indigo' : 'orange'}
                  >
                    {SOURCE_KIND_LABELS[source.kind]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {source.originFactory} · {originLabel(source.originCountry)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{modeLabel(source.mode)}</Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="source-transit">
                {source.transitP50Days} / {source.transitP90Days} d
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {source.weeklyUnits === null ? (
                  <Text size="sm" c="dimmed" span>
                    Build plan
                  </Text>
                ) : (
                  formatNumber(source.weeklyUnits)
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" data-testid="source-hold-risk">
                {formatBp(source.holdProbabilityBp, 0)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {source.holdProbabilityBp ? `${source.holdP50Days} / ${source.holdP90Days} d` : '—'}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatCents(source.freightToSiteCents)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
