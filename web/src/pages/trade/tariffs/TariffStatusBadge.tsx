import { Badge, Group, Text, Tooltip } from '@mantine/core';
import type { TariffRow } from '../../../api/tradeTypes';
import { STATUS_COLORS, STATUS_LABELS } from '../tradeLabels';

/** Status today; a voided row says when, a later void is announced. */
export function TariffStatusBadge({ row }: { row: TariffRow }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={STATUS_COLORS[row.status]} variant="light" data-testid="tariff-status">
        {STATUS_LABELS[row.status]}
      </Badge>
      {row.voidedOn && (
        <Text size="xs" c={row.status === 'voided' ? 'orange.8' : 'dimmed'}>
          {row.status === 'voided' ? 'on' : 'voided on'} {row.voidedOn}
        </Text>
      )}
    </Group>
  );
}

/** Marks a row whose date or rate is not confirmed. */
export function UncertainMarker() {
  return (
    <Tooltip label="Date or rate not confirmed; check the legal reference" withArrow>
      <Badge
        color="yellow"
        variant="outline"
        size="xs"
        radius="sm"
        tt="none"
        data-testid="tariff-uncertain"
      >
        uncertain
      </Badge>
    </Tooltip>
  );
}
