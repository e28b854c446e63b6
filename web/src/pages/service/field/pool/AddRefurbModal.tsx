import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMinerModels } from '../../../../api/catalog';
import type { RefurbGrade } from '../../../../api/fieldTypes';
import { useAddRefurb } from '../../../../api/refurb';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../../lib/fieldErrors';
import { MONO_INPUT } from '../../monoInput';

export function AddRefurbModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add a refurbished machine">
      {opened && <AddRefurbForm onDone={onClose} />}
    </Modal>
  );
}

/** A machine the bench refurbished (not one installed at a site) joins the pool. */
function AddRefurbForm({ onDone }: { onDone: () => void }) {
  const add = useAddRefurb();
  const models = useMinerModels().data?.items ?? [];
  const [serial, setSerial] = useState('');
  const [model, setModel] = useState<string | null>(null);
  const [grade, setGrade] = useState<RefurbGrade>('A');
  const [note, setNote] = useState('');
  const errors = splitFieldErrors(add.error, ['serial', 'model', 'grade', 'note'] as const);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!model) return;
    add.mutate(
      { serial: serial.trim(), model, grade, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (added) => {
          notifications.show({
            color: 'green',
            title: 'Added to the pool',
            message: `${added.serial} · ${added.model} · grade ${added.grade}`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="pool-form">
      <Stack>
        <TextInput
          label="Serial"
          required
          value={serial}
          onChange={(e) => setSerial(e.currentTarget.value)}
          styles={MONO_INPUT}
          error={errors.byField.serial}
          data-testid="pool-serial"
        />
        <Select
          label="Model"
          required
          data={models.map((m) => m.name)}
          value={model}
          onChange={setModel}
          searchable
          error={errors.byField.model}
          data-testid="pool-model"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Grade
          </Text>
          <SegmentedControl
            data={[
              { value: 'A', label: 'A · like new' },
              { value: 'B', label: 'B · cosmetic wear' },
            ]}
            value={grade}
            onChange={(v) => setGrade(v as RefurbGrade)}
            data-testid="pool-grade"
          />
        </Stack>
        <Textarea
          label="Note"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.byField.note}
        />
        <ProblemAlert error={add.error} fieldErrors={errors.other} title="Not added" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={add.isPending}
            disabled={!serial.trim() || !model}
            data-testid="pool-submit"
          >
            Add to the pool
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
