import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useSalesOrders } from '../../../api/sales';
import type { SalesOrder, SalesOrderSummary, SupplySource } from '../../../api/salesTypes';
import { formatNumber } from '../../../lib/format';
import { todayIso } from '../../../lib/isoDates';
import type { SHIPMENT_FIELDS, ShipmentDraft } from './shipmentDraft';

interface ShipmentHeaderFieldsProps {
  draft: ShipmentDraft;
  imported: boolean;
  /** Active supply sources. */
  sources: SupplySource[];
  /** The picked order once loaded, listed even when it is not open (e.g. from an address). */
  selectedOrder: SalesOrder | null;
  errors: Partial<Record<(typeof SHIPMENT_FIELDS)[number], string>>;
  onOrder: (order: string | null) => void;
  onChange: <K extends keyof ShipmentDraft>(key: K, value: ShipmentDraft[K]) => void;
}

function orderOption(
  o: Pick<SalesOrderSummary, 'number' | 'customerCode' | 'units' | 'customerPo'>,
) {
  const po = o.customerPo ? ` · PO ${o.customerPo}` : '';
  return {
    value: o.number,
    label: `${o.number} · ${o.customerCode} · ${formatNumber(o.units)} units${po}`,
  };
}

/** Which order, from where, by which carrier and when: the shipment's header. */
export function ShipmentHeaderFields(props: ShipmentHeaderFieldsProps) {
  const { draft, imported, sources, selectedOrder, errors, onOrder, onChange } = props;
  // Only confirmed and partly shipped orders have units left to ship.
  const confirmed = useSalesOrders({ status: 'confirmed' });
  const partly = useSalesOrders({ status: 'partly_shipped' });
  const open = [...(confirmed.data?.items ?? []), ...(partly.data?.items ?? [])].sort((a, b) =>
    b.number.localeCompare(a.number),
  );
  const options = open.map(orderOption);
  if (selectedOrder && !open.some((o) => o.number === selectedOrder.number))
    options.unshift(orderOption(selectedOrder));
  const loading = confirmed.isPending || partly.isPending;
  const text = (key: 'carrier' | 'trackingNumber' | 'portOfEntry' | 'departedOn') => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange(key, event.currentTarget.value),
    error: errors[key],
  });

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <Select
        label="Order"
        required
        placeholder={loading ? 'Loading orders…' : 'Pick a confirmed order'}
        data={options}
        value={draft.order}
        onChange={onOrder}
        searchable
        nothingFoundMessage="No open order matches"
        error={
          errors.order ??
          (confirmed.error || partly.error ? 'Orders could not be loaded' : undefined)
        }
        data-testid="shipment-order"
      />
      <Select
        label="Source"
        required
        placeholder="Plant or import lane"
        data={sources.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }))}
        value={draft.source}
        onChange={(source) => onChange('source', source)}
        allowDeselect={false}
        error={errors.source}
        data-testid="shipment-source"
      />
      <TextInput label="Carrier" required {...text('carrier')} data-testid="shipment-carrier" />
      <TextInput
        label="Tracking number"
        {...text('trackingNumber')}
        data-testid="shipment-tracking"
      />
      <TextInput
        label="Departed on"
        type="date"
        required
        max={todayIso()}
        {...text('departedOn')}
        data-testid="shipment-departed"
      />
      <NumberInput
        label="Units a pallet"
        min={1}
        max={200}
        allowDecimal={false}
        allowNegative={false}
        value={draft.unitsPerPallet}
        onChange={(value) => onChange('unitsPerPallet', value)}
        error={errors.unitsPerPallet}
        data-testid="shipment-per-pallet"
      />
      {imported && (
        <TextInput
          label="Port of entry"
          placeholder="e.g. Long Beach, CA (or set on arrival)"
          {...text('portOfEntry')}
          data-testid="shipment-port"
        />
      )}
    </SimpleGrid>
  );
}
