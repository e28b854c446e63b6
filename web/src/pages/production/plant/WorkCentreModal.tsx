import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCalendar, useSetWorkCentre } from '../../../api/plant';
import { WORK_CENTRE_KINDS, type WorkCentre, type WorkCentreKind } from '../../../api/plantTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { WORK_CENTRE_KIND_LABELS } from './plantLabels';

const FIELDS = ['name', 'kind', 'stations', 'shifts', 'efficiencyBp', 'note'] as const;
const KIND_OPTIONS = WORK_CENTRE_KINDS.map((kind) => ({
  value: kind,
  label: WORK_CENTRE_KIND_LABELS[kind],
}));

/** A new work centre, or one to change; the modal is closed when null. */
export type WorkCentreEditing = { kind: 'create' } | { kind: 'edit'; centre: WorkCentre };

interface WorkCentreModalProps {
  editing: WorkCentreEditing | null;
  onClose: () => void;
}

export function WorkCentreModal({ editing, onClose }: WorkCentreModalProps) {
  const title = editing?.kind === 'edit' ? `Edit ${editing.centre.code}` : 'New work centre';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size="lg">
      {editing && (
        <WorkCentreForm centre={editing.kind === 'edit' ? editing.centre : null} onDone={onClose} />
      )}
    </Modal>
  );
}

function WorkCentreForm({ centre, onDone }: { centre: WorkCentre | null; onDone: () => void }) {
  const save = useSetWorkCentre();
  const calendar = useCalendar();
  const [code, setCode] = useState(centre?.code ?? '');
  const [name, setName] = useState(centre?.name ?? '');
  const [kind, setKind] = useState<WorkCentreKind>(centre?.kind ?? 'final_assembly');
  const [stations, setStations] = useState<number | string>(centre?.stations ?? 1);
  const [shifts, setShifts] = useState<string[]>(centre?.shifts ?? []);
  const [efficiency, setEfficiency] = useState<number | string>(
    centre ? centre.efficiencyBp / 100 : 90,
  );
  const [note, setNote] = useState(centre?.note ?? '');
  const errors = splitFieldErrors(save.error, FIELDS);
  const complete =
    code.trim() !== '' &&
    name.trim() !== '' &&
    typeof stations === 'number' &&
    typeof efficiency === 'number';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof stations !== 'number' || typeof efficiency !== 'number') return;
    const input = {
      name: name.trim(),
      kind,
      stations,
      shifts,
      efficiencyBp: Math.round(efficiency * 100),
      note: note.trim() || null,
    };
    save.mutate(
      { code: code.trim(), input },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'green',
            title: 'Work centre saved',
            message: `${saved.code} · ${saved.name}`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="work-centre-form">
      <Stack>
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The work centre was not saved"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Code"
            required
            disabled={centre !== null}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <Select
            label="Kind"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(value) => value && setKind(value as WorkCentreKind)}
            allowDeselect={false}
            error={errors.byField.kind}
          />
        </SimpleGrid>
        <TextInput
          label="Name"
          required
          data-autofocus
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.byField.name}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label="Stations"
            description="Benches, fixtures, lines or rack slots"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            value={stations}
            onChange={setStations}
            error={errors.byField.stations}
            data-testid="work-centre-stations"
          />
          <NumberInput
            label="Efficiency"
            description="Share of station hours that becomes output"
            suffix="%"
            min={0}
            max={200}
            decimalScale={2}
            allowNegative={false}
            value={efficiency}
            onChange={setEfficiency}
            error={errors.byField.efficiencyBp}
          />
        </SimpleGrid>
        <MultiSelect
          label="Shifts"
          data={(calendar.data?.shifts ?? []).map((s) => ({ value: s.code, label: s.name }))}
          value={shifts}
          onChange={setShifts}
          error={errors.byField.shifts}
        />
        <Textarea
          label="Note"
          autosize
          minRows={1}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.byField.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!complete}
            data-testid="work-centre-submit"
          >
            {centre ? 'Save changes' : 'Add work centre'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
