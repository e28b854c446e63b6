import { useState, type FormEvent } from 'react';
import { Box, Button, Group, NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useSetPriceBreak } from '../../../api/supply';
import type { PriceBreakInput, Supplier } from '../../../api/supplyTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { formatCents } from '../../../lib/format';
import { centsOf } from '../../../lib/money';
import { PartSelect } from '../PartSelect';

const FIELDS = ['part', 'minQuantity', 'unitPriceCents', 'leadTimeDays', 'origin'] as const;

/** Sets the price of a part from a quantity up; the same part and quantity replaces the old price. */
export function PriceBreakForm({ supplier }: { supplier: Supplier }) {
  const priceBreak = useSetPriceBreak(supplier.id);
  const [part, setPart] = useState<string | null>(null);
  const [minQuantity, setMinQuantity] = useState<number | string>(1);
  const [price, setPrice] = useState<number | string>('');
  const [leadTime, setLeadTime] = useState<number | string>('');
  const [origin, setOrigin] = useState('');
  const errors = splitFieldErrors(priceBreak.error, FIELDS);
  const unitPriceCents = centsOf(price);
  const complete = part !== null && typeof minQuantity === 'number' && unitPriceCents !== undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!part || typeof minQuantity !== 'number' || unitPriceCents === undefined) return;
    const input: PriceBreakInput = { part, minQuantity, unitPriceCents };
    if (typeof leadTime === 'number') input.leadTimeDays = leadTime;
    if (origin.trim()) input.origin = origin.trim().toUpperCase();
    priceBreak.mutate(input, {
      onSuccess: (row) => {
        notifications.show({
          color: 'green',
          title: 'Price break set',
          message: `${row.partNumber} from ${row.minQuantity}: ${formatCents(row.unitPriceCents)}`,
        });
        setPrice('');
        setLeadTime('');
        setOrigin('');
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="price-break-form">
      <Text size="sm" fw={600} mb="xs">
        Add a price break
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <PartSelect
          label="Part"
          required
          value={part}
          onChange={(value) => setPart(value)}
          error={errors.byField.part}
          data-testid="price-break-part"
        />
        <NumberInput
          label="From quantity"
          required
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={minQuantity}
          onChange={setMinQuantity}
          error={errors.byField.minQuantity}
          data-testid="price-break-quantity"
        />
        <NumberInput
          label="Unit price"
          required
          prefix="$"
          min={0}
          decimalScale={2}
          thousandSeparator=","
          allowNegative={false}
          value={price}
          onChange={setPrice}
          error={errors.byField.unitPriceCents}
          data-testid="price-break-price"
        />
        <NumberInput
          label="Lead time"
          placeholder={`${supplier.leadTimeDays} (supplier)`}
          suffix=" days"
          min={0}
          max={730}
          allowDecimal={false}
          allowNegative={false}
          value={leadTime}
          onChange={setLeadTime}
          error={errors.byField.leadTimeDays}
        />
        <TextInput
          label="Origin"
          placeholder={`${supplier.country} (supplier)`}
          maxLength={2}
          value={origin}
          onChange={(event) => setOrigin(event.currentTarget.value.toUpperCase())}
          error={errors.byField.origin}
        />
      </SimpleGrid>
      {priceBreak.error && (
        <Box mt="sm">
          <ProblemAlert
            error={priceBreak.error}
            fieldErrors={errors.other}
            title="The price was not set"
          />
        </Box>
      )}
      <Group justify="flex-end" mt="sm">
        <Button
          type="submit"
          leftSection={<IconPlus size={16} />}
          loading={priceBreak.isPending}
          disabled={!complete}
          data-testid="price-break-submit"
        >
          Set price
        </Button>
      </Group>
    </form>
  );
}
