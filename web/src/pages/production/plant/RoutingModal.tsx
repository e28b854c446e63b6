import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMinerModels } from '../../../api/catalog';
import { useSetRouting, useWorkCentres, useWorkforceRoles } from '../../../api/plant';
import type { RoutingStep } from '../../../api/plantTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { listFieldErrors } from '../../../lib/listErrors';
import { emptyStep, isStepComplete, stepDraftsOf, stepsOf, type StepDraft } from './routingDraft';
import { routingTitle } from './RoutingCard';
import { RoutingStepRow } from './RoutingStepRow';

/**
 * A model's routing to change, or a new one (model null) starting from `steps`, usually the
 * default routing's; the modal is closed when null.
 */
export interface RoutingEditing {
  model: string | null;
  steps: RoutingStep[];
  /** Models that already have a routing: not offered for a new one. */
  routed: string[];
}

interface RoutingModalProps {
  editing: RoutingEditing | null;
  onClose: () => void;
}

export function RoutingModal({ editing, onClose }: RoutingModalProps) {
  const title = editing?.model ? `Edit ${routingTitle(editing.model)}` : 'New routing';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size={1000}>
      {editing && <RoutingForm editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function RoutingForm({ editing, onDone }: { editing: RoutingEditing; onDone: () => void }) {
  const save = useSetRouting();
  const centres = useWorkCentres();
  const roles = useWorkforceRoles();
  const models = useMinerModels();
  const [model, setModel] = useState<string | null>(editing.model);
  const [steps, setSteps] = useState<StepDraft[]>(() => stepDraftsOf(editing.steps));
  const errors = listFieldErrors(save.error, 'steps');
  const centreOptions = (centres.data ?? []).map((c) => ({ value: c.code, label: c.name }));
  const roleOptions = (roles.data ?? []).map((r) => ({ value: r.code, label: r.name }));
  const modelOptions = (models.data?.items ?? [])
    .map((m) => m.name)
    .filter((name) => !editing.routed.includes(name));

  const change = (key: number, patch: Partial<StepDraft>) =>
    setSteps((current) => current.map((s) => (s.key === key ? { ...s, ...patch } : s)));

  const submit = () => {
    if (!model) return;
    save.mutate(
      { model, steps: stepsOf(steps) },
      {
        onSuccess: (routing) => {
          notifications.show({
            color: 'green',
            title: 'Routing saved',
            message: `${routingTitle(routing.model)}: ${routing.steps.length} steps.`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <Stack data-testid="routing-form">
      {editing.model === null && (
        <Select
          label="Model"
          description="Models without a routing of their own use the default one."
          searchable
          data={modelOptions}
          value={model}
          onChange={setModel}
          data-testid="routing-model"
        />
      )}
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={24}>#</Table.Th>
              <Table.Th>Operation</Table.Th>
              <Table.Th w={200}>Work centre</Table.Th>
              <Table.Th w={100}>Station</Table.Th>
              <Table.Th w={190}>Role</Table.Th>
              <Table.Th w={100}>Labour</Table.Th>
              <Table.Th w={40} aria-label="Remove" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {steps.map((step, index) => (
              <RoutingStepRow
                key={step.key}
                index={index}
                step={step}
                workCentres={centreOptions}
                roles={roleOptions}
                errors={errors.byItem.get(index) ?? {}}
                onChange={(patch) => change(step.key, patch)}
                onRemove={() => setSteps((current) => current.filter((s) => s.key !== step.key))}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ProblemAlert
        error={save.error}
        fieldErrors={errors.other}
        title="The routing was not saved"
      />
      <Group justify="space-between">
        <Button
          variant="default"
          leftSection={<IconPlus size={16} />}
          onClick={() => setSteps((current) => [...current, emptyStep()])}
        >
          Add step
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            onClick={submit}
            loading={save.isPending}
            disabled={!model || !steps.every(isStepComplete)}
            data-testid="routing-submit"
          >
            Save routing
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
