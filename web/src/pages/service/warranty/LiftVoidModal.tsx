import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiftVoid } from '../../../api/service';
import type { WarrantyVoid } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';

interface LiftVoidModalProps {
  /** The void to lift; the modal is closed when null. */
  lifting: WarrantyVoid | null;
  onClose: () => void;
}

/** A void found wrong is lifted with the reason why: it stays on record, no longer in force. */
export function LiftVoidModal({ lifting, onClose }: LiftVoidModalProps) {
  return (
    <Modal opened={lifting !== null} onClose={onClose} title="Lift the void">
      {lifting && <LiftForm lifting={lifting} onDone={onClose} />}
    </Modal>
  );
}

function LiftForm({ lifting, onDone }: { lifting: WarrantyVoid; onDone: () => void }) {
  const lift = useLiftVoid();
  const [note, setNote] = useState('');
  const errors = splitFieldErrors(lift.error, ['note'] as const);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    lift.mutate(
      { id: lifting.id, note: note.trim() },
      {
        onSuccess: (lifted) => {
          notifications.show({ color: 'green', title: 'Void lifted', message: lifted.serial });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="lift-form">
      <Stack>
        <Text size="sm">
          Voided on {lifting.voidedOn} for <b>{lifting.reason}</b>: {lifting.evidence}
        </Text>
        <Textarea
          label="Why it is lifted"
          required
          autosize
          minRows={3}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.byField.note}
          data-testid="lift-note"
        />
        <ProblemAlert error={lift.error} fieldErrors={errors.other} title="Not lifted" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={lift.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={lift.isPending}
            disabled={!note.trim()}
            data-testid="lift-submit"
          >
            Lift the void
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
