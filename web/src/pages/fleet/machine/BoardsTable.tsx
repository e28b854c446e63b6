import { Badge, Table, Text } from '@mantine/core';
import type { BoardReading, InletOutlet } from '../../../api/fleetTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { formatHashrate, formatHashrateVs, formatTemp } from '../fleetFormat';
import type { BoardBaseline } from './boardChartOptions';

const nowrap = { whiteSpace: 'nowrap' } as const;

const inletOutlet = (t: InletOutlet) => `${formatTemp(t.inlet)} / ${formatTemp(t.outlet)}`;

interface BoardsTableProps {
  boards: BoardReading[];
  /** Serials of boards that came from other units. */
  swapped: string[];
  /** Each board's burn-in here, by slot (boards matched by serial). */
  baselines: Map<number, BoardBaseline>;
}

/** The latest reading board by board; missing chips and swapped boards stand out. */
export function BoardsTable({ boards, swapped, baselines }: BoardsTableProps) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" data-testid="machine-boards-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Board</Table.Th>
            <Table.Th>Serial</Table.Th>
            <Table.Th ta="right">Chips found / expected</Table.Th>
            <Table.Th ta="right">Rate / ideal</Table.Th>
            <Table.Th ta="right">PCB temp in / out</Table.Th>
            <Table.Th ta="right">Chip temp in / out</Table.Th>
            <Table.Th ta="right">HW errors</Table.Th>
            <Table.Th ta="right">Frequency</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {boards.length === 0 && (
            <TableMessageRow colSpan={8}>No hashboard in the latest reading.</TableMessageRow>
          )}
          {boards.map((b) => {
            const short = b.chipsExpected !== null && b.chips < b.chipsExpected;
            return (
              <Table.Tr key={b.index} data-testid={`board-${b.index}`}>
                <Table.Td ff="monospace">{b.index}</Table.Td>
                <Table.Td style={nowrap}>
                  <Text size="sm" ff="monospace" span>
                    {b.serial ?? EMPTY_VALUE}
                  </Text>
                  {b.serial && swapped.includes(b.serial) && (
                    <Badge color="grape" variant="light" size="sm" ml={6}>
                      Swapped in
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" c={short ? 'red.7' : undefined}>
                  {formatNumber(b.chips)} / {formatNumber(b.chipsExpected)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" style={nowrap}>
                  {formatHashrateVs(b.rateThs, b.idealThs)}
                  {baselines.has(b.index) && (
                    <Text size="xs" c="dimmed" data-testid="board-burn-in">
                      burn-in {formatHashrate(baselines.get(b.index)!.rateThs)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" style={nowrap}>
                  {inletOutlet(b.pcbTempC)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" style={nowrap}>
                  {inletOutlet(b.chipTempC)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(b.hwErrors)}
                </Table.Td>
                <Table.Td ta="right" ff="monospace" style={nowrap}>
                  {b.freqMhz === null ? EMPTY_VALUE : `${formatNumber(b.freqMhz)} MHz`}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
