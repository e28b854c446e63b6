import { Group, Select, TextInput } from '@mantine/core';
import { useMinerModels } from '../../../api/catalog';
import type { MinerModel } from '../../../api/catalogTypes';
import { ScenarioSelect } from '../ScenarioSelect';

export interface CompareInputs {
  model: string | null;
  date: string;
  scenario: string | null;
}

interface CompareControlsProps {
  values: CompareInputs;
  onChange: (values: CompareInputs) => void;
}

const FIELD_STYLE = { flex: '1 1 220px' };

/** Models built here (with a BOM) can be compared; the others are listed, disabled. */
function modelOptions(models: MinerModel[]) {
  const built = models.filter((model) => model.unitPartId !== null);
  const notBuilt = models.filter((model) => model.unitPartId === null);
  return [
    { group: 'Built here', items: built.map((model) => model.name) },
    ...(notBuilt.length
      ? [
          {
            group: 'No BOM here: cannot compare',
            items: notBuilt.map((model) => ({
              value: model.name,
              label: model.name,
              disabled: true,
            })),
          },
        ]
      : []),
  ];
}

export function CompareControls({ values, onChange }: CompareControlsProps) {
  const models = useMinerModels();
  return (
    <Group gap="sm" align="flex-end" mb="md" data-testid="compare-controls">
      <Select
        label="Model"
        placeholder={models.isPending ? 'Loading models…' : 'Pick a model'}
        data={modelOptions(models.data?.items ?? [])}
        value={values.model}
        onChange={(model) => onChange({ ...values, model })}
        searchable
        error={models.error ? 'Models could not be loaded' : undefined}
        style={FIELD_STYLE}
        data-testid="compare-model"
      />
      <TextInput
        label="Date"
        type="date"
        value={values.date}
        onChange={(event) => onChange({ ...values, date: event.currentTarget.value })}
        style={{ flex: '0 1 180px' }}
        data-testid="compare-date"
      />
      <ScenarioSelect
        label="Scenario"
        placeholder="All scenarios"
        value={values.scenario}
        onChange={(scenario) => onChange({ ...values, scenario })}
        style={FIELD_STYLE}
        data-testid="compare-scenario"
      />
    </Group>
  );
}
