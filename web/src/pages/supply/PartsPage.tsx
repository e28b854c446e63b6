import { useState } from 'react';
import { Paper } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { useParts } from '../../api/catalog';
import type { PartKind } from '../../api/catalogTypes';
import { CsvImportExport } from '../../components/csv/CsvImportExport';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { PartDrawer } from './PartDrawer';
import { PartFilters } from './PartFilters';
import { PartsTable } from './PartsTable';

/** The part master; the part in `?part=` (id or number) opens in the detail panel. */
export function PartsPage() {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<PartKind | null>(null);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const parts = useParts({ q: debouncedSearch || undefined, kind });
  const [params, setParams] = useSearchParams();
  const openPart = params.get('part');

  const setOpenPart = (partId: string | null) => {
    const next = new URLSearchParams(params);
    if (partId) next.set('part', partId);
    else next.delete('part');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Parts & BOMs"
        description="The part master, each assembly's BOM revisions, its costed multi-level BOM tree and where each part is used. Click a part to open it."
        actions={
          <>
            <CsvImportExport kind="parts" noun="parts" />
            <CsvImportExport kind="boms" noun="BOMs" />
          </>
        }
      />
      <PartFilters search={search} kind={kind} onSearchChange={setSearch} onKindChange={setKind} />
      {parts.error && <ProblemAlert error={parts.error} title="Parts could not be loaded" />}
      <Paper withBorder radius="md" mt={parts.error ? 'md' : 0}>
        <PartsTable
          parts={parts.data?.items ?? []}
          loading={parts.isPending}
          selectedId={openPart}
          onSelect={(part) => setOpenPart(part.id)}
        />
      </Paper>
      <PartDrawer partId={openPart} onOpenPart={setOpenPart} onClose={() => setOpenPart(null)} />
    </>
  );
}
