import { Group, Paper, Select, Text } from '@mantine/core';
import type { CapacityReport } from '../../../api/capacityTypes';
import { Chart } from '../../../components/charts/Chart';
import { formatBp, formatNumber } from '../../../lib/format';
import { allConstraints, constraintKey, weeksLabel } from './capacityLabels';
import { loadChartOption } from './loadChartOption';

interface LoadSectionProps {
  report: CapacityReport;
  /** The constraint shown (see `constraintKey`). */
  value: string | null;
  onChange: (key: string) => void;
}

/** Load against capacity of one work centre or role, chosen in a select; overloaded weeks red. */
export function LoadSection({ report, value, onChange }: LoadSectionProps) {
  const constraint = allConstraints(report).find((c) => constraintKey(c) === value);
  const role = report.roles.find((r) => constraintKey(r) === value);
  const over = constraint
    ? constraint.loadHours.filter((hours, i) => hours > (constraint.capacityHours[i] ?? 0)).length
    : 0;
  const last = report.weeks.length - 1;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Select
          label="Load against capacity of"
          data={[
            {
              group: 'Work centres',
              items: report.workCentres.map((c) => ({ value: constraintKey(c), label: c.name })),
            },
            {
              group: 'Roles',
              items: report.roles.map((r) => ({ value: constraintKey(r), label: r.name })),
            },
          ]}
          value={value}
          onChange={(key) => key && onChange(key)}
          allowDeselect={false}
          w={320}
          data-testid="load-constraint"
        />
        {constraint && (
          <Text
            size="sm"
            c={over ? 'red.7' : 'dimmed'}
            fw={over ? 600 : 400}
            data-testid="load-over"
          >
            {over
              ? `Over capacity ${weeksLabel(over, report.weeks.length)}`
              : 'Within capacity every week'}
          </Text>
        )}
      </Group>
      {role && last >= 0 && (
        <Text size="xs" c="dimmed" mb="xs">
          People {formatNumber(role.people[0])} → {formatNumber(role.people[last])} · average
          productivity {formatBp(role.productivityBp[0], 1)} →{' '}
          {formatBp(role.productivityBp[last], 1)}
        </Text>
      )}
      {constraint && (
        <Chart
          option={loadChartOption(report.weeks, constraint)}
          height={280}
          ariaLabel={`Hours of load against capacity of ${constraint.name} by week`}
          data-testid="load-chart"
        />
      )}
    </Paper>
  );
}
