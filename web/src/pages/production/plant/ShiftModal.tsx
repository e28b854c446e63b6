import { useState, type FormEvent } from 'react';
import {
  Button,
  Chip,
  Group,
  Input,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetShift } from '../../../api/plant';
import type { Shift } from '../../../api/plantTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { WEEKDAYS } from './plantLabels';

const FIELDS = ['name', 'startsAt', 'minutes', 'days'] as const;

/** A new shift, or one to change; the modal is closed when null. */
export type ShiftEditing = { kind: 'create' } | { kind: 'edit'; shift: Shift };

interface ShiftModalProps {
  editing: ShiftEditing | null;
  onClose: () => void;
}

export function ShiftModal({ editing, onClose }: ShiftModalProps) {
  const title = editing?.kind === 'edit' ? `Edit shift ${editing.shift.code}` : 'New shift';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title}>
      {editing && (
        <ShiftForm shift={editing.kind === 'edit' ? editing.shift : null} onDone={onClose} />
      )}
    </Modal>
  );
}

function ShiftForm({ shift, onDone }: { shift: Shift | null; onDone: () => void }) {
  const save = useSetShift();
  const [code, setCode] = useState(shift?.code ?? '');
  const [name, setName] = useState(shift?.name ?? '');
  const [startsAt, setStartsAt] = useState(shift?.startsAt ?? '06:00');
  const [hours, setHours] = useState<number | string>(shift ? shift.minutes / 60 : 8);
  const [days, setDays] = useState<string[]>(
    (shift?.days ?? [1, 2, 3, 4, 5]).map((day) => String(day)),
  );
  const errors = splitFieldErrors(save.error, FIELDS);
  const complete =
    code.trim() !== '' && name.trim() !== '' && typeof hours === 'number' && days.length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof hours !== 'number') return;
    const input = {
      name: name.trim(),
      startsAt,
      minutes: Math.round(hours * 60),
      days: days.map(Number).sort((a, b) => a - b),
    };
    save.mutate(
      { code: code.trim(), input },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: 'Shift saved', message: saved.name });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="shift-form">
      <Stack>
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The shift was not saved"
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label="Code"
            required
            disabled={shift !== null}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.byField.name}
          />
          <TextInput
            label="Starts at"
            type="time"
            value={startsAt}
            onChange={(event) => setStartsAt(event.currentTarget.value)}
            error={errors.byField.startsAt}
          />
          <NumberInput
            label="Length"
            suffix=" h"
            min={0.25}
            max={24}
            step={0.5}
            decimalScale={2}
            allowNegative={false}
            value={hours}
            onChange={setHours}
            error={errors.byField.minutes}
          />
        </SimpleGrid>
        <Input.Wrapper label="Days" error={errors.byField.days}>
          <Chip.Group multiple value={days} onChange={setDays}>
            <Group gap={6} mt={4}>
              {WEEKDAYS.map((day) => (
                <Chip key={day.value} value={day.value} size="sm">
                  {day.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!complete}>
            {shift ? 'Save changes' : 'Add shift'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
