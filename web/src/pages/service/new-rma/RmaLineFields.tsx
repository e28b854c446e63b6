import { ActionIcon, Autocomplete, Group, Select, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { FaultCode } from '../../../api/serviceTypes';
import type { RmaLineDraft } from './rmaDraft';
import { MONO_INPUT } from '../monoInput';

interface RmaLineFieldsProps {
  index: number;
  line: RmaLineDraft;
  faultCodes: FaultCode[];
  /** Serials of the customer's delivered machines, to pick from while typing. */
  serials: string[];
  /** The server's messages for this line, by field ('serial', 'fault', 'note'). */
  errors: Partial<Record<string, string>>;
  onChange: (patch: Partial<RmaLineDraft>) => void;
  /** Null while it is the only line. */
  onRemove: (() => void) | null;
}

/** One machine to return: its serial (scanned or picked), the fault seen, a note. */
export function RmaLineFields(props: RmaLineFieldsProps) {
  const { index, line, faultCodes, serials, errors, onChange, onRemove } = props;
  const testId = (field: string) => `rma-line-${index}-${field}`;
  return (
    <Group gap="sm" align="flex-start" wrap="wrap" data-testid={`rma-line-${index}`}>
      <Autocomplete
        aria-label={`Serial, machine ${index + 1}`}
        placeholder="Serial (scan or type)"
        data={serials}
        limit={20}
        value={line.serial}
        onChange={(serial) => onChange({ serial })}
        error={errors.serial}
        spellCheck={false}
        autoComplete="off"
        styles={MONO_INPUT}
        style={{ flex: '1 1 200px' }}
        data-testid={testId('serial')}
      />
      <Select
        aria-label={`Fault, machine ${index + 1}`}
        placeholder="Fault seen"
        data={faultCodes.map((c) => ({ value: c.code, label: c.name }))}
        value={line.fault}
        onChange={(fault) => onChange({ fault })}
        error={errors.fault}
        searchable
        style={{ flex: '1 1 200px' }}
        data-testid={testId('fault')}
      />
      <TextInput
        aria-label={`Note, machine ${index + 1}`}
        placeholder="What you saw (optional)"
        value={line.note}
        onChange={(event) => onChange({ note: event.currentTarget.value })}
        error={errors.note}
        style={{ flex: '2 1 220px' }}
        data-testid={testId('note')}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        mt={2}
        aria-label={`Remove machine ${index + 1}`}
        onClick={onRemove ?? undefined}
        disabled={!onRemove}
        data-testid={testId('remove')}
      >
        <IconTrash size={18} />
      </ActionIcon>
    </Group>
  );
}
