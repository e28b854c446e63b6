import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, MultiSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRmaAction } from '../../../api/service';
import type { RmaDetail } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { todayIso } from '../../../lib/isoDates';
import {
  candidatesOf,
  type ActionField,
  type ActionForm,
  type ActionValues,
} from './rmaActionForms';

interface RmaActionModalProps {
  rma: RmaDetail;
  /** The action being taken; null when closed. */
  form: ActionForm | null;
  /** The submit button says what the button that opened it said. */
  submitLabel: string;
  onClose: () => void;
}

export function RmaActionModal({ rma, form, submitLabel, onClose }: RmaActionModalProps) {
  return (
    <Modal opened={form !== null} onClose={onClose} title={form?.title} centered>
      {form && (
        <ActionFormBody
          key={form.action}
          rma={rma}
          form={form}
          submitLabel={submitLabel}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function ActionFormBody({
  rma,
  form,
  submitLabel,
  onDone,
}: {
  rma: RmaDetail;
  form: ActionForm;
  submitLabel: string;
  onDone: () => void;
}) {
  const act = useRmaAction(rma.number);
  const [values, setValues] = useState<ActionValues>(() => form.initial(rma, todayIso()));
  // Every machine in the right state unless some are picked: the server's own default.
  const [serials, setSerials] = useState<string[]>([]);
  const candidates = candidatesOf(form, rma.units);
  const errors = splitFieldErrors(
    act.error,
    form.fields.map((f) => f.name),
  );
  const complete = form.fields.every((f) => !f.required || (values[f.name] ?? '').trim());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { ...form.body(values), ...(serials.length ? { serials } : {}) };
    act.mutate(
      { action: form.action, body },
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
    <form onSubmit={submit} noValidate data-testid={`action-form-${form.testId}`}>
      <Stack>
        <Text size="sm" c="dimmed">
          {form.help}
        </Text>
        {candidates.length > 1 && (
          <MultiSelect
            label="Machines"
            description={`Leave empty for all ${candidates.length}`}
            placeholder="All of them"
            data={candidates.map((u) => u.serial)}
            value={serials}
            onChange={setSerials}
            searchable
            clearable
            data-testid="action-serials"
          />
        )}
        {form.fields.map((field) => (
          <ActionInput
            key={field.name}
            field={field}
            value={values[field.name] ?? ''}
            error={errors.byField[field.name]}
            onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
          />
        ))}
        <ProblemAlert error={act.error} fieldErrors={errors.other} title="Not recorded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={act.isPending}>
            Back
          </Button>
          <Button
            type="submit"
            color={form.color}
            loading={act.isPending}
            disabled={!complete}
            data-testid="action-submit"
          >
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ActionInputProps {
  field: ActionField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

function ActionInput({ field, value, error, onChange }: ActionInputProps) {
  const common = {
    label: field.label,
    required: field.required,
    placeholder: field.placeholder,
    description: field.description,
    error,
    value,
    'data-testid': `action-${field.name}`,
  };
  if (field.kind === 'textarea')
    return (
      <Textarea
        {...common}
        autosize
        minRows={2}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  return (
    <TextInput
      {...common}
      type={field.kind === 'date' ? 'date' : 'text'}
      max={field.kind === 'date' ? todayIso() : undefined}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
