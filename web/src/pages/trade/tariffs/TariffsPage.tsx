import { useState } from 'react';
import { Alert, Button, Paper, Skeleton } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTariffRows } from '../../../api/trade';
import type { TariffRow } from '../../../api/tradeTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { CsvImportExport } from '../../../components/csv/CsvImportExport';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TariffFilters, type TariffFilterValues } from './TariffFilters';
import { TariffRowModal, type TariffRowEditing } from './TariffRowModal';
import { TariffRowsTable } from './TariffRowsTable';
import { TariffTimeline } from './TariffTimeline';

const NO_FILTERS: TariffFilterValues = { origin: null, program: null, scenario: null };

const distinct = (values: string[]) => [...new Set(values)].sort();

export function TariffsPage() {
  const canEdit = useHasAnyRole(['trade']);
  const [filters, setFilters] = useState<TariffFilterValues>(NO_FILTERS);
  const [editing, setEditing] = useState<TariffRowEditing | null>(null);
  // The whole table in force feeds the filter options and the timeline.
  const base = useTariffRows({});
  const overlay = useTariffRows({ scenario: filters.scenario }, filters.scenario !== null);
  const shown = useTariffRows(filters);
  const baseRows = base.data?.items ?? [];
  const scenarioRows = filters.scenario ? (overlay.data?.items ?? []) : [];
  const programs = distinct([...baseRows, ...scenarioRows].map((row) => row.program));
  const origins = distinct(baseRows.map((row) => row.origin).filter((origin) => origin !== '*'));

  return (
    <>
      <PageHeader
        title="Tariffs"
        description="Dated duty rows by program, HTS prefix and origin. Programs add up on an entry; for one program a row naming the origin beats the row for every origin (*), then the longest HTS prefix wins. “To” dates are exclusive."
        actions={
          <>
            <CsvImportExport kind="tariff-rows" />
            {canEdit && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ kind: 'create', scenario: filters.scenario })}
                data-testid="tariff-add-row"
              >
                Add row
              </Button>
            )}
          </>
        }
      />
      <TariffFilters values={filters} origins={origins} programs={programs} onChange={setFilters} />
      {filters.scenario && (
        <Alert color="grape" variant="light" mb="md" data-testid="tariff-scenario-note">
          Showing the rows of the scenario “{filters.scenario}”. On the dates they cover, they
          replace the rows of the same program in the table in force.
        </Alert>
      )}
      {shown.error && <ProblemAlert error={shown.error} title="Tariff rows could not be loaded" />}
      <Paper withBorder radius="md" mt={shown.error ? 'md' : 0}>
        <TariffRowsTable
          rows={shown.data?.items ?? []}
          loading={shown.isPending}
          onEdit={canEdit ? (row: TariffRow) => setEditing({ kind: 'edit', row }) : undefined}
        />
      </Paper>
      {base.data ? (
        <TariffTimeline rows={baseRows} scenarioRows={scenarioRows} scenario={filters.scenario} />
      ) : (
        !base.error && <Skeleton height={360} radius="md" mt="lg" />
      )}
      <TariffRowModal editing={editing} programs={programs} onClose={() => setEditing(null)} />
    </>
  );
}
