import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useShipmentStep } from '../../../api/logistics';
import { HOLD_REASONS, type ShipmentDetail } from '../../../api/logisticsTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { todayIso } from '../../../lib/isoDates';
import { HOLD_REASON_LABELS } from '../logisticsLabels';
import type { StepField, StepForm, StepValues } from './stepForms';

interface StepModalProps {
  shipment: ShipmentDetail;
  /** The step being recorded; null when closed. */
  form: StepForm | null;
  onClose: () => void;
}

export function StepModal({ shipment, form, onClose }: StepModalProps) {
  return (
    <Modal opened={form !== null} onClose={onClose} title={form?.title} centered>
      {form && <StepFormBody key={form.step} shipment={shipment} form={form} onDone={onClose} />}
    </Modal>
  );
}

const REASON_OPTIONS = HOLD_REASONS.map((reason) => ({
  value: reason,
  label: HOLD_REASON_LABELS[reason],
}));

function StepFormBody({
  shipment,
  form,
  onDone,
}: {
  shipment: ShipmentDetail;
  form: StepForm;
  onDone: () => void;
}) {
  const step = useShipmentStep(shipment.number);
  const [values, setValues] = useState<StepValues>(() => form.initial(shipment, todayIso()));
  const errors = splitFieldErrors(
    step.error,
    form.fields.map((f) => f.name),
  );
  const complete = form.fields.every((f) => !f.required || String(values[f.name] ?? '').trim());
  const set = (name: string, value: string | number) =>
    setValues((current) => ({ ...current, [name]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    step.mutate(
      { step: form.step, body: form.body(values) },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: 'green',
            title: `${updated.number}: ${form.done}`,
            message: `${updated.customerName} · ${updated.siteName}`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid={`step-form-${form.testId}`}>
      <Stack>
        <Text size="sm" c="dimmed">
          {form.help}
        </Text>
        {form.fields.map((field) => (
          <StepInput
            key={field.name}
            field={field}
            value={values[field.name] ?? ''}
            error={errors.byField[field.name]}
            onChange={(value) => set(field.name, value)}
          />
        ))}
        <ProblemAlert error={step.error} fieldErrors={errors.other} title="Not recorded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={step.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={step.isPending}
            disabled={!complete}
            data-testid="step-submit"
          >
            {form.button}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface StepInputProps {
  field: StepField;
  value: string | number;
  error: string | undefined;
  onChange: (value: string | number) => void;
}

function StepInput({ field, value, error, onChange }: StepInputProps) {
  const common = {
    label: field.label,
    required: field.required,
    placeholder: field.placeholder,
    description: field.description,
    error,
    'data-testid': `step-${field.name}`,
  };
  switch (field.kind) {
    case 'holdReason':
      return (
        <Select
          {...common}
          data={REASON_OPTIONS}
          value={value ? String(value) : null}
          onChange={(next) => onChange(next ?? '')}
          allowDeselect={false}
        />
      );
    case 'dollars':
      return (
        <NumberInput
          {...common}
          prefix="$"
          min={0}
          decimalScale={2}
          thousandSeparator=","
          allowNegative={false}
          value={value}
          onChange={onChange}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={String(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    default:
      return (
        <TextInput
          {...common}
          type={field.kind === 'date' ? 'date' : 'text'}
          max={field.kind === 'date' ? todayIso() : undefined}
          value={String(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
  }
}
