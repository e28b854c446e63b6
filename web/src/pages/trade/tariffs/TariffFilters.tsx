import { Group, Select } from '@mantine/core';
import { ScenarioSelect } from '../ScenarioSelect';
import { originLabel } from '../tradeLabels';

const FIELD_STYLE = { flex: '1 1 200px' };

export interface TariffFilterValues {
  origin: string | null;
  program: string | null;
  scenario: string | null;
}

interface TariffFiltersProps {
  values: TariffFilterValues;
  /** Origins and programs present in the table in force. */
  origins: string[];
  programs: string[];
  onChange: (values: TariffFilterValues) => void;
}

export function TariffFilters({ values, origins, programs, onChange }: TariffFiltersProps) {
  return (
    <Group gap="sm" mb="md" align="flex-end" data-testid="tariff-filters">
      <Select
        label="Origin"
        placeholder="All origins"
        description="Rows for every origin (*) are always included"
        data={origins.map((origin) => ({ value: origin, label: originLabel(origin) }))}
        value={values.origin}
        onChange={(origin) => onChange({ ...values, origin })}
        clearable
        searchable
        style={FIELD_STYLE}
        data-testid="tariff-origin-filter"
      />
      <Select
        label="Program"
        placeholder="All programs"
        description="Programs add up on an entry"
        data={programs}
        value={values.program}
        onChange={(program) => onChange({ ...values, program })}
        clearable
        searchable
        style={FIELD_STYLE}
        data-testid="tariff-program-filter"
      />
      <ScenarioSelect
        label="Scenario"
        placeholder="The table in force"
        value={values.scenario}
        onChange={(scenario) => onChange({ ...values, scenario })}
        description="Shows its overlay rows only"
        style={FIELD_STYLE}
        data-testid="tariff-scenario-filter"
      />
    </Group>
  );
}
