import { useState } from 'react';
import { Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useCapacity } from '../../../api/capacity';
import type { CapacityReport } from '../../../api/capacityTypes';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useWeekRange, type WeekRange } from '../useWeekRange';
import { WeekRangeFields } from '../WeekRangeFields';
import { firstConstraintKey, weeksLabel } from './capacityLabels';
import { CapacityWeeksTable } from './CapacityWeeksTable';
import { LoadSection } from './LoadSection';
import { WhatIfPanel } from './WhatIfPanel';

const WEEK_CHOICES = ['12', '26', '52'];
const DEFAULT_WEEKS = 26;

/** Whether people and equipment can build the plan, week by week, and what more people would do. */
export function CapacityPage() {
  const range = useWeekRange(WEEK_CHOICES, DEFAULT_WEEKS);
  const report = useCapacity({ weeks: range.weeks, from: range.from });
  const infeasible = report.data?.verdicts.filter((v) => !v.feasible).length ?? 0;
  return (
    <>
      <PageHeader
        title="Capacity"
        description="The build plan against the hours of each work centre (stations, shifts, efficiency) and each role (people on the roster and planned hires, on their learning curves)."
      />
      <Group gap="sm" mb="md" align="flex-end">
        <WeekRangeFields range={range} choices={WEEK_CHOICES} testIdPrefix="capacity" />
        {report.data && (
          <Text
            size="sm"
            mb={6}
            fw={600}
            c={infeasible ? 'red.7' : 'green.8'}
            data-testid="capacity-summary"
          >
            {infeasible
              ? `Over capacity ${weeksLabel(infeasible, report.data.verdicts.length)}`
              : 'Every week fits'}
          </Text>
        )}
      </Group>
      <Stack gap="lg">
        {report.error && <ProblemAlert error={report.error} title="Capacity could not be loaded" />}
        {report.data ? (
          <CapacityView report={report.data} range={range} />
        ) : (
          report.isPending && <Skeleton height={420} radius="md" />
        )}
      </Stack>
    </>
  );
}

function CapacityView({ report, range }: { report: CapacityReport; range: WeekRange }) {
  const [shown, setShown] = useState<string | null>(null);
  return (
    <>
      <Paper withBorder radius="md">
        <CapacityWeeksTable report={report} onShow={setShown} />
      </Paper>
      <LoadSection
        report={report}
        value={shown ?? firstConstraintKey(report)}
        onChange={setShown}
      />
      <WhatIfPanel
        key={`${range.weeks}|${range.from ?? ''}`}
        report={report}
        from={range.from}
        weeks={range.weeks}
      />
    </>
  );
}
