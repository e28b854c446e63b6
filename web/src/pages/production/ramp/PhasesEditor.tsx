import { useState } from 'react';
import { ActionIcon, Button, Group, NumberInput, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useSaveRampPhases } from '../../../api/capacity';
import type { RampPhase } from '../../../api/capacityTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { listFieldErrors } from '../../../lib/listErrors';
import {
  endsError,
  isPhaseComplete,
  nextPhaseDraft,
  phaseDraftsOf,
  phasesOf,
  type PhaseDraft,
} from './phaseDraft';

interface PhasesEditorProps {
  phases: RampPhase[];
  onDone: () => void;
}

/** Every phase as a row of inputs; saving replaces the ramp's phases with these. */
export function PhasesEditor({ phases, onDone }: PhasesEditorProps) {
  const save = useSaveRampPhases();
  const [drafts, setDrafts] = useState<PhaseDraft[]>(() => phaseDraftsOf(phases));
  const errors = listFieldErrors(save.error, 'phases');
  const complete = drafts.every(isPhaseComplete);

  const change = (key: number, patch: Partial<PhaseDraft>) =>
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const submit = () =>
    save.mutate(phasesOf(drafts), {
      onSuccess: ({ items }) => {
        notifications.show({
          color: 'green',
          title: 'Ramp phases saved',
          message: `${items.length} ${items.length === 1 ? 'phase' : 'phases'}.`,
        });
        onDone();
      },
    });

  return (
    <Stack gap="sm" p="sm" data-testid="phases-editor">
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>Phase</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th w={150}>Starts</Table.Th>
              <Table.Th w={150}>Ends</Table.Th>
              <Table.Th w={110}>Target a week</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th w={40} aria-label="Remove" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drafts.map((draft, index) => {
              const rowErrors = errors.byItem.get(index) ?? {};
              const label = (field: string) => `${field}, phase ${index + 1}`;
              return (
                <Table.Tr key={draft.key} data-testid={`phase-edit-${index}`}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={label('Code')}
                      value={draft.code}
                      onChange={(e) => change(draft.key, { code: e.currentTarget.value })}
                      error={rowErrors.code ?? rowErrors['']}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={label('Name')}
                      value={draft.name}
                      onChange={(e) => change(draft.key, { name: e.currentTarget.value })}
                      error={rowErrors.name}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      type="date"
                      aria-label={label('Starts')}
                      value={draft.startsOn}
                      onChange={(e) => change(draft.key, { startsOn: e.currentTarget.value })}
                      error={rowErrors.startsOn}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      type="date"
                      aria-label={label('Ends')}
                      value={draft.endsOn}
                      onChange={(e) => change(draft.key, { endsOn: e.currentTarget.value })}
                      error={rowErrors.endsOn ?? endsError(draft)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      hideControls
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      thousandSeparator=","
                      aria-label={label('Target a week')}
                      value={draft.targetPerWeek}
                      onChange={(value) => change(draft.key, { targetPerWeek: value })}
                      error={rowErrors.targetPerWeek}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={label('Note')}
                      value={draft.note}
                      onChange={(e) => change(draft.key, { note: e.currentTarget.value })}
                      error={rowErrors.note}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove phase ${index + 1}`}
                      onClick={() => setDrafts((current) => current.filter((d) => d !== draft))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ProblemAlert
        error={save.error}
        fieldErrors={errors.other}
        title="The phases were not saved"
      />
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => setDrafts((current) => [...current, nextPhaseDraft(current.at(-1))])}
          data-testid="phase-add"
        >
          Add phase
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={submit}
            disabled={!complete}
            loading={save.isPending}
            data-testid="phases-save"
          >
            Save phases
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
