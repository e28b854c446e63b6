import { useState, type FormEvent } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { FleetModelSummary } from '../../../api/fleetTypes';
import type { MachineFilterState } from './useMachineFilters';

const flagValue = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : String(value);

interface MachineFiltersBarProps {
  state: MachineFilterState;
  models: FleetModelSummary[];
}

/** Status, model, built here or not, swapped boards and a search over address, serial, MAC. */
export function MachineFiltersBar({ state, models }: MachineFiltersBarProps) {
  const { filters, set } = state;
  const [typed, setTyped] = useState(filters.q ?? '');
  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set({ q: typed.trim() || null });
  };
  const modelNames = models.flatMap((m) => (m.model ? [m.model] : []));
  return (
    <Group gap="sm" align="flex-end">
      <form onSubmit={find} role="search" data-testid="machine-search">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            aria-label="Search machines"
            placeholder="Address, serial, MAC, host"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            w={220}
            data-testid="machine-search-text"
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} />}>
            Find
          </Button>
        </Group>
      </form>
      <Select
        aria-label="Filter by status"
        placeholder="Online and offline"
        data={[
          { value: 'online', label: 'Online' },
          { value: 'offline', label: 'Offline' },
        ]}
        value={filters.status ?? null}
        onChange={(value) => set({ status: value })}
        clearable
        w={180}
        data-testid="machine-status-filter"
      />
      <Select
        aria-label="Filter by model"
        placeholder="Every model"
        data={modelNames}
        value={filters.model ?? null}
        onChange={(value) => set({ model: value })}
        clearable
        searchable
        w={200}
        data-testid="machine-model-filter"
      />
      <Select
        aria-label="Built here or not"
        placeholder="Built here or not"
        data={[
          { value: 'true', label: 'Built here (matched)' },
          { value: 'false', label: 'Unknown (not built here)' },
        ]}
        value={flagValue(filters.matched)}
        onChange={(value) => set({ matched: value })}
        clearable
        w={220}
        data-testid="machine-matched-filter"
      />
      <Select
        aria-label="Swapped boards"
        placeholder="Any boards"
        data={[
          { value: 'true', label: 'With swapped boards' },
          { value: 'false', label: 'Own boards only' },
        ]}
        value={flagValue(filters.swapped)}
        onChange={(value) => set({ swapped: value })}
        clearable
        w={200}
        data-testid="machine-swapped-filter"
      />
    </Group>
  );
}
