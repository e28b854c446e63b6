import {
  Autocomplete,
  Collapse,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { RESTRICTED_LISTS } from '../supplyLabels';
import type { SupplierDraft } from './supplierDraft';

interface SupplierFieldsProps {
  draft: SupplierDraft;
  onChange: (draft: SupplierDraft) => void;
  /** Per-field messages from the server, by request field. */
  errors: Partial<Record<string, string>>;
}

/** The inputs of a supplier (shared by the new and edit forms). */
export function SupplierFields({ draft, onChange, errors }: SupplierFieldsProps) {
  const text = (key: keyof SupplierDraft) => ({
    value: String(draft[key]),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...draft, [key]: event.currentTarget.value }),
  });

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput
          label="Code"
          description="Letters, digits, - and _"
          placeholder="ACME-PWR"
          required
          data-autofocus
          {...text('code')}
          error={errors.code}
          data-testid="supplier-code"
        />
        <TextInput
          label="Name"
          required
          {...text('name')}
          error={errors.name}
          style={{ gridColumn: 'span 2' }}
          data-testid="supplier-name"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput
          label="Country"
          description="Two-letter code"
          placeholder="US"
          required
          maxLength={2}
          {...text('country')}
          onChange={(event) =>
            onChange({ ...draft, country: event.currentTarget.value.toUpperCase() })
          }
          error={errors.country}
          data-testid="supplier-country"
        />
        <NumberInput
          label="Lead time"
          description="Days, order to dock"
          required
          min={0}
          max={730}
          allowDecimal={false}
          allowNegative={false}
          suffix=" days"
          value={draft.leadTimeDays}
          onChange={(leadTimeDays) => onChange({ ...draft, leadTimeDays })}
          error={errors.leadTimeDays}
          data-testid="supplier-lead-time"
        />
        <NumberInput
          label="Minimum order"
          description="US dollars"
          required
          min={0}
          prefix="$"
          thousandSeparator=","
          decimalScale={2}
          allowNegative={false}
          value={draft.minOrderDollars}
          onChange={(minOrderDollars) => onChange({ ...draft, minOrderDollars })}
          error={errors.minOrderCents}
          data-testid="supplier-min-order"
        />
      </SimpleGrid>
      <TextInput
        label="Contact email"
        type="email"
        {...text('contactEmail')}
        error={errors.contactEmail}
      />
      <Textarea label="Note" autosize minRows={2} {...text('note')} error={errors.note} />
      <Switch
        label="Restricted party"
        description="On a US export-control or sanctions list: buyers are warned, and sending an order needs a confirmation."
        color="red"
        checked={draft.restricted}
        onChange={(event) => onChange({ ...draft, restricted: event.currentTarget.checked })}
        data-testid="supplier-restricted"
      />
      <Collapse expanded={draft.restricted}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Autocomplete
              label="List"
              required
              data={RESTRICTED_LISTS}
              value={draft.restrictedList}
              onChange={(restrictedList) => onChange({ ...draft, restrictedList })}
              error={errors.restrictedList}
            />
            <TextInput
              label="Listed since"
              type="date"
              {...text('restrictedSince')}
              error={errors.restrictedSince}
            />
          </SimpleGrid>
          <Textarea
            label="Why"
            description="Shown in the warning, e.g. the Federal Register notice"
            autosize
            minRows={2}
            {...text('restrictedNote')}
            error={errors.restrictedNote}
          />
        </Stack>
      </Collapse>
    </Stack>
  );
}
