import { NumberInput, Table, Text } from '@mantine/core';
import type { BoardDraft } from './burnInDraft';

interface BoardReadingsFieldsProps {
  boards: BoardDraft[];
  onChange: (boards: BoardDraft[]) => void;
}

type Column = { key: Exclude<keyof BoardDraft, 'serial'>; label: string; decimals?: number };

const COLUMNS: Column[] = [
  { key: 'hashrateThs', label: 'Hashrate (TH/s)', decimals: 3 },
  { key: 'chipsFound', label: 'Chips found' },
  { key: 'chipsExpected', label: 'Chips expected' },
  { key: 'maxChipTempC', label: 'Max chip °C' },
];

/** The per-board readings of a burn-in run, one row per installed hashboard. */
export function BoardReadingsFields({ boards, onChange }: BoardReadingsFieldsProps) {
  const set = (index: number, change: Partial<BoardDraft>) =>
    onChange(boards.map((board, i) => (i === index ? { ...board, ...change } : board)));
  if (boards.length === 0)
    return (
      <Text c="orange.7" size="sm">
        No hashboard is recorded in this unit.
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="kiosk-board-readings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Board</Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column.key}>{column.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {boards.map((board, index) => (
            <Table.Tr key={board.serial ?? index} data-testid={`kiosk-board-${index}`}>
              <Table.Td>
                <Text ff="monospace" size="sm" fw={600} data-testid="kiosk-board-serial">
                  {index} · {board.serial ?? 'unknown'}
                </Text>
              </Table.Td>
              {COLUMNS.map((column) => (
                <Table.Td key={column.key}>
                  <NumberInput
                    aria-label={`Board ${index} ${column.label}`}
                    size="md"
                    hideControls
                    min={0}
                    decimalScale={column.decimals ?? 0}
                    allowDecimal={Boolean(column.decimals)}
                    value={board[column.key]}
                    onChange={(value) => set(index, { [column.key]: value })}
                    data-testid={`kiosk-board-${index}-${column.key}`}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
