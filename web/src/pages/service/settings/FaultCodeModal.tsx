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
import { PART_KINDS } from '../../../api/catalogTypes';
import { useSetFaultCode } from '../../../api/serviceSetup';
import type { FaultCode } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';

const FIELDS = ['name', 'partKind', 'labourMinutes', 'description', 'sortOrder'] as const;
const KIND_OPTIONS = PART_KINDS.map((kind) => ({ value: kind, label: kind.replaceAll('_', ' ') }));

/** A new fault code, or one to change; the modal is closed when null. */
export type FaultCodeEditing =
  { kind: 'create'; sortOrder: number } | { kind: 'edit'; code: FaultCode };

export function FaultCodeModal({
  editing,
  onClose,
}: {
  editing: FaultCodeEditing | null;
  onClose: () => void;
}) {
  const code = editing?.kind === 'edit' ? editing.code : null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={code ? `Edit ${code.name}` : 'New fault code'}
    >
      {editing && (
        <FaultCodeForm
          code={code}
          sortOrder={editing.kind === 'create' ? editing.sortOrder : 0}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function FaultCodeForm(props: { code: FaultCode | null; sortOrder: number; onDone: () => void }) {
  const { code: existing, onDone } = props;
  const save = useSetFaultCode();
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [partKind, setPartKind] = useState<string | null>(existing?.partKind ?? null);
  const [minutes, setMinutes] = useState<number | string>(existing?.labourMinutes ?? 30);
  const [sortOrder, setSortOrder] = useState<number | string>(
    existing?.sortOrder ?? props.sortOrder,
  );
  const [description, setDescription] = useState(existing?.description ?? '');
  const errors = splitFieldErrors(save.error, FIELDS);
  const complete =
    code.trim() !== '' &&
    name.trim() !== '' &&
    typeof minutes === 'number' &&
    typeof sortOrder === 'number';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      {
        code: code.trim(),
        input: {
          name: name.trim(),
          partKind,
          labourMinutes: Number(minutes),
          description: description.trim(),
          sortOrder: Number(sortOrder),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', title: 'Fault code saved', message: name.trim() });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="fault-code-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Code"
            required
            disabled={existing !== null}
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
          <Select
            label="Part it replaces"
            placeholder="None (e.g. firmware)"
            data={KIND_OPTIONS}
            value={partKind}
            onChange={setPartKind}
            clearable
            error={errors.byField.partKind}
          />
          <NumberInput
            label="Bench time"
            description="Labour a quote charges"
            suffix=" min"
            min={0}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            error={errors.byField.labourMinutes}
          />
          <NumberInput
            label="Order in lists"
            min={0}
            allowDecimal={false}
            value={sortOrder}
            onChange={setSortOrder}
            error={errors.byField.sortOrder}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.byField.description}
        />
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The fault code was not saved"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!complete}>
            {existing ? 'Save changes' : 'Add fault code'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
