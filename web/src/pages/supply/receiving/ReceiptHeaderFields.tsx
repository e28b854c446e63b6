import { NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useLocations } from '../../../api/supply';
import type { PurchaseOrder } from '../../../api/supplyTypes';
import { LOCATION_KIND_LABELS } from '../supplyLabels';
import { needsEntry, type ReceiptDraft } from './receiptDraft';

interface ReceiptHeaderFieldsProps {
  po: PurchaseOrder;
  draft: ReceiptDraft;
  onChange: (draft: ReceiptDraft) => void;
  /** Server messages by request field. */
  errors: Partial<Record<string, string>>;
}

const money = {
  prefix: '$',
  min: 0,
  decimalScale: 2,
  thousandSeparator: ',',
  allowNegative: false,
} as const;

/** Where the goods go, when they came, the customs entry they cleared on, and the charges. */
export function ReceiptHeaderFields({ po, draft, onChange, errors }: ReceiptHeaderFieldsProps) {
  const locations = useLocations();
  const entryRequired = needsEntry(po);
  const items = locations.data?.items ?? [];
  // Unchosen, the server receives into RAW (its first raw-stores location).
  const defaultCode =
    items.find((location) => location.code === 'RAW')?.code ??
    items.find((location) => location.kind === 'raw_stores')?.code ??
    null;
  const set = <K extends keyof ReceiptDraft>(key: K, value: ReceiptDraft[K]) =>
    onChange({ ...draft, [key]: value });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Select
          label="Into location"
          data={items.map((location) => ({
            value: location.code,
            label: `${location.code} · ${LOCATION_KIND_LABELS[location.kind]}`,
          }))}
          value={draft.location ?? defaultCode}
          allowDeselect={false}
          onChange={(location) => set('location', location)}
          placeholder={locations.isPending ? 'Loading locations…' : 'Raw stores'}
          searchable
          error={errors.location ?? (locations.error ? 'Locations could not be loaded' : undefined)}
          data-testid="receive-location"
        />
        <TextInput
          label="Received on"
          type="date"
          value={draft.receivedOn}
          onChange={(event) => set('receivedOn', event.currentTarget.value)}
          error={errors.receivedOn}
          data-testid="receive-date"
        />
        {entryRequired && (
          <>
            <TextInput
              label="Customs entry number"
              description={`Goods from ${po.origin} clear customs`}
              required
              value={draft.entryNumber}
              onChange={(event) => set('entryNumber', event.currentTarget.value)}
              error={errors.entry}
              data-testid="receive-entry-number"
            />
            <TextInput
              label="Entry date"
              description="Duty follows the rows in force on it"
              type="date"
              value={draft.entryDate}
              placeholder={draft.receivedOn}
              onChange={(event) => set('entryDate', event.currentTarget.value)}
              data-testid="receive-entry-date"
            />
          </>
        )}
      </SimpleGrid>
      {!entryRequired && (
        <Text size="xs" c="dimmed" data-testid="receive-domestic">
          US-origin goods: no customs entry and no duty.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <NumberInput
          label="Freight"
          {...money}
          value={draft.freightDollars}
          onChange={(value) => set('freightDollars', value)}
          error={errors.freightCents}
          data-testid="receive-freight"
        />
        <NumberInput
          label="Insurance"
          {...money}
          value={draft.insuranceDollars}
          onChange={(value) => set('insuranceDollars', value)}
          error={errors.insuranceCents}
          data-testid="receive-insurance"
        />
        <NumberInput
          label="Brokerage"
          {...money}
          value={draft.brokerageDollars}
          onChange={(value) => set('brokerageDollars', value)}
          error={errors.brokerageCents}
          data-testid="receive-brokerage"
        />
      </SimpleGrid>
    </Stack>
  );
}
