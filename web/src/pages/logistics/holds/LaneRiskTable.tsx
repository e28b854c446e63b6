import { Badge, Table, Text } from '@mantine/core';
import type { LaneRisk } from '../../../api/logisticsTypes';
import type { SupplySource } from '../../../api/salesTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatBp, formatNumber } from '../../../lib/format';

interface LaneRiskTableProps {
  lanes: LaneRisk[];
  sources: SupplySource[];
  loading: boolean;
}

/** Per import lane: how often customs holds its shipments and for how long, as promises use it. */
export function LaneRiskTable({ lanes, sources, loading }: LaneRiskTableProps) {
  const names = new Map(sources.map((s) => [s.code, s.name]));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" data-testid="lane-risk-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Lane</Table.Th>
            <Table.Th ta="right">Reached port</Table.Th>
            <Table.Th ta="right">Held</Table.Th>
            <Table.Th ta="right">Hold odds</Table.Th>
            <Table.Th ta="right">Hold P50</Table.Th>
            <Table.Th ta="right">Hold P90</Table.Th>
            <Table.Th>Basis</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lanes.length === 0 && (
            <TableMessageRow colSpan={7}>
              {loading ? 'Loading lanes…' : 'No import lane.'}
            </TableMessageRow>
          )}
          {lanes.map((lane) => (
            <Table.Tr key={lane.source} data-testid={`lane-risk-${lane.source}`}>
              <Table.Td>
                <Text size="sm" ff="monospace" fw={600}>
                  {lane.source}
                </Text>
                <Text size="xs" c="dimmed">
                  {names.get(lane.source) ?? ''}
                </Text>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(lane.shipments)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(lane.held)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" fw={600} data-testid="lane-risk-odds">
                {formatBp(lane.probabilityBp, 1)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(lane.p50Days)} d
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(lane.p90Days)} d
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={lane.learned ? 'teal' : 'gray'}>
                  {lane.learned ? 'Learned from shipments' : 'Lane prior'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
