import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';

/** "← Purchase orders": back to the list a detail page belongs to. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor
      component={Link}
      to={to}
      size="sm"
      mb="xs"
      display="inline-block"
      data-testid="back-link"
    >
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} />
        {label}
      </Group>
    </Anchor>
  );
}
