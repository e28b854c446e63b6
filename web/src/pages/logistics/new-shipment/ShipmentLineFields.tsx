import { Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import type { SalesOrderLine } from '../../../api/salesTypes';
import { formatNumber } from '../../../lib/format';
import { parseSerials, remainingOf } from './shipmentDraft';

interface ShipmentLineFieldsProps {
  line: SalesOrderLine;
  /** Imports list their serials; the plant picks a quantity from finished goods. */
  imported: boolean;
  quantity: number | string;
  serials: string;
  onQuantity: (quantity: number | string) => void;
  onSerials: (serials: string) => void;
  /** A message, or true to mark the field when the alert above says why. */
  error: string | true | undefined;
}

/** One order line: what is left to ship, and how many (plant) or which serials (import). */
export function ShipmentLineFields(props: ShipmentLineFieldsProps) {
  const { line, imported, quantity, serials, onQuantity, onSerials, error } = props;
  const left = remainingOf(line);
  const testId = (field: string) => `shipment-line-${line.lineNo}-${field}`;
  const listed = parseSerials(serials).length;

  return (
    <Group align="flex-start" gap="md" wrap="wrap" data-testid={`shipment-line-${line.lineNo}`}>
      <Stack gap={0} style={{ flex: '1 1 240px' }}>
        <Text size="sm" fw={600}>
          Line {line.lineNo} · {line.modelName}
        </Text>
        <Text size="xs" c="dimmed">
          {line.siteCode} · {line.siteName}, {line.siteState} · week of {line.requestedWeek}
        </Text>
        <Text size="xs" c={left ? 'dimmed' : 'green.8'}>
          Ordered {formatNumber(line.quantity)} · shipped {formatNumber(line.shippedQuantity)} ·{' '}
          {left ? `${formatNumber(left)} left` : 'all shipped'}
        </Text>
      </Stack>
      {imported ? (
        <Textarea
          aria-label={`Serials, line ${line.lineNo}`}
          placeholder={left ? 'One serial a line, from the factory’s list' : 'Nothing left'}
          description={`${formatNumber(listed)} serial${listed === 1 ? '' : 's'}`}
          inputWrapperOrder={['input', 'description', 'error']}
          autosize
          minRows={2}
          maxRows={8}
          value={serials}
          onChange={(event) => onSerials(event.currentTarget.value)}
          disabled={left === 0}
          error={error}
          spellCheck={false}
          ff="monospace"
          style={{ flex: '1 1 320px' }}
          data-testid={testId('serials')}
        />
      ) : (
        <NumberInput
          aria-label={`Quantity, line ${line.lineNo}`}
          placeholder={left ? `Up to ${formatNumber(left)}` : 'Nothing left'}
          min={0}
          max={left}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={quantity}
          onChange={onQuantity}
          disabled={left === 0}
          error={error}
          w={160}
          data-testid={testId('quantity')}
        />
      )}
    </Group>
  );
}
