import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { DispatchPlan } from '../../../../api/fieldTypes';
import { formatMinutes } from '../fieldLabels';

interface DispatchLegendProps {
  plan: DispatchPlan;
  technicians: { code: string; name: string }[];
  colors: Map<string, string>;
}

/**
 * Who drives where, in the colors of the map and the timeline: each technician's days on the
 * road, visits, driving and work over the plan.
 */
export function DispatchLegend({ plan, technicians, colors }: DispatchLegendProps) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid="dispatch-legend">
      <Stack gap={6}>
        <Text fw={600} size="sm">
          Routes by technician
        </Text>
        {technicians.map((t) => {
          const routes = plan.routes.filter((r) => r.technician === t.code);
          const stops = routes.reduce((n, r) => n + r.stops.length, 0);
          const travel = routes.reduce((n, r) => n + r.travelMin, 0);
          const work = routes.reduce((n, r) => n + r.workMin, 0);
          return (
            <Group
              key={t.code}
              gap="xs"
              wrap="nowrap"
              align="flex-start"
              data-testid={`dispatch-legend-${t.code}`}
            >
              <Box
                mt={4}
                w={12}
                h={12}
                style={{ borderRadius: 3, background: colors.get(t.code), flexShrink: 0 }}
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {t.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {routes.length === 0
                    ? 'No route in this plan'
                    : `${routes.length} day${routes.length === 1 ? '' : 's'} · ${stops} visit${stops === 1 ? '' : 's'} · ${formatMinutes(travel)} driving · ${formatMinutes(work)} on site`}
                </Text>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
