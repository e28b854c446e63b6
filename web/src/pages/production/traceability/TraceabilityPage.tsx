import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTrace } from '../../../api/production';
import type { TraceQuery, TraceResult } from '../../../api/productionTypes';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatNumber } from '../../../lib/format';
import { unitPath } from '../productionPaths';
import { UnitLookup } from '../units/UnitLookup';
import { UnitStatusBadge } from '../UnitStatusBadge';
import { TraceSearch } from './TraceSearch';
import { YieldTable } from './YieldTable';

function queryFromParams(params: URLSearchParams): TraceQuery | null {
  const lot = params.get('lot')?.trim();
  if (lot) return { by: 'lot', value: lot };
  const serial = params.get('serial')?.trim();
  if (serial) return { by: 'serial', value: serial };
  return null;
}

/** Recall: the units holding a lot or a component serial (search in the address), and first-pass yield. */
export function TraceabilityPage() {
  const [params, setParams] = useSearchParams();
  const query = queryFromParams(params);
  const trace = useTrace(query);

  return (
    <>
      <PageHeader
        title="Traceability"
        description="Find every unit built with a lot (such as a chip lot) or a component serial, and the first-pass burn-in yield by model and week."
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <TraceSearch
            key={query ? `${query.by}:${query.value}` : 'none'}
            initial={query}
            onSearch={(next) => setParams({ [next.by]: next.value })}
          />
        </Paper>
        <ProblemAlert error={trace.error} title="The trace could not run" />
        {query && (
          <TraceResults
            query={query}
            result={trace.data}
            loading={trace.isPending && !trace.error}
          />
        )}
        <Paper withBorder radius="md" p="md" maw={520}>
          <UnitLookup />
        </Paper>
        <YieldTable />
      </Stack>
    </>
  );
}

interface TraceResultsProps {
  query: TraceQuery;
  result: TraceResult | undefined;
  loading: boolean;
}

function TraceResults({ query, result, loading }: TraceResultsProps) {
  return (
    <Stack gap="xs">
      <Title order={4}>
        Units with {query.by === 'lot' ? 'lot' : 'serial'}{' '}
        <Text span ff="monospace" inherit>
          {query.value}
        </Text>
      </Title>
      {result && (
        <Text size="sm" c="dimmed" data-testid="trace-count" data-count={result.count}>
          {result.count === 1 ? '1 unit' : `${formatNumber(result.count)} units`}
        </Text>
      )}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={560}>
          <Table highlightOnHover verticalSpacing="xs" data-testid="trace-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Serial</Table.Th>
                <Table.Th>Model</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Built on</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(!result || result.units.length === 0) && (
                <TableMessageRow colSpan={4}>
                  {loading ? 'Tracing…' : 'No unit contains it.'}
                </TableMessageRow>
              )}
              {result?.units.map((unit) => (
                <Table.Tr key={unit.serial} data-testid={`trace-row-${unit.serial}`}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={unitPath(unit.serial)}
                      ff="monospace"
                      fw={600}
                      size="sm"
                    >
                      {unit.serial}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{unit.modelName}</Table.Td>
                  <Table.Td>
                    <UnitStatusBadge status={unit.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{unit.builtOn}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
