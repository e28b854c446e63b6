import { ActionIcon, Group, NumberInput, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { PriceBreak } from '../../../api/supplyTypes';
import { formatCents, formatNumber } from '../../../lib/format';
import { PartSelect } from '../PartSelect';
import { breakFor, type PoLineDraft } from './poDraft';

interface PoLineFieldsProps {
  index: number;
  line: PoLineDraft;
  /** The chosen supplier's price breaks (empty before one is chosen). */
  breaks: readonly PriceBreak[];
  onChange: (line: PoLineDraft) => void;
  /** Null when the line is the only one. */
  onRemove: (() => void) | null;
  /** Server messages by field; '' is about the line as a whole. */
  errors: Partial<Record<string, string>>;
}

/** One order line: part, quantity and an optional price (blank: the supplier's price break). */
export function PoLineFields({
  index,
  line,
  breaks,
  onChange,
  onRemove,
  errors,
}: PoLineFieldsProps) {
  const priceBreak = breakFor(breaks, line.part, line.quantity);
  const priceHint = priceBreak
    ? `Price break from ${formatNumber(priceBreak.minQuantity)}: ${formatCents(priceBreak.unitPriceCents)}`
    : line.part && typeof line.quantity === 'number'
      ? 'No price break applies: give a price'
      : undefined;
  const testId = (field: string) => `po-line-${index}-${field}`;

  return (
    <Stack gap={4} data-testid={`po-line-${index}`}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" w={20} pt={8}>
          {index + 1}
        </Text>
        <PartSelect
          value={line.part}
          onChange={(part) => onChange({ ...line, part })}
          error={errors.part}
          style={{ flex: '1 1 260px' }}
          data-testid={testId('part')}
        />
        <NumberInput
          aria-label={`Quantity, line ${index + 1}`}
          placeholder="Quantity"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={line.quantity}
          onChange={(quantity) => onChange({ ...line, quantity })}
          error={errors.quantity}
          w={120}
          data-testid={testId('quantity')}
        />
        <NumberInput
          aria-label={`Unit price, line ${index + 1}`}
          placeholder={priceBreak ? formatCents(priceBreak.unitPriceCents) : 'Unit price'}
          description={priceHint}
          inputWrapperOrder={['input', 'description', 'error']}
          prefix="$"
          min={0}
          decimalScale={2}
          thousandSeparator=","
          allowNegative={false}
          value={line.price}
          onChange={(price) => onChange({ ...line, price })}
          error={errors.unitPriceCents}
          w={{ base: '100%', xs: 220 }}
          data-testid={testId('price')}
        />
        <Tooltip label="Remove this line" withArrow disabled={!onRemove}>
          <ActionIcon
            variant="subtle"
            color="red"
            mt={4}
            onClick={onRemove ?? undefined}
            disabled={!onRemove}
            aria-label={`Remove line ${index + 1}`}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {errors[''] && (
        <Text size="xs" c="red" pl={32}>
          {errors['']}
        </Text>
      )}
    </Stack>
  );
}
