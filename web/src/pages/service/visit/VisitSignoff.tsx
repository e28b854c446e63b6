import { useState, type FormEvent } from 'react';
import { Button, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSignature } from '@tabler/icons-react';
import { useVisitStep } from '../../../api/field';
import type { VisitDetail } from '../../../api/fieldTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { whenDone } from '../../../lib/whenDone';

/**
 * The site's representative signs off by name, which closes the visit. Every machine needs its
 * result first: the button says which are missing (the server refuses the same way).
 */
export function VisitSignoff({ visitKey, visit }: { visitKey: string; visit: VisitDetail }) {
  const complete = useVisitStep(visitKey);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const errors = splitFieldErrors(complete.error, ['signoffName', 'note'] as const);
  const open = visit.units.filter((u) => u.result === null).map((u) => u.serial);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Completed, the visit no longer shows this form: the notice follows the request itself.
    whenDone(
      complete.mutateAsync({
        step: 'complete',
        signoffName: name.trim(),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
      (done) =>
        notifications.show({
          color: 'green',
          title: `${done.number} completed`,
          message: `Signed off by ${name.trim()}.`,
        }),
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="visit-signoff">
      <Stack gap="sm">
        <TextInput
          label="Site representative"
          description="Their name, typed as they sign off the work"
          required
          size="md"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.byField.signoffName}
          data-testid="visit-signoff-name"
        />
        <Textarea
          label="Note"
          placeholder="Anything the customer or the depot should know (optional)"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.byField.note}
          data-testid="visit-signoff-note"
        />
        {open.length > 0 && (
          <Text size="sm" c="orange.8" data-testid="visit-units-open">
            Record a result for every machine first: {open.slice(0, 5).join(', ')}
            {open.length > 5 ? ` and ${open.length - 5} more` : ''}.
          </Text>
        )}
        <ProblemAlert error={complete.error} fieldErrors={errors.other} title="Not completed" />
        <Button
          type="submit"
          size="lg"
          fullWidth
          leftSection={<IconSignature size={20} />}
          loading={complete.isPending}
          disabled={!name.trim() || open.length > 0}
          data-testid="visit-complete"
        >
          Sign off and complete
        </Button>
      </Stack>
    </form>
  );
}
