import {
  ActionIcon,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { SALES_INCOTERMS, type SalesIncoterm, type Site } from '../../../api/salesTypes';
import { formatCents } from '../../../lib/format';
import { lineTotalCents, mondayOf, type SoLineDraft } from './soDraft';

interface SoLineFieldsProps {
  index: number;
  line: SoLineDraft;
  /** Model names for the picker. */
  models: string[];
  /** The chosen customer's sites (empty before one is chosen). */
  sites: Site[];
  onChange: (line: SoLineDraft) => void;
  /** Null when the line is the only one. */
  onRemove: (() => void) | null;
  /** Client checks and server messages by request field; '' is about the line as a whole. */
  errors: Partial<Record<string, string>>;
}

/** One order line: model, quantity, price, the week wanted, the site and the incoterm. */
export function SoLineFields(props: SoLineFieldsProps) {
  const { index, line, models, sites, onChange, onRemove, errors } = props;
  const testId = (field: string) => `so-line-${index}-${field}`;
  const label = (what: string) => `${what}, line ${index + 1}`;
  const total = lineTotalCents(line);
  const weekHint =
    line.requestedWeek && !errors.requestedWeek
      ? `Week of ${mondayOf(line.requestedWeek)}`
      : undefined;

  return (
    <Stack gap={4} data-testid={`so-line-${index}`}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Text size="sm" c="dimmed" w={20} pt={8}>
          {index + 1}
        </Text>
        <Select
          aria-label={label('Model')}
          placeholder="Model"
          data={models}
          value={line.model}
          onChange={(model) => onChange({ ...line, model })}
          searchable
          nothingFoundMessage="No model matches"
          error={errors.model}
          style={{ flex: '1 1 160px' }}
          data-testid={testId('model')}
        />
        <NumberInput
          aria-label={label('Quantity')}
          placeholder="Units"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={line.quantity}
          onChange={(quantity) => onChange({ ...line, quantity })}
          error={errors.quantity}
          w={100}
          data-testid={testId('quantity')}
        />
        <NumberInput
          aria-label={label('Unit price')}
          placeholder="Unit price"
          description={total > 0 ? `Line ${formatCents(total)}` : undefined}
          inputWrapperOrder={['input', 'description', 'error']}
          prefix="$"
          min={0}
          decimalScale={2}
          thousandSeparator=","
          allowNegative={false}
          value={line.price}
          onChange={(price) => onChange({ ...line, price })}
          error={errors.unitPriceCents}
          w={140}
          data-testid={testId('price')}
        />
        <TextInput
          aria-label={label('Requested week')}
          type="date"
          description={weekHint}
          inputWrapperOrder={['input', 'description', 'error']}
          value={line.requestedWeek}
          onChange={(event) => onChange({ ...line, requestedWeek: event.currentTarget.value })}
          error={errors.requestedWeek}
          w={150}
          data-testid={testId('week')}
        />
        <Select
          aria-label={label('Site')}
          placeholder={sites.length ? 'Site' : 'Pick a customer first'}
          data={sites.map((s) => ({ value: s.code, label: `${s.code} · ${s.city}, ${s.state}` }))}
          value={line.site}
          onChange={(site) => onChange({ ...line, site })}
          disabled={sites.length === 0}
          error={errors.site}
          style={{ flex: '1 1 170px' }}
          data-testid={testId('site')}
        />
        <Select
          aria-label={label('Incoterm')}
          data={[...SALES_INCOTERMS]}
          value={line.incoterm}
          onChange={(value) => onChange({ ...line, incoterm: (value ?? 'DAP') as SalesIncoterm })}
          allowDeselect={false}
          error={errors.incoterm}
          w={84}
          data-testid={testId('incoterm')}
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
