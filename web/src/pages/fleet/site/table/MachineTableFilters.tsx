import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { formatNumber } from '../../../../lib/format';
import { FAULT_LABELS } from '../../health/healthFormat';
import type { MachineIndex } from './machineIndex';
import type { MachineTableState } from './useMachineTableState';

interface MachineTableFiltersProps {
  state: MachineTableState;
  index: MachineIndex | null;
}

/**
 * Search (address, host name, serial), status, model and fault kind. Every choice applies at
 * once in the browser; the lists offer what the site has, with how many.
 */
export function MachineTableFilters({ state, index }: MachineTableFiltersProps) {
  const { filters, set } = state;
  const models = index
    ? index.models
        .map((model, i) => ({ model, count: index.modelCounts[i]! }))
        .sort((a, b) => a.model.localeCompare(b.model))
        .map(({ model, count }) => ({ value: model, label: `${model} (${formatNumber(count)})` }))
    : [];
  const faults = index
    ? [...index.faultCounts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([fault, count]) => ({
          value: fault,
          label: `${FAULT_LABELS[fault] ?? fault} (${formatNumber(count)})`,
        }))
    : [];
  // A kind asked for in the address that no machine has any more stays selectable.
  if (filters.fault && !faults.some((f) => f.value === filters.fault))
    faults.push({ value: filters.fault, label: `${FAULT_LABELS[filters.fault]} (0)` });
  return (
    <Group gap="sm" align="flex-end" data-testid="machine-filters">
      <TextInput
        aria-label="Search machines"
        placeholder="Address, host name, serial"
        leftSection={<IconSearch size={16} />}
        value={state.typed}
        onChange={(event) => state.setTyped(event.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        style={{ flex: '1 1 220px', maxWidth: 300 }}
        data-testid="machine-search-text"
      />
      <Select
        aria-label="Filter by status"
        placeholder="Any status"
        data={[
          { value: 'online', label: 'Online' },
          { value: 'offline', label: 'Offline' },
          { value: 'faulty', label: 'With open faults' },
        ]}
        value={filters.status}
        onChange={(value) => set({ status: value })}
        clearable
        style={{ flex: '0 1 180px' }}
        data-testid="machine-status-filter"
      />
      <Select
        aria-label="Filter by model"
        placeholder="Every model"
        data={models}
        value={filters.model}
        onChange={(value) => set({ model: value })}
        clearable
        searchable
        style={{ flex: '0 1 220px' }}
        data-testid="machine-model-filter"
      />
      <Select
        aria-label="Filter by open fault"
        placeholder={faults.length ? 'Any fault' : 'No open fault'}
        data={faults}
        value={filters.fault}
        onChange={(value) => set({ fault: value })}
        clearable
        disabled={faults.length === 0}
        style={{ flex: '0 1 240px' }}
        data-testid="machine-fault-filter"
      />
      {state.filtered && (
        <Button
          variant="subtle"
          leftSection={<IconX size={16} />}
          onClick={state.clear}
          data-testid="machine-filters-clear"
        >
          Clear
        </Button>
      )}
    </Group>
  );
}
