import { Group, Select, Switch } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { RMA_STATUSES, type RmaStatus } from '../../../api/serviceTypes';
import { RMA_STATUS_OPTIONS } from '../serviceLabels';

/** The list's filters live in the address (`?status=&customer=&breaching=1`), to share and reload. */
export function useRmaFilters() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const status = params.get('status');
  return {
    status: (RMA_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as RmaStatus)
      : null,
    customer: params.get('customer'),
    breaching: params.get('breaching') === '1',
    setStatus: (value: string | null) => set('status', value),
    setCustomer: (value: string | null) => set('customer', value),
    setBreaching: (value: boolean) => set('breaching', value ? '1' : null),
  };
}

interface RmaFiltersProps {
  filters: ReturnType<typeof useRmaFilters>;
  /** Staff filter by customer too; null leaves the filter out (a customer's own list). */
  customers: { code: string; name: string }[] | null;
}

export function RmaFilters({ filters, customers }: RmaFiltersProps) {
  return (
    <Group gap="sm" mb="md" align="center">
      <Select
        aria-label="Filter by status"
        placeholder="Every status"
        data={RMA_STATUS_OPTIONS}
        value={filters.status}
        onChange={filters.setStatus}
        clearable
        style={{ flex: '0 1 220px' }}
        data-testid="rma-status-filter"
      />
      {customers && (
        <Select
          aria-label="Filter by customer"
          placeholder="Every customer"
          data={customers.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
          value={filters.customer}
          onChange={filters.setCustomer}
          searchable
          clearable
          style={{ flex: '0 1 320px' }}
          data-testid="rma-customer-filter"
        />
      )}
      <Switch
        label="Breaching SLA"
        checked={filters.breaching}
        onChange={(event) => filters.setBreaching(event.currentTarget.checked)}
        data-testid="rma-breaching-filter"
      />
    </Group>
  );
}
