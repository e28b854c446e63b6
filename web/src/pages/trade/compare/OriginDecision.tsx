import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ImportComparison } from '../../../api/tradeTypes';
import { originBasisLabel, originLabel } from '../tradeLabels';

/**
 * The origin a route declares, the rule it rests on and the evidence: e.g. "assembled in
 * Malaysia from Chinese hashboards" is China-origin when origin follows the hashboards.
 */
export function OriginDecision({ route }: { route: ImportComparison['route'] }) {
  return (
    <Stack gap={4} data-testid="origin-decision">
      <Group gap={6}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          Origin decision
        </Text>
        <Badge variant="light" color="indigo" radius="sm" tt="none">
          {originLabel(route.origin)}
        </Badge>
      </Group>
      <Text size="sm">Origin taken as {originBasisLabel(route.originBasis)}.</Text>
      {route.originEvidence && (
        <Text size="xs" c="dimmed" fs="italic">
          Evidence: {route.originEvidence}
        </Text>
      )}
    </Stack>
  );
}
