import { Group, SegmentedControl, Switch, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { PlannedOrderFilters } from './plannedOrderFilters';

interface PlannedOrderFiltersBarProps {
  filters: PlannedOrderFilters;
  onChange: (filters: PlannedOrderFilters) => void;
}

export function PlannedOrderFiltersBar({ filters, onChange }: PlannedOrderFiltersBarProps) {
  return (
    <Group gap="sm" align="center">
      <TextInput
        aria-label="Search parts"
        placeholder="Part number or name"
        leftSection={<IconSearch size={16} />}
        value={filters.search}
        onChange={(event) => onChange({ ...filters, search: event.currentTarget.value })}
        style={{ flex: '1 1 240px' }}
        data-testid="planned-orders-search"
      />
      <SegmentedControl
        aria-label="Buy or make"
        value={filters.source}
        onChange={(value) =>
          onChange({ ...filters, source: value as PlannedOrderFilters['source'] })
        }
        data={[
          { value: 'all', label: 'All' },
          { value: 'buy', label: 'Buy' },
          { value: 'make', label: 'Make' },
        ]}
        data-testid="planned-orders-source"
      />
      <Switch
        label="Late only"
        checked={filters.lateOnly}
        onChange={(event) => onChange({ ...filters, lateOnly: event.currentTarget.checked })}
        data-testid="planned-orders-late"
      />
    </Group>
  );
}
