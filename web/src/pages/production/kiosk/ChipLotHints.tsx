import { Badge, Group, Text } from '@mantine/core';
import { useBalances } from '../../../api/supply';
import { formatNumber } from '../../../lib/format';

interface ChipLotHintsProps {
  /** The work order's line (location id). */
  lineLocationId: string;
  /** The model's chip part number. */
  chip: string;
  onPick: (lotCode: string) => void;
}

/**
 * The chip lots on the work order's line, to tap instead of scanning; on hand, since a kit holds
 * its chips for the work order it was made for.
 */
export function ChipLotHints({ lineLocationId, chip, onPick }: ChipLotHintsProps) {
  const balances = useBalances({ location: lineLocationId, nonZero: true });
  const lots = (balances.data?.items ?? []).filter(
    (b) => b.partNumber === chip && b.lotCode && b.onHand > 0,
  );
  if (balances.isPending) return null;
  return (
    <Group gap="xs" data-testid="kiosk-chip-lots">
      <Text size="sm" c="dimmed">
        {chip} lots on the line:
      </Text>
      {lots.length === 0 && (
        <Text size="sm" c="orange.7">
          none: kit the work order first
        </Text>
      )}
      {lots.map((lot) => (
        <Badge
          key={lot.lotCode}
          component="button"
          type="button"
          size="lg"
          variant="light"
          style={{ cursor: 'pointer', textTransform: 'none' }}
          onClick={() => onPick(lot.lotCode!)}
          data-testid="kiosk-chip-lot"
          data-lot={lot.lotCode}
        >
          {lot.lotCode} · {formatNumber(lot.onHand)}
        </Badge>
      ))}
    </Group>
  );
}
