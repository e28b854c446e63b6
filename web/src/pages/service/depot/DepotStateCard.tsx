import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DepotItem } from '../../../api/depotTypes';
import type { RmaStatus } from '../../../api/serviceTypes';
import { formatNumber } from '../../../lib/format';
import { RMA_STATUS_COLORS, RMA_STATUS_LABELS } from '../serviceLabels';
import { repairPath } from '../servicePaths';
import { SlaClock } from '../SlaClock';

/** A bulk return may put thousands in one state: the first ones show, the rest on request. */
const SHOWN = 25;

interface DepotStateCardProps {
  status: RmaStatus;
  /** Least SLA time left first, as the server sorts them. */
  items: DepotItem[];
  faultName: (code: string) => string;
}

/** One state of the board: how many machines are in it, and each one's clock. */
export function DepotStateCard({ status, items, faultName }: DepotStateCardProps) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  const breached = items.filter((i) => i.sla.breached).length;
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`depot-state-${status}`}>
      <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
        <Text fw={700} size="sm">
          {RMA_STATUS_LABELS[status]}
        </Text>
        <Group gap={4} wrap="nowrap">
          {breached > 0 && (
            <Badge color="red" size="sm" variant="filled" data-testid="depot-state-breached">
              {formatNumber(breached)} late
            </Badge>
          )}
          <Badge
            color={RMA_STATUS_COLORS[status]}
            size="sm"
            variant="light"
            data-testid="depot-state-count"
          >
            {formatNumber(items.length)}
          </Badge>
        </Group>
      </Group>
      <Stack gap={6}>
        {items.length === 0 && (
          <Text size="xs" c="dimmed">
            None.
          </Text>
        )}
        {shown.map((item) => (
          <Stack
            key={item.id}
            gap={0}
            p={6}
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              background: item.sla.breached
                ? 'var(--mantine-color-red-light)'
                : 'var(--mantine-color-default-hover)',
            }}
            data-testid={`depot-item-${item.serial}`}
            data-breached={item.sla.breached}
          >
            <Anchor
              component={Link}
              to={repairPath(item.id)}
              ff="monospace"
              fw={600}
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              {item.serial}
            </Anchor>
            <Group justify="space-between" gap={6} wrap="nowrap">
              <SlaClock sla={item.sla} />
              <Text size="xs" c="dimmed">
                {item.customerCode}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" truncate>
              {item.rma} · {faultName(item.reportedFault)}
            </Text>
          </Stack>
        ))}
        {items.length > SHOWN && (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => setAll(!all)}
            data-testid="depot-state-show-all"
          >
            {all ? 'Show fewer' : `Show all ${formatNumber(items.length)}`}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
