import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { RetestBoardDraft } from './retestDraft';
import { MONO_INPUT } from '../monoInput';

type Column = { key: Exclude<keyof RetestBoardDraft, 'serial'>; label: string; decimals?: number };

const COLUMNS: Column[] = [
  { key: 'hashrateThs', label: 'TH/s', decimals: 3 },
  { key: 'chipsFound', label: 'Chips found' },
  { key: 'chipsExpected', label: 'Chips expected' },
  { key: 'maxChipTempC', label: 'Max °C' },
];

const emptyBoard = (chipsExpected: number | string): RetestBoardDraft => ({
  serial: '',
  hashrateThs: '',
  chipsFound: '',
  chipsExpected,
  maxChipTempC: '',
});

interface RetestBoardsFieldsProps {
  boards: RetestBoardDraft[];
  onChange: (boards: RetestBoardDraft[]) => void;
}

/**
 * One row per hashboard, wrapping on a phone. Rows may be added or removed: a board that does
 * not answer is left out, and the verdict names the missing one.
 */
export function RetestBoardsFields({ boards, onChange }: RetestBoardsFieldsProps) {
  const set = (index: number, change: Partial<RetestBoardDraft>) =>
    onChange(boards.map((board, i) => (i === index ? { ...board, ...change } : board)));
  return (
    <Stack gap="xs" data-testid="retest-boards">
      <Text size="sm" fw={600}>
        Hashboards
      </Text>
      {boards.map((board, index) => (
        <Group
          key={index}
          gap="xs"
          align="flex-end"
          wrap="wrap"
          data-testid={`retest-board-${index}`}
        >
          <TextInput
            label={`Board ${index}`}
            placeholder="Serial"
            value={board.serial}
            onChange={(event) => set(index, { serial: event.currentTarget.value })}
            styles={MONO_INPUT}
            style={{ flex: '2 1 160px' }}
            data-testid={`retest-board-${index}-serial`}
          />
          {COLUMNS.map((column) => (
            <NumberInput
              key={column.key}
              label={column.label}
              hideControls
              min={0}
              decimalScale={column.decimals ?? 0}
              allowDecimal={Boolean(column.decimals)}
              value={board[column.key]}
              onChange={(value) => set(index, { [column.key]: value })}
              style={{ flex: '1 1 80px' }}
              data-testid={`retest-board-${index}-${column.key}`}
            />
          ))}
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Remove board ${index}`}
            onClick={() => onChange(boards.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...boards, emptyBoard(boards[0]?.chipsExpected ?? '')])}
        >
          Add a board
        </Button>
      </Group>
    </Stack>
  );
}
