import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ImportComparison } from '../../../api/tradeTypes';
import { formatBp } from '../../../lib/format';
import { modeLabel } from '../tradeLabels';
import { breakEvenText, verdictText } from './compareLabels';
import { CostLines } from '../../../components/CostLines';
import { OriginDecision } from './OriginDecision';

interface ImportRouteCardProps {
  item: ImportComparison;
  index: number;
}

/** One import route: its origin decision, landed cost and how it compares with the US build. */
export function ImportRouteCard({ item, index }: ImportRouteCardProps) {
  const { landed, route } = item;
  const mode = modeLabel(route.mode);
  const usWins = item.cheaper === 'us_build';
  return (
    <Paper withBorder radius="md" p="md" data-testid={`compare-route-${index}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={600}>{route.name}</Text>
          {mode && (
            <Badge variant="outline" color="gray" radius="sm">
              {mode}
            </Badge>
          )}
        </Group>
        <OriginDecision route={route} />
        <CostLines
          lines={[
            { label: 'FOB price', cents: landed.fobCents },
            { label: 'Freight', cents: landed.freightCents },
            { label: 'Insurance', cents: landed.insuranceCents },
            {
              label: 'Duty',
              hint: formatBp(landed.duty.totalRateBp),
              cents: landed.duty.totalCents,
            },
            { label: 'Brokerage', cents: landed.brokerageCents },
            { label: 'Expected customs holding', cents: landed.holdingCents },
          ]}
          totalLabel="Landed cost"
          totalCents={landed.totalCents}
          totalTestId={`compare-landed-total-${index}`}
        />
        {landed.duty.lines.length > 0 && (
          <Text size="xs" c="dimmed">
            Duty:{' '}
            {landed.duty.lines
              .map((line) => `${line.program} ${formatBp(line.rateBp)}`)
              .join(' + ')}
          </Text>
        )}
        <Badge
          color={usWins ? 'teal' : 'red'}
          variant="light"
          size="lg"
          radius="sm"
          tt="none"
          fullWidth
          data-testid="compare-verdict"
        >
          {verdictText(item)}
        </Badge>
        <Text size="xs" c="dimmed">
          {breakEvenText(item)}
        </Text>
      </Stack>
    </Paper>
  );
}
