import { Badge, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { AuditEntry } from '../../../api/types';
import { changedKeys } from '../../../lib/changedKeys';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { actorDisplayName } from './actorDisplayName';
import { JsonSnapshot } from './JsonSnapshot';

interface AuditEntryDrawerProps {
  /** The entry shown; the drawer is closed when null. */
  entry: AuditEntry | null;
  onClose: () => void;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </div>
  );
}

export function AuditEntryDrawer({ entry, onClose }: AuditEntryDrawerProps) {
  const isSmallScreen = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size={isSmallScreen ? '100%' : '70%'}
      title={entry ? `${entry.action} · ${entry.entityType} ${entry.entityId}` : ''}
    >
      {entry && (
        <Stack data-testid="audit-detail">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <Fact label="Time" value={formatDateTime(entry.at, true)} />
            <Fact label="Actor" value={`${actorDisplayName(entry)} (${entry.actorType})`} />
            <Fact label="Actor ID" value={entry.actorId ?? EMPTY_VALUE} />
            <Fact label="Entity" value={`${entry.entityType} ${entry.entityId}`} />
            <Fact label="Request ID" value={entry.requestId ?? EMPTY_VALUE} />
          </SimpleGrid>
          <ChangedFields before={entry.before} after={entry.after} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <JsonSnapshot
              title="Before"
              value={entry.before}
              emptyText="Nothing before: the entity was created."
              testId="audit-before"
            />
            <JsonSnapshot
              title="After"
              value={entry.after}
              emptyText="Nothing after: the entity was deleted."
              testId="audit-after"
            />
          </SimpleGrid>
        </Stack>
      )}
    </Drawer>
  );
}

function ChangedFields({ before, after }: { before: unknown; after: unknown }) {
  const keys = changedKeys(before, after);
  if (keys.length === 0) return null;
  return (
    <Group gap={6}>
      <Text size="sm" c="dimmed">
        Changed:
      </Text>
      {keys.map((key) => (
        <Badge key={key} variant="light" color="yellow" radius="sm" tt="none">
          {key}
        </Badge>
      ))}
    </Group>
  );
}
