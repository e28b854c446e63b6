import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { Ramp } from '../../../api/capacityTypes';
import { EMPTY_VALUE, formatNumber } from '../../../lib/format';
import { currentWeek } from './rampChartOption';

interface StatProps {
  label: string;
  value: ReactNode;
  note: ReactNode;
  /** Colour of a value behind its target. */
  color?: string;
  testId: string;
}

function Stat({ label, value, note, color, testId }: StatProps) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} c={color} data-testid={testId}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {note}
      </Text>
    </Paper>
  );
}

const behind = (value: number | null | undefined, target: number | undefined) =>
  value !== null && value !== undefined && target !== undefined && value < target
    ? 'orange.7'
    : undefined;

/** Where the ramp stands: the phase now, this week's plan, last week's output, headcount. */
export function RampSummary({ ramp }: { ramp: Ramp }) {
  const now = currentWeek(ramp.weeks);
  const last = now ? ramp.weeks[ramp.weeks.indexOf(now) - 1] : undefined;
  const phase = ramp.phases.find((p) => p.code === now?.phase);
  const people = ramp.headcount.filter((month) => month.actual !== null).at(-1);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <Stat
        label="Phase now"
        value={phase?.code ?? EMPTY_VALUE}
        note={phase ? `${phase.name} · ${formatNumber(phase.targetPerWeek)} a week` : 'No phase'}
        testId="ramp-stat-phase"
      />
      <Stat
        label="Planned this week"
        value={formatNumber(now?.planned)}
        note={now ? `Target ${formatNumber(now.target)} · week of ${now.week}` : EMPTY_VALUE}
        color={behind(now?.planned, now?.target)}
        testId="ramp-stat-planned"
      />
      <Stat
        label="Built last week"
        value={formatNumber(last?.built)}
        note={
          last
            ? `${formatNumber(last.passed)} passed burn-in · target ${formatNumber(last.target)}`
            : EMPTY_VALUE
        }
        color={behind(last?.built, last?.target)}
        testId="ramp-stat-built"
      />
      <Stat
        label="On staff"
        value={formatNumber(people?.actual)}
        note={people ? `Target ${formatNumber(people.target)} for ${people.month}` : EMPTY_VALUE}
        color={behind(people?.actual, people?.target)}
        testId="ramp-stat-headcount"
      />
    </SimpleGrid>
  );
}
