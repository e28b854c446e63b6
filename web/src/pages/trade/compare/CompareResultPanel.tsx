import { Grid, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CompareResult } from '../../../api/tradeTypes';
import { Chart } from '../../../components/charts/Chart';
import { compareChartOption } from './compareChartOption';
import { ImportRouteCard } from './ImportRouteCard';
import { UsBuildCard } from './UsBuildCard';

interface CompareResultPanelProps {
  result: CompareResult;
  labourCentsPerHour: number;
  /** The first result carries the test ids the journeys look for. */
  first: boolean;
}

/** One result (tariffs in force, or one scenario): the US build, the chart and every route. */
export function CompareResultPanel({ result, labourCentsPerHour, first }: CompareResultPanelProps) {
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const chartHeight = 110 + 46 * (result.imports.length + 1);
  return (
    <Stack gap="md" data-testid="compare-result">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5, xl: 4 }}>
          <UsBuildCard
            usBuild={result.usBuild}
            labourCentsPerHour={labourCentsPerHour}
            totalTestId={first ? 'compare-us-total' : undefined}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7, xl: 8 }}>
          <Paper withBorder radius="md" p="md" h="100%">
            <Text fw={600} mb="xs">
              Cost per unit, by component
            </Text>
            <Chart
              option={compareChartOption(result, narrow)}
              height={chartHeight}
              ariaLabel="Stacked bars of the US build cost and each import route's landed cost"
              data-testid="compare-chart"
            />
          </Paper>
        </Grid.Col>
      </Grid>
      {result.imports.length === 0 ? (
        <Text c="dimmed" size="sm">
          This model has no import route to compare with.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="md">
          {result.imports.map((item, index) => (
            <ImportRouteCard key={item.route.id} item={item} index={index} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
