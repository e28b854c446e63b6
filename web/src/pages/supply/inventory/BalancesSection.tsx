import { useState } from 'react';
import { Group, Paper, Select, Stack, Switch, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useBalances, useLocations } from '../../../api/supply';
import { LOCATION_KINDS, type LocationKind, type StockBalance } from '../../../api/supplyTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { LOCATION_KIND_LABELS } from '../supplyLabels';
import { BalancesTable } from './BalancesTable';

const ALL = 'all';

function matches(row: StockBalance, search: string): boolean {
  if (!search) return true;
  const needle = search.toLowerCase();
  return [row.partNumber, row.partName, row.lotCode ?? ''].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

/** Stock by location: a tab per kind of location, then a location, a part search, zero rows. */
export function BalancesSection() {
  const locations = useLocations();
  const [kind, setKind] = useState<string>(ALL);
  const [location, setLocation] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [nonZero, setNonZero] = useState(true);
  const balances = useBalances({ location, nonZero });

  const allLocations = locations.data?.items ?? [];
  const kinds = LOCATION_KINDS.filter((k) => allLocations.some((l) => l.kind === k));
  const inKind = allLocations.filter((l) => kind === ALL || l.kind === kind);
  const rows = (balances.data?.items ?? []).filter(
    (row) => (kind === ALL || row.locationKind === kind) && matches(row, search.trim()),
  );

  return (
    <Stack gap="sm">
      <Title order={4}>Stock by location</Title>
      <Tabs
        value={kind}
        onChange={(value) => {
          setKind(value ?? ALL);
          setLocation(null);
        }}
        variant="pills"
        radius="sm"
      >
        <Tabs.List data-testid="location-kinds">
          <Tabs.Tab value={ALL}>All locations</Tabs.Tab>
          {kinds.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`location-kind-${k}`}>
              {LOCATION_KIND_LABELS[k as LocationKind]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group gap="sm" align="flex-end">
        <TextInput
          aria-label="Search parts"
          placeholder="Part number, name or lot"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
          data-testid="balances-search"
        />
        <Select
          aria-label="Location"
          placeholder="Every location"
          data={inKind.map((l) => ({ value: l.code, label: `${l.code} · ${l.name}` }))}
          value={location}
          onChange={setLocation}
          clearable
          searchable
          style={{ flex: '0 1 280px' }}
          data-testid="balances-location"
        />
        <Switch
          label="Hide empty"
          checked={nonZero}
          onChange={(event) => setNonZero(event.currentTarget.checked)}
          mb={8}
          data-testid="balances-non-zero"
        />
      </Group>
      {balances.error && <ProblemAlert error={balances.error} title="Stock could not be loaded" />}
      <Paper withBorder radius="md">
        <BalancesTable balances={rows} loading={balances.isPending} />
      </Paper>
      {balances.data && (
        <Text size="xs" c="dimmed">
          {rows.length} of {balances.data.items.length} rows. Available is on hand less what is
          reserved for a demand.
        </Text>
      )}
    </Stack>
  );
}
