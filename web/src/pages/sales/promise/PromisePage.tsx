import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useLastPromiseRun, useRunPromise } from '../../../api/promise';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { PromiseChangesTable } from './PromiseChangesTable';
import { PromiseLinesTable } from './PromiseLinesTable';
import { PromiseWhatIfPanel } from './PromiseWhatIfPanel';
import { RunFacts } from './RunFacts';

/**
 * Re-promise the open order book and read the answer: how the solver did, what moved since the
 * previous run, every line's dates; and what-ifs that save nothing.
 */
export function PromisePage() {
  const run = useRunPromise();
  const last = useLastPromiseRun();
  const result = last.data;

  const rePromise = () =>
    run.mutate(
      { trigger: 'manual' },
      {
        onSuccess: (done) =>
          notifications.show({
            color: 'green',
            title: 'Re-promised',
            message: `${formatNumber(done.lines.length)} lines; ${formatNumber(done.changes.length)} moved since the previous run.`,
          }),
      },
    );

  return (
    <>
      <PageHeader
        title="Promise"
        description="Dates for every open order line from the US plant and the import lanes: the least landed cost, lateness weighed by customer priority. Arrival dates at even odds (P50) and at 90% (P90)."
        actions={
          <Button
            leftSection={<IconRefresh size={16} />}
            loading={run.isPending}
            onClick={rePromise}
            data-testid="promise-run"
          >
            Re-promise now
          </Button>
        }
      />
      <Stack gap="lg">
        {run.error && <ProblemAlert error={run.error} title="The re-promise failed" />}
        {result ? (
          <>
            <RunFacts run={result.run} lines={result.lines.length} />
            <Stack gap="xs">
              <Title order={4}>Changes since the previous run</Title>
              <Paper withBorder radius="md">
                <PromiseChangesTable
                  changes={result.changes}
                  empty="No line moved since the previous run."
                  data-testid="run-changes"
                />
              </Paper>
            </Stack>
          </>
        ) : (
          <Paper withBorder radius="md" p="md" data-testid="promise-no-run">
            <Text fw={600}>No run from this page yet</Text>
            <Text size="sm" c="dimmed">
              Re-promise now to see how the solver did, every open line&apos;s dates and what moved
              since the previous run. Each order&apos;s page shows its latest promise.
            </Text>
          </Paper>
        )}
        <PromiseWhatIfPanel />
        {result && (
          <Stack gap="xs">
            <Title order={4}>Lines</Title>
            <Paper withBorder radius="md">
              <PromiseLinesTable lines={result.lines} />
            </Paper>
          </Stack>
        )}
      </Stack>
    </>
  );
}
