import type { CSSProperties } from 'react';
import { Select } from '@mantine/core';
import { useTradeScenarios } from '../../api/trade';

interface ScenarioSelectProps {
  label: string;
  /** Scenario name, or null for the tariffs in force. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** What "no scenario" means on this page. */
  placeholder: string;
  description?: string;
  'data-testid'?: string;
  style?: CSSProperties;
}

/** Picks a what-if scenario by name; cleared, the page uses the tariffs in force. */
export function ScenarioSelect({
  label,
  value,
  onChange,
  placeholder,
  description,
  'data-testid': testId,
  style,
}: ScenarioSelectProps) {
  const scenarios = useTradeScenarios();
  const data = (scenarios.data?.items ?? []).map((scenario) => ({
    value: scenario.name,
    label: scenario.name,
  }));
  return (
    <Select
      label={label}
      description={description}
      placeholder={scenarios.isPending ? 'Loading scenarios…' : placeholder}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      error={scenarios.error ? 'Scenarios could not be loaded' : undefined}
      data-testid={testId}
      style={style}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
