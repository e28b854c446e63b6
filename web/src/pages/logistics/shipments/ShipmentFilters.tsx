import { Group, Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import {
  SHIPMENT_KINDS,
  SHIPMENT_STATUSES,
  type ShipmentKind,
  type ShipmentStatus,
} from '../../../api/logisticsTypes';
import { SHIPMENT_KIND_OPTIONS, SHIPMENT_STATUS_OPTIONS } from '../logisticsLabels';

const oneOf = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/** The list's filters live in the address (`?status=&kind=&customer=`), to share and reload. */
export function useShipmentFilters() {
  const [params, setParams] = useSearchParams();
  const set = (key: string) => (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return {
    status: oneOf<ShipmentStatus>(SHIPMENT_STATUSES, params.get('status')),
    kind: oneOf<ShipmentKind>(SHIPMENT_KINDS, params.get('kind')),
    customer: params.get('customer'),
    setStatus: set('status'),
    setKind: set('kind'),
    setCustomer: set('customer'),
  };
}

interface ShipmentFiltersProps {
  filters: ReturnType<typeof useShipmentFilters>;
  /** Staff filter by customer too; null leaves the filter out (a customer's own list). */
  customers: { code: string; name: string }[] | null;
}

export function ShipmentFilters({ filters, customers }: ShipmentFiltersProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end">
      <Select
        aria-label="Filter by status"
        placeholder="Every status"
        data={SHIPMENT_STATUS_OPTIONS}
        value={filters.status}
        onChange={filters.setStatus}
        clearable
        style={{ flex: '0 1 200px' }}
        data-testid="shipment-status-filter"
      />
      <Select
        aria-label="Filter by kind"
        placeholder="Domestic and import"
        data={SHIPMENT_KIND_OPTIONS}
        value={filters.kind}
        onChange={filters.setKind}
        clearable
        style={{ flex: '0 1 200px' }}
        data-testid="shipment-kind-filter"
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
          data-testid="shipment-customer-filter"
        />
      )}
    </Group>
  );
}
