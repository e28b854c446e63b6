import { Paper } from '@mantine/core';
import { useSupplySources } from '../../../api/sales';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SourcesTable } from './SourcesTable';

/** What promises rest on, read-only: sources are kept through the API (sales, logistics, trade). */
export function SourcesPage() {
  const sources = useSupplySources();
  return (
    <>
      <PageHeader
        title="Sources"
        description="Where promised machines come from: the US plant (as much as its build plan makes) and the import lanes, each with its transit time, weekly allotment and chance of a customs hold."
      />
      {sources.error && (
        <ProblemAlert error={sources.error} title="Supply sources could not be loaded" />
      )}
      <Paper withBorder radius="md" mt={sources.error ? 'md' : 0}>
        <SourcesTable sources={sources.data?.items ?? []} loading={sources.isPending} />
      </Paper>
    </>
  );
}
