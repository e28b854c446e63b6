import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useDecideDraft } from '../../../api/fleetHealth';
import type { RepairDraft } from '../../../api/fleetHealthTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';

/** Who confirms or dismisses a draft: the service desk, or the machine's owner (admins too). */
export const DRAFT_DECIDERS = ['technician', 'sales', 'logistics', 'customer'] as const;

type Action = 'confirm' | 'dismiss';

/**
 * Confirm (opens the RMA, with an optional note) or dismiss (the reason is required) a draft
 * awaiting its decision.
 */
export function DraftDecision({ draft }: { draft: RepairDraft }) {
  const [action, setAction] = useState<Action | null>(null);
  return (
    <>
      <Group gap="xs">
        <Button
          leftSection={<IconCheck size={16} />}
          onClick={() => setAction('confirm')}
          data-testid="draft-confirm"
        >
          Confirm and open the RMA
        </Button>
        <Button
          variant="default"
          leftSection={<IconX size={16} />}
          onClick={() => setAction('dismiss')}
          data-testid="draft-dismiss"
        >
          Dismiss
        </Button>
      </Group>
      <Modal
        opened={action !== null}
        onClose={() => setAction(null)}
        title={action === 'dismiss' ? `Dismiss ${draft.number}` : `Confirm ${draft.number}`}
        centered
      >
        {action && <DecisionForm draft={draft} action={action} onDone={() => setAction(null)} />}
      </Modal>
    </>
  );
}

function DecisionForm(props: { draft: RepairDraft; action: Action; onDone: () => void }) {
  const { draft, action, onDone } = props;
  const decide = useDecideDraft(draft.id);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const dismiss = action === 'dismiss';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (dismiss && !note.trim()) {
      setMissing(true);
      return;
    }
    decide.mutate(
      { action, note },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: dismiss ? `${saved.number} dismissed` : `${saved.rmaNumber ?? 'RMA'} opened`,
            message: dismiss
              ? 'The fault stays listed; no RMA was opened.'
              : `From ${saved.number}, with its evidence attached.`,
          });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid={`draft-${action}-form`}>
      <Stack>
        <Text size="sm">
          {dismiss
            ? 'No RMA will be opened for this fault. Say why, for whoever reads it next.'
            : `An RMA is opened for ${draft.unitSerial} with this draft's evidence attached; the depot takes it from there.`}
        </Text>
        <Textarea
          label={dismiss ? 'Reason' : 'Note (optional)'}
          placeholder={dismiss ? 'e.g. the board was reseated on site and reads again' : ''}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setMissing(false);
          }}
          autosize
          minRows={3}
          maxLength={2000}
          required={dismiss}
          error={missing ? 'A reason is needed to dismiss a draft.' : undefined}
          data-testid="draft-note"
        />
        <ProblemAlert error={decide.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={decide.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            color={dismiss ? 'red' : undefined}
            loading={decide.isPending}
            data-testid="draft-decision-submit"
          >
            {dismiss ? 'Dismiss the draft' : 'Open the RMA'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
