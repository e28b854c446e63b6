import { useMemo } from 'react';
import { Group, Pagination, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useFleetSites } from '../../../api/fleet';
import { useFaults } from '../../../api/fleetHealth';
import { HEALTH_FAULTS, type HealthFault } from '../../../api/fleetHealthTypes';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { FAULT_OPTIONS } from '../health/healthFormat';
import { FaultsTable } from './FaultsTable';

const PAGE_SIZE = 100;
type StatusChoice = 'open' | 'resolved' | 'all';

/**
 * Fault episodes across the fleet (`/fleet/faults`): open by default, by kind and by site; each
 * row links its machine and the draft, RMA or visit it went to. Staff read every customer's,
 * a customer its own sites' (the server scopes it). The filters live in the address.
 */
export function FleetFaultsPage() {
  const isCustomer = useCurrentUser().roles.includes('customer');
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: StatusChoice = rawStatus === 'resolved' || rawStatus === 'all' ? rawStatus : 'open';
  const rawFault = params.get('fault');
  const fault = HEALTH_FAULTS.includes(rawFault as HealthFault) ? (rawFault as HealthFault) : null;
  const site = params.get('site');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };

  const sites = useFleetSites();
  const faults = useFaults({
    status: status === 'all' ? null : status,
    fault,
    siteId: site,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const siteOptions = (sites.data?.items ?? []).map(({ site: s }) => ({
    value: s.id,
    label: isCustomer ? `${s.code} · ${s.name}` : `${s.code} · ${s.name} (${s.customerName})`,
  }));
  const customerOf = useMemo(
    () =>
      isCustomer
        ? null
        : new Map((sites.data?.items ?? []).map(({ site: s }) => [s.id, s.customerName])),
    [isCustomer, sites.data],
  );
  const total = faults.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader
        title="Faults"
        description={
          isCustomer
            ? 'What health detection found on your machines, and the repair each fault went to.'
            : 'What health detection found across every customer’s fleet, and the ticket each fault went to.'
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" data-testid="fault-filters">
          <SegmentedControl
            value={status}
            onChange={(value) => set({ status: value === 'open' ? null : value })}
            data={[
              { value: 'open', label: 'Open' },
              { value: 'resolved', label: 'Resolved' },
              { value: 'all', label: 'All' },
            ]}
            aria-label="Open or resolved"
            data-testid="fault-status-filter"
          />
          <Select
            aria-label="Filter by fault"
            placeholder="Every fault"
            data={FAULT_OPTIONS}
            value={fault}
            onChange={(value) => set({ fault: value })}
            clearable
            style={{ flex: '0 1 240px' }}
            data-testid="fault-kind-filter"
          />
          <Select
            aria-label="Filter by site"
            placeholder="Every site"
            data={siteOptions}
            value={site}
            onChange={(value) => set({ site: value })}
            clearable
            searchable
            style={{ flex: '0 1 340px' }}
            data-testid="fault-site-filter"
          />
        </Group>
        {faults.error && <ProblemAlert error={faults.error} title="Faults could not be loaded" />}
        {faults.data && (
          <Text size="sm" c="dimmed" data-testid="fault-count">
            {total === 1 ? '1 fault' : `${formatNumber(total)} faults`}
          </Text>
        )}
        <Paper withBorder radius="md">
          <FaultsTable
            faults={faults.data?.items ?? []}
            loading={faults.isPending}
            customerOf={customerOf}
          />
          {pages > 1 && (
            <Group justify="flex-end" p="sm" data-testid="fault-pager">
              <Pagination
                size="sm"
                total={pages}
                value={Math.min(page, pages)}
                onChange={(value) => set({ page: value > 1 ? String(value) : null })}
                siblings={1}
                boundaries={1}
              />
            </Group>
          )}
        </Paper>
      </Stack>
    </>
  );
}
