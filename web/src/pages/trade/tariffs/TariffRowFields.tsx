import {
  Autocomplete,
  Checkbox,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { TariffRowDraft } from './tariffRowDraft';

interface TariffRowFieldsProps {
  draft: TariffRowDraft;
  onChange: (draft: TariffRowDraft) => void;
  /** Known programs, offered while typing. */
  programs: string[];
  errors: Partial<Record<string, string>>;
}

/** The inputs of a tariff row (shared by the add and edit forms). */
export function TariffRowFields({ draft, onChange, programs, errors }: TariffRowFieldsProps) {
  const text = (key: keyof TariffRowDraft) => ({
    value: String(draft[key]),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...draft, [key]: event.currentTarget.value }),
  });

  return (
    <Stack gap="sm">
      <Autocomplete
        label="Program"
        description="Rows of one program replace each other; different programs add up."
        required
        data-autofocus
        data={programs}
        value={draft.program}
        onChange={(program) => onChange({ ...draft, program })}
        error={errors.program}
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput
          label="HTS prefix"
          placeholder="all lines"
          description="Empty = all lines"
          {...text('htsPrefix')}
          error={errors.htsPrefix}
        />
        <TextInput
          label="Origin"
          placeholder="CN"
          description="Code, or * for every origin"
          required
          maxLength={2}
          {...text('origin')}
          onBlur={() => onChange({ ...draft, origin: draft.origin.trim().toUpperCase() })}
          error={errors.origin}
        />
        <NumberInput
          label="Rate"
          description="% of customs value"
          required
          suffix="%"
          min={0}
          max={1000}
          decimalScale={2}
          allowNegative={false}
          value={draft.ratePercent}
          onChange={(ratePercent) => onChange({ ...draft, ratePercent })}
          error={errors.rateBp}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput
          label="Effective from"
          description="Inclusive"
          type="date"
          required
          {...text('effectiveFrom')}
          error={errors.effectiveFrom}
        />
        <TextInput
          label="Effective to"
          description="Exclusive; empty = open"
          type="date"
          {...text('effectiveTo')}
          error={errors.effectiveTo}
        />
        <TextInput
          label="Voided on"
          description="If voided later"
          type="date"
          {...text('voidedOn')}
          error={errors.voidedOn}
        />
      </SimpleGrid>
      <TextInput
        label="Legal reference"
        placeholder="e.g. Section 301, List 3"
        {...text('legalReference')}
        error={errors.legalReference}
      />
      <Textarea label="Note" autosize minRows={2} {...text('note')} error={errors.note} />
      <Checkbox
        label="Uncertain: the date or the rate is not confirmed"
        checked={draft.uncertain}
        onChange={(event) => onChange({ ...draft, uncertain: event.currentTarget.checked })}
        error={errors.uncertain}
      />
    </Stack>
  );
}
