import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCreateTariffRow, useUpdateTariffRow } from '../../../api/trade';
import type { TariffRow } from '../../../api/tradeTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { TariffRowFields } from './TariffRowFields';
import {
  draftOf,
  EMPTY_DRAFT,
  inputOf,
  isComplete,
  TARIFF_ROW_FIELDS,
  type TariffRowDraft,
} from './tariffRowDraft';

/** Add a row (to the table in force, or to a scenario), or edit one. */
export type TariffRowEditing =
  { kind: 'create'; scenario: string | null } | { kind: 'edit'; row: TariffRow };

interface TariffRowModalProps {
  /** What is being edited; the modal is closed when null. */
  editing: TariffRowEditing | null;
  programs: string[];
  onClose: () => void;
}

export function TariffRowModal({ editing, programs, onClose }: TariffRowModalProps) {
  const title = editing?.kind === 'edit' ? 'Edit tariff row' : 'Add tariff row';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size="lg">
      {editing && <TariffRowForm editing={editing} programs={programs} onDone={onClose} />}
    </Modal>
  );
}

function TariffRowForm({
  editing,
  programs,
  onDone,
}: {
  editing: TariffRowEditing;
  programs: string[];
  onDone: () => void;
}) {
  const createRow = useCreateTariffRow();
  const updateRow = useUpdateTariffRow();
  const mutation = editing.kind === 'edit' ? updateRow : createRow;
  const [draft, setDraft] = useState<TariffRowDraft>(
    editing.kind === 'edit' ? draftOf(editing.row) : EMPTY_DRAFT,
  );
  const serverErrors = splitFieldErrors(mutation.error, TARIFF_ROW_FIELDS);

  const saved = (row: TariffRow) => {
    notifications.show({
      color: 'green',
      title: editing.kind === 'edit' ? 'Tariff row saved' : 'Tariff row added',
      message: `${row.program} · ${row.origin} · from ${row.effectiveFrom}`,
    });
    onDone();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = inputOf(draft);
    if (editing.kind === 'edit') {
      updateRow.mutate({ id: editing.row.id, input }, { onSuccess: saved });
    } else {
      createRow.mutate({ input, scenario: editing.scenario }, { onSuccess: saved });
    }
  };

  const scenario = editing.kind === 'create' ? editing.scenario : null;
  return (
    <form onSubmit={submit} noValidate data-testid="tariff-row-form">
      <Stack>
        {editing.kind === 'create' && (
          <Alert color={scenario ? 'grape' : 'blue'} variant="light">
            {scenario
              ? `The row is added to the scenario “${scenario}”; the table in force does not change.`
              : 'The row is added to the table in force: duties, timelines and comparisons change at once.'}
          </Alert>
        )}
        <ProblemAlert
          error={mutation.error}
          fieldErrors={serverErrors.other}
          title="The row was not saved"
        />
        <TariffRowFields
          draft={draft}
          onChange={setDraft}
          programs={programs}
          errors={serverErrors.byField}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!isComplete(draft)}>
            {editing.kind === 'edit' ? 'Save changes' : 'Add row'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
