import { Anchor, Badge, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import type { HealthFault, SiteFaults } from '../../../api/fleetHealthTypes';
import { HEALTH_FAULTS } from '../../../api/fleetHealthTypes';
import { formatNumber } from '../../../lib/format';
import { fleetFaultsPath } from '../fleetPaths';
import { formatShare } from '../fleetFormat';
import { FAULT_LABELS } from '../health/healthFormat';

interface SiteFaultsCardProps {
  siteId: string;
  faults: SiteFaults;
  machines: number;
}

/**
 * The site's open faults: machines with any, and episodes by kind. A kind filters the machine
 * table below to the machines that have it.
 */
export function SiteFaultsCard({ siteId, faults, machines }: SiteFaultsCardProps) {
  const [, setParams] = useSearchParams();
  const kinds = HEALTH_FAULTS.flatMap((f) => {
    const count = faults.byFault[f] ?? 0;
    return count > 0 ? [{ fault: f, count }] : [];
  }).sort((a, b) => b.count - a.count);
  const show = (fault: HealthFault) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('fault', fault);
        next.delete('status');
        return next;
      },
      { replace: true },
    );
    document
      .querySelector('[data-testid="machine-table-section"]')
      ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="site-faults">
      <Group justify="space-between" gap="xs" mb="xs">
        <Text fw={600}>Faults</Text>
        <Anchor component={Link} to={fleetFaultsPath({ site: siteId })} size="sm">
          Every fault of this site
        </Anchor>
      </Group>
      {faults.machines === 0 ? (
        <Group gap={6} data-testid="site-faults-none">
          <IconCircleCheck size={18} color="var(--mantine-color-green-filled)" />
          <Text size="sm" c="dimmed">
            No open fault: every machine reads healthy.
          </Text>
        </Group>
      ) : (
        <>
          <Text size="sm" mb="sm">
            <Text span fw={700} c="red.7" data-testid="site-faulty-machines">
              {formatNumber(faults.machines)}
            </Text>{' '}
            {faults.machines === 1 ? 'machine has' : 'machines have'} open faults
            {machines > 0 && ` (${formatShare(faults.machines / machines)} of the site)`}.
          </Text>
          <Group gap="xs">
            {kinds.map(({ fault, count }) => (
              <UnstyledButton
                key={fault}
                onClick={() => show(fault)}
                title={`Show the machines with “${FAULT_LABELS[fault]}”`}
                data-testid={`site-fault-${fault}`}
              >
                <Badge color="red" variant="light" size="lg" style={{ cursor: 'pointer' }}>
                  {FAULT_LABELS[fault]} · {formatNumber(count)}
                </Badge>
              </UnstyledButton>
            ))}
          </Group>
        </>
      )}
    </Paper>
  );
}
