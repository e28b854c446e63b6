import { Badge, Tooltip } from '@mantine/core';

/** "unc": the value next to it comes from a source that is not confirmed. */
export function UncertainBadge() {
  return (
    <Tooltip label="Uncertain: not confirmed by the maker's specification" withArrow>
      <Badge
        size="xs"
        color="yellow"
        variant="light"
        radius="sm"
        tt="none"
        ml={4}
        data-testid="unc-badge"
      >
        unc
      </Badge>
    </Tooltip>
  );
}
