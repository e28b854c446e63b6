import { useState } from 'react';
import { Paper } from '@mantine/core';
import { useAuditLog, type AuditFilters } from '../../../api/audit';
import type { AuditEntry } from '../../../api/types';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';

export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [selected, setSelected] = useState<AuditEntry | null>(null);
  const audit = useAuditLog(filters);
  const entries = audit.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in Rigline: who did it, when, and the record before and after. Select a row to see the change."
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <AuditFiltersForm onApply={setFilters} />
      </Paper>
      {audit.error && (
        <ProblemAlert error={audit.error} title="Audit entries could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={audit.error ? 'md' : 0}>
        <AuditTable entries={entries} loading={audit.isPending} onSelect={setSelected} />
      </Paper>
      <LoadMoreButton
        hasMore={audit.hasNextPage}
        loading={audit.isFetchingNextPage}
        onLoadMore={() => void audit.fetchNextPage()}
      />
      <AuditEntryDrawer entry={selected} onClose={() => setSelected(null)} />
    </>
  );
}
