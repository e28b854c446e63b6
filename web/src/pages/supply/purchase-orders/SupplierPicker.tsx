import { Alert, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useSuppliers } from '../../../api/supply';
import type { SupplierDetail } from '../../../api/supplyTypes';
import { formatCents } from '../../../lib/format';

interface SupplierPickerProps {
  /** Supplier code. */
  value: string | null;
  onChange: (code: string | null) => void;
  /** The chosen supplier, once loaded: its terms and warning are shown. */
  chosen: SupplierDetail | undefined;
  error?: string;
}

/** Picks the supplier of a new order and shows its terms, and its warning if restricted. */
export function SupplierPicker({ value, onChange, chosen, error }: SupplierPickerProps) {
  const suppliers = useSuppliers();
  const data = (suppliers.data?.items ?? []).map((s) => ({
    value: s.code,
    label: `${s.code} · ${s.name}${s.restricted ? ' (restricted)' : ''}`,
  }));
  return (
    <Stack gap="xs">
      <Select
        label="Supplier"
        required
        placeholder={suppliers.isPending ? 'Loading suppliers…' : 'Pick a supplier'}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        nothingFoundMessage="No supplier matches"
        error={error ?? (suppliers.error ? 'Suppliers could not be loaded' : undefined)}
        data-testid="po-supplier"
      />
      {chosen && (
        <Text size="xs" c="dimmed" data-testid="po-supplier-terms">
          Ships from {chosen.country} · lead time {chosen.leadTimeDays} days · minimum order{' '}
          {formatCents(chosen.minOrderCents)} · {chosen.priceBreaks.length} price break
          {chosen.priceBreaks.length === 1 ? '' : 's'}
        </Text>
      )}
      {chosen?.warning && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={`Restricted party: ${chosen.restrictedList}`}
          data-testid="po-supplier-warning"
        >
          {chosen.warning} The order can be drafted; sending it will need a confirmation.
        </Alert>
      )}
    </Stack>
  );
}
