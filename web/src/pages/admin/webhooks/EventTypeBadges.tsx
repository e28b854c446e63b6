import { Badge, Group, Tooltip } from '@mantine/core';

const SHOWN = 3;

export function EventTypeBadges({ eventTypes }: { eventTypes: string[] }) {
  const hidden = eventTypes.slice(SHOWN);
  return (
    <Group gap={4}>
      {eventTypes.slice(0, SHOWN).map((type) => (
        <Badge key={type} variant="light" color="gray" radius="sm" tt="none">
          {type}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Tooltip label={hidden.join(', ')} multiline maw={320}>
          <Badge variant="outline" color="gray" radius="sm">
            +{hidden.length} more
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
