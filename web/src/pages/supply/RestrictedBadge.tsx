import { Badge, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface RestrictedBadgeProps {
  /** The list the supplier is on, e.g. "Entity List". */
  list: string | null;
  /** The warning a buyer sees; shown on hover. */
  warning?: string | null;
  size?: 'xs' | 'sm' | 'md';
}

/** Red "Restricted: Entity List" on a supplier flagged as a restricted party. */
export function RestrictedBadge({ list, warning, size = 'sm' }: RestrictedBadgeProps) {
  const badge = (
    <Badge
      color="red"
      variant="filled"
      size={size}
      radius="sm"
      tt="none"
      leftSection={<IconAlertTriangle size={12} />}
      data-testid="restricted-badge"
    >
      Restricted{list ? `: ${list}` : ''}
    </Badge>
  );
  if (!warning) return badge;
  return (
    <Tooltip label={warning} multiline maw={360} withArrow>
      {badge}
    </Tooltip>
  );
}
