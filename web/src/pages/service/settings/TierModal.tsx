import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetServiceTier } from '../../../api/serviceSetup';
import type { AdvanceReplacement, ServiceTier } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { ADVANCE_LABELS } from '../serviceLabels';

const FIELDS = ['name', 'targetHours', 'advanceReplacement', 'note'] as const;

/** A new tier, or one to change; the modal is closed when null. */
export type TierEditing = { kind: 'create' } | { kind: 'edit'; tier: ServiceTier };

export function TierModal({
  editing,
  onClose,
}: {
  editing: TierEditing | null;
  onClose: () => void;
}) {
  const tier = editing?.kind === 'edit' ? editing.tier : null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={tier ? `Edit ${tier.name}` : 'New service tier'}
    >
      {editing && <TierForm tier={tier} onDone={onClose} />}
    </Modal>
  );
}

function TierForm({ tier, onDone }: { tier: ServiceTier | null; onDone: () => void }) {
  const save = useSetServiceTier();
  const [code, setCode] = useState(tier?.code ?? '');
  const [name, setName] = useState(tier?.name ?? '');
  const [hours, setHours] = useState<number | string>(tier?.targetHours ?? 240);
  const [advance, setAdvance] = useState<AdvanceReplacement>(tier?.advanceReplacement ?? 'doa');
  const [note, setNote] = useState(tier?.note ?? '');
  const errors = splitFieldErrors(save.error, FIELDS);
  const complete = code.trim() !== '' && name.trim() !== '' && typeof hours === 'number';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      {
        code: code.trim(),
        input: {
          name: name.trim(),
          targetHours: Number(hours),
          advanceReplacement: advance,
          note: note.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', title: 'Tier saved', message: name.trim() });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="tier-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Code"
            required
            disabled={tier !== null}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.byField.name}
          />
          <NumberInput
            label="SLA"
            description="Depot hours from request to shipped back"
            suffix=" h"
            min={1}
            allowDecimal={false}
            value={hours}
            onChange={setHours}
            error={errors.byField.targetHours}
          />
          <Select
            label="Advance replacement"
            data={Object.entries(ADVANCE_LABELS).map(([value, label]) => ({ value, label }))}
            value={advance}
            onChange={(v) => v && setAdvance(v as AdvanceReplacement)}
            allowDeselect={false}
            error={errors.byField.advanceReplacement}
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.byField.note}
        />
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The tier was not saved"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!complete}>
            {tier ? 'Save changes' : 'Add tier'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
