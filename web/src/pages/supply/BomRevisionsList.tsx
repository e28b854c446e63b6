import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useBomRevisions } from '../../api/catalog';
import { ProblemAlert } from '../../components/ProblemAlert';

/** Every BOM revision of a part, oldest first, with its dates, labour and lines. */
export function BomRevisionsList({ partId, date }: { partId: string; date: string }) {
  const revisions = useBomRevisions(partId);
  if (revisions.error) return <ProblemAlert error={revisions.error} />;
  if (revisions.isPending)
    return (
      <Text size="sm" c="dimmed">
        Loading revisions…
      </Text>
    );
  const items = revisions.data.items;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="bom-revisions">
        No BOM: this part is bought, not built.
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="bom-revisions">
      {items.map((revision) => {
        const inForce =
          revision.effectiveFrom <= date &&
          (revision.effectiveTo === null || date < revision.effectiveTo);
        return (
          <Paper key={revision.id} withBorder radius="sm" p="xs">
            <Group gap="xs" mb={4}>
              <Text fw={600} size="sm">
                Revision {revision.revision}
              </Text>
              <Text size="xs" c="dimmed">
                from {revision.effectiveFrom}
                {revision.effectiveTo
                  ? ` to ${revision.effectiveTo} (excl.)`
                  : ', open-ended'} · {revision.labourMinutes} min labour
              </Text>
              {inForce && (
                <Badge size="xs" color="green" variant="light">
                  in force on {date}
                </Badge>
              )}
            </Group>
            <Text size="xs">
              {revision.lines.map((line) => `${line.quantity} × ${line.partNumber}`).join(' · ')}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
