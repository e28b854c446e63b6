import { useState, type FormEvent } from 'react';
import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { TraceBy, TraceQuery } from '../../../api/productionTypes';

const BY_OPTIONS: { value: TraceBy; label: string }[] = [
  { value: 'lot', label: 'Lot code' },
  { value: 'serial', label: 'Component serial' },
];

interface TraceSearchProps {
  initial: TraceQuery | null;
  onSearch: (query: TraceQuery) => void;
}

/** A lot code (e.g. a chip lot) or a component serial to find the units containing it. */
export function TraceSearch({ initial, onSearch }: TraceSearchProps) {
  const [by, setBy] = useState<TraceBy>(initial?.by ?? 'lot');
  const [value, setValue] = useState(initial?.value ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed) onSearch({ by, value: trimmed });
  };
  return (
    <form onSubmit={submit} role="search" data-testid="trace-search">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <SegmentedControl
          data={BY_OPTIONS}
          value={by}
          onChange={(next) => setBy(next as TraceBy)}
          aria-label="Search by"
          data-testid="trace-by"
        />
        <TextInput
          aria-label={by === 'lot' ? 'Lot code' : 'Component serial'}
          placeholder={
            by === 'lot' ? 'Lot code, e.g. a chip lot' : 'Hashboard, PSU or board serial'
          }
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 260px' }}
          data-testid="trace-input"
        />
        <Button
          type="submit"
          leftSection={<IconSearch size={16} />}
          disabled={value.trim() === ''}
          data-testid="trace-submit"
        >
          Trace
        </Button>
      </Group>
    </form>
  );
}
