import { useMemo } from 'react';
import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useFleetSites } from '../../../api/fleet';
import { useRepairDrafts } from '../../../api/fleetHealth';
import { DRAFT_STATUSES, type DraftStatus } from '../../../api/fleetHealthTypes';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { DRAFT_STATUS_LABELS } from '../health/healthFormat';
import { DraftsTable } from './DraftsTable';

/** The list endpoint's most; older drafts are reached through their machines and faults. */
const LIMIT = 500;

/**
 * Repair drafts (`/fleet/repair-drafts`): RMAs prepared from faults with their evidence, those
 * awaiting a decision first. Staff see every customer's, a customer its own.
 */
export function RepairDraftsPage() {
  const isCustomer = useCurrentUser().roles.includes('customer');
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: DraftStatus | 'all' =
    raw === 'all' || DRAFT_STATUSES.includes(raw as DraftStatus)
      ? (raw as DraftStatus | 'all')
      : 'draft';
  const site = params.get('site');
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const drafts = useRepairDrafts({
    status: status === 'all' ? null : status,
    siteId: site,
    limit: LIMIT,
  });
  const sites = useFleetSites();
  const siteMap = useMemo(
    () => new Map((sites.data?.items ?? []).map(({ site: s }) => [s.id, s])),
    [sites.data],
  );
  const items = drafts.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Repair drafts"
        description={
          isCustomer
            ? 'Repairs prepared from what your machines reported, with the evidence. Confirm one to open its RMA, or dismiss it.'
            : 'RMAs prepared from detected faults, with the evidence attached: the service desk or the customer confirms or dismisses each.'
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" data-testid="draft-filters">
          <Select
            value={status}
            onChange={(value) => set('status', !value || value === 'draft' ? null : value)}
            data={[
              ...DRAFT_STATUSES.map((s) => ({ value: s, label: DRAFT_STATUS_LABELS[s] })),
              { value: 'all', label: 'Every status' },
            ]}
            allowDeselect={false}
            aria-label="Draft status"
            style={{ flex: '0 1 220px' }}
            data-testid="draft-status-filter"
          />
          <Select
            aria-label="Filter by site"
            placeholder="Every site"
            data={[...siteMap.values()].map((s) => ({
              value: s.id,
              label: `${s.code} · ${s.name}`,
            }))}
            value={site}
            onChange={(value) => set('site', value)}
            clearable
            searchable
            style={{ flex: '0 1 320px' }}
            data-testid="draft-site-filter"
          />
        </Group>
        {drafts.error && (
          <ProblemAlert error={drafts.error} title="Repair drafts could not be loaded" />
        )}
        {drafts.data && (
          <Text size="sm" c="dimmed" data-testid="draft-count">
            {items.length === 1 ? '1 draft' : `${formatNumber(items.length)} drafts`}
            {items.length >= LIMIT && ` (the newest ${formatNumber(LIMIT)})`}
          </Text>
        )}
        <Paper withBorder radius="md">
          <DraftsTable
            drafts={items}
            loading={drafts.isPending}
            sites={siteMap}
            showCustomer={!isCustomer}
          />
        </Paper>
      </Stack>
    </>
  );
}
