import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { PartKind } from '../../api/catalogTypes';
import { PART_KIND_OPTIONS } from './partLabels';

interface PartFiltersProps {
  search: string;
  kind: PartKind | null;
  onSearchChange: (value: string) => void;
  onKindChange: (value: PartKind | null) => void;
}

export function PartFilters({ search, kind, onSearchChange, onKindChange }: PartFiltersProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <TextInput
        aria-label="Search parts"
        placeholder="Search by part number or name"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => onSearchChange(event.currentTarget.value)}
        style={{ flex: '1 1 240px' }}
        data-testid="parts-search"
      />
      <Select<PartKind>
        aria-label="Filter by kind"
        placeholder="All kinds"
        data={PART_KIND_OPTIONS}
        value={kind}
        onChange={onKindChange}
        clearable
        style={{ flex: '0 1 200px' }}
        data-testid="parts-kind-filter"
      />
    </Group>
  );
}
