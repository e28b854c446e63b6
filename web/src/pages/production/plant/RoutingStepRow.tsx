import { ActionIcon, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { StepDraft } from './routingDraft';

interface Option {
  value: string;
  label: string;
}

interface RoutingStepRowProps {
  index: number;
  step: StepDraft;
  workCentres: Option[];
  roles: Option[];
  /** Server messages by field. */
  errors: Partial<Record<string, string>>;
  onChange: (patch: Partial<StepDraft>) => void;
  onRemove: () => void;
}

const minutesProps = {
  size: 'xs',
  hideControls: true,
  min: 0,
  max: 100_000,
  allowDecimal: false,
  allowNegative: false,
  suffix: ' min',
} as const;

/** One operation of a routing: where it runs, for how long, and who does it. */
export function RoutingStepRow(props: RoutingStepRowProps) {
  const { index, step, workCentres, roles, errors, onChange, onRemove } = props;
  const label = (field: string) => `${field}, step ${index + 1}`;
  return (
    <Table.Tr data-testid={`routing-step-${index}`}>
      <Table.Td c="dimmed" fz="sm">
        {index + 1}
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={label('Operation')}
          value={step.operation}
          onChange={(event) => onChange({ operation: event.currentTarget.value })}
          error={errors.operation ?? errors['']}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={label('Work centre')}
          data={workCentres}
          value={step.workCentre}
          onChange={(workCentre) => onChange({ workCentre })}
          error={errors.workCentre}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          {...minutesProps}
          aria-label={label('Station minutes')}
          value={step.stationMinutes}
          onChange={(stationMinutes) => onChange({ stationMinutes })}
          error={errors.stationMinutes}
        />
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          aria-label={label('Role')}
          placeholder="No one"
          clearable
          data={roles}
          value={step.role}
          onChange={(role) => onChange({ role })}
          error={errors.role}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          {...minutesProps}
          aria-label={label('Labour minutes')}
          disabled={step.role === null}
          value={step.role === null ? 0 : step.labourMinutes}
          onChange={(labourMinutes) => onChange({ labourMinutes })}
          error={errors.labourMinutes}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={`Remove step ${index + 1}`}
          onClick={onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
