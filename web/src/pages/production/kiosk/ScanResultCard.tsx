import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ScanResult } from '../../../api/shopFloorTypes';
import { formatNumber } from '../../../lib/format';
import { UNIT_KIND_LABELS } from '../productionLabels';
import { unitPath } from '../productionPaths';
import { UnitStatusBadge } from '../UnitStatusBadge';
import type { KioskMode } from './kioskModes';
import { NextStepActions } from './NextStepActions';

interface ScanResultCardProps {
  scan: ScanResult;
  station: string;
  /** Line roles may act; others only see the next step. */
  canAct: boolean;
  onDone: (title: string) => void;
  onGo: (mode: KioskMode, serial?: string) => void;
}

/** What a scanned serial is, its status, and its next step with the action for it. */
export function ScanResultCard({ scan, station, canAct, onDone, onGo }: ScanResultCardProps) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid="kiosk-scan-result" data-step={scan.next.step}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} ff="monospace" data-testid="kiosk-scan-serial">
                {scan.serial}
              </Title>
              <UnitStatusBadge status={scan.status} testId="kiosk-scan-status" />
            </Group>
            <Text c="dimmed">
              {UNIT_KIND_LABELS[scan.kind]} · {scan.model}
              {scan.attempts > 0 && ` · ${formatNumber(scan.attempts)} burn-in attempt(s)`}
              {scan.installedIn && (
                <>
                  {' · in '}
                  <Anchor component={Link} to={unitPath(scan.installedIn)} ff="monospace">
                    {scan.installedIn}
                  </Anchor>
                </>
              )}
            </Text>
          </Stack>
          <Anchor component={Link} to={unitPath(scan.serial)} size="sm">
            Open its record
          </Anchor>
        </Group>
        <Paper bg="var(--mantine-color-default-hover)" radius="md" p="md">
          <Group gap="sm" wrap="nowrap">
            <IconArrowRight size={28} style={{ flexShrink: 0 }} />
            <Text size="xl" fw={600} data-testid="kiosk-scan-hint">
              {scan.next.hint}
            </Text>
          </Group>
        </Paper>
        {canAct && (
          <NextStepActions
            key={`${scan.serial}|${scan.status}|${scan.next.step}`}
            scan={scan}
            station={station}
            onDone={onDone}
            onGo={onGo}
          />
        )}
        {!canAct && scan.next.step !== 'none' && (
          <Badge variant="light" color="gray">
            Recording needs the Production or Planner role
          </Badge>
        )}
      </Stack>
    </Paper>
  );
}
