import { Group, Select } from '@mantine/core';
import { useSearchParams } from 'react-router';

/**
 * Order lists (sales, purchase) filter by status and by the other party; both filters live in
 * the address (`?status=&<partyKey>=`), so a filtered list can be shared and reloaded.
 */
export function useStatusPartyFilters<S extends string>(statuses: readonly S[], partyKey: string) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return {
    status: raw !== null && (statuses as readonly string[]).includes(raw) ? (raw as S) : null,
    party: params.get(partyKey),
    setStatus: (value: string | null) => set('status', value),
    setParty: (value: string | null) => set(partyKey, value),
  };
}

interface StatusPartyFiltersProps {
  filters: ReturnType<typeof useStatusPartyFilters>;
  statusOptions: { value: string; label: string }[];
  parties: { code: string; name: string }[];
  /** "customer", "supplier". */
  partyNoun: string;
  statusTestId: string;
  partyTestId: string;
}

export function StatusPartyFilters(props: StatusPartyFiltersProps) {
  const { filters, partyNoun } = props;
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <Select
        aria-label="Filter by status"
        placeholder="Every status"
        data={props.statusOptions}
        value={filters.status}
        onChange={filters.setStatus}
        clearable
        style={{ flex: '0 1 200px' }}
        data-testid={props.statusTestId}
      />
      <Select
        aria-label={`Filter by ${partyNoun}`}
        placeholder={`Every ${partyNoun}`}
        data={props.parties.map((p) => ({ value: p.code, label: `${p.code} · ${p.name}` }))}
        value={filters.party}
        onChange={filters.setParty}
        searchable
        clearable
        style={{ flex: '0 1 320px' }}
        data-testid={props.partyTestId}
      />
    </Group>
  );
}
