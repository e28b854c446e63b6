import { Badge, Card, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useVisits } from '../../../api/field';
import type { VisitSummary } from '../../../api/fieldTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { todayIso } from '../../../lib/isoDates';
import { visitPath } from '../servicePaths';
import { formatMinutes, windowText } from './fieldLabels';
import { VisitStatusBadge } from './VisitStatusBadge';

/** Work still ahead of the technician; completed and cancelled visits are history. */
const OPEN = new Set(['planned', 'scheduled', 'checked_in']);

/**
 * The signed-in technician's visits in route order, as cards a thumb can open: the first thing
 * a technician sees in the Field tab, on a phone at the site gate.
 */
export function MyVisits() {
  const visits = useVisits({ mine: true });
  const open = (visits.data?.items ?? []).filter((v) => OPEN.has(v.status));
  const today = todayIso();
  return (
    <Stack gap="xs" data-testid="my-visits" data-loaded={visits.data !== undefined}>
      <Title order={4}>My visits</Title>
      <ProblemAlert error={visits.error} title="Your visits could not be loaded" />
      {visits.isPending && <Skeleton height={96} radius="md" />}
      {visits.data && open.length === 0 && (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed" data-testid="my-visits-none">
            No visit ahead of you. Visits reach you once your login is linked to your technician
            record (Technicians, below) and a dispatch plan is applied.
          </Text>
        </Paper>
      )}
      {open.map((v) => (
        <VisitCard key={v.id} visit={v} today={v.scheduledOn === today} />
      ))}
    </Stack>
  );
}

function VisitCard({ visit: v, today }: { visit: VisitSummary; today: boolean }) {
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component={Link}
      to={visitPath(v.number)}
      style={{ textDecoration: 'none', color: 'inherit' }}
      data-testid={`my-visit-${v.number}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={700} ff="monospace" size="sm">
              {v.number}
            </Text>
            <VisitStatusBadge status={v.status} />
            {today && (
              <Badge size="sm" color="teal" variant="filled">
                Today
              </Badge>
            )}
          </Group>
          <Text fw={600} truncate>
            {v.siteName}
          </Text>
          <Text size="sm" c="dimmed">
            {v.customerCode} · {formatNumber(v.units)} machine{v.units === 1 ? '' : 's'} ·{' '}
            {formatMinutes(v.durationMin)}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {v.scheduledOn
              ? `${v.scheduledOn}${v.routeOrder !== null ? ` · stop ${v.routeOrder}` : ''}`
              : `Window ${windowText(v.windowStart, v.windowEnd)}`}{' '}
            · SLA {v.dueBy}
          </Text>
        </Stack>
        <IconChevronRight size={20} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
      </Group>
    </Card>
  );
}
