import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useUnit } from '../../../api/production';

export interface BoardSwap {
  remove: string | null;
  install: string;
}

interface BoardSwapFieldsProps {
  /** The unit whose boards may be swapped. */
  serial: string;
  swaps: BoardSwap[];
  onChange: (swaps: BoardSwap[]) => void;
}

/** Boards to take out of a failed unit, each with the free board scanned in its place. */
export function BoardSwapFields({ serial, swaps, onChange }: BoardSwapFieldsProps) {
  const unit = useUnit(serial);
  const installed = (unit.data?.components ?? [])
    .filter((c) => c.builtHere && c.serial)
    .map((c) => c.serial!);
  const set = (index: number, change: Partial<BoardSwap>) =>
    onChange(swaps.map((swap, i) => (i === index ? { ...swap, ...change } : swap)));
  return (
    <Stack gap="xs" data-testid="kiosk-swaps">
      <Text size="sm" fw={500}>
        Board swaps{' '}
        <Text span size="sm" c="dimmed">
          (optional)
        </Text>
      </Text>
      {swaps.map((swap, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label="Take out"
            placeholder="Board in the unit"
            data={installed}
            value={swap.remove}
            onChange={(remove) => set(index, { remove })}
            size="md"
            style={{ flex: 1 }}
            data-testid={`kiosk-swap-remove-${index}`}
          />
          <TextInput
            label="Put in"
            placeholder="Scan a free board"
            value={swap.install}
            onChange={(event) => set(index, { install: event.currentTarget.value })}
            size="md"
            ff="monospace"
            autoComplete="off"
            style={{ flex: 1 }}
            data-testid={`kiosk-swap-install-${index}`}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="xl"
            aria-label="Remove this swap"
            onClick={() => onChange(swaps.filter((_, i) => i !== index))}
          >
            <IconTrash size={20} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => onChange([...swaps, { remove: null, install: '' }])}
          disabled={swaps.length >= installed.length && installed.length > 0}
          data-testid="kiosk-swap-add"
        >
          Swap a board
        </Button>
      </Group>
    </Stack>
  );
}
