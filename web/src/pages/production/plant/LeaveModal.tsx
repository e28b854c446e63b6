import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useChangeStaff } from '../../../api/plant';
import type { StaffMember } from '../../../api/plantTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { isIsoDate, todayIso } from '../../../lib/isoDates';

interface LeaveModalProps {
  /** Who is leaving; the modal is closed when null. */
  person: StaffMember | null;
  onClose: () => void;
}

/** Records the day someone leaves: from then on they are off the roster and out of capacity. */
export function LeaveModal({ person, onClose }: LeaveModalProps) {
  return (
    <Modal opened={person !== null} onClose={onClose} title="Record leaving">
      {person && <LeaveForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function LeaveForm({ person, onDone }: { person: StaffMember; onDone: () => void }) {
  const change = useChangeStaff();
  const [leftOn, setLeftOn] = useState(person.leftOn ?? todayIso());
  const errors = splitFieldErrors(change.error, ['leftOn'] as const);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { key: person.id, change: { leftOn } },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: 'Leaving recorded',
            message: `${saved.name} leaves on ${saved.leftOn}`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="leave-form">
      <Stack>
        <Text size="sm">
          {person.employeeNo} · {person.name}, hired {person.hiredOn}
        </Text>
        <ProblemAlert error={change.error} fieldErrors={errors.other} title="Not recorded" />
        <TextInput
          label="Leaves on"
          description="Their first day off staff"
          type="date"
          required
          data-autofocus
          value={leftOn}
          onChange={(event) => setLeftOn(event.currentTarget.value)}
          error={errors.byField.leftOn}
          data-testid="leave-date"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="red"
            loading={change.isPending}
            disabled={!isIsoDate(leftOn)}
            data-testid="leave-submit"
          >
            Record leaving
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
