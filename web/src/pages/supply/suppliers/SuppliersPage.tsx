import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useSuppliers } from '../../../api/supply';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { CsvImportExport } from '../../../components/csv/CsvImportExport';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { originLabel } from '../../trade/tradeLabels';
import { SUPPLIER_EDITORS } from '../supplyLabels';
import { SupplierFormModal, type SupplierEditing } from './SupplierFormModal';
import { SuppliersTable } from './SuppliersTable';

type RestrictedFilter = 'all' | 'restricted' | 'clear';

export function SuppliersPage() {
  const canEdit = useHasAnyRole(SUPPLIER_EDITORS);
  const [country, setCountry] = useState<string | null>(null);
  const [restricted, setRestricted] = useState<RestrictedFilter>('all');
  const [editing, setEditing] = useState<SupplierEditing | null>(null);
  const all = useSuppliers();
  const shown = useSuppliers({
    country,
    restricted: restricted === 'all' ? null : restricted === 'restricted',
  });
  const countries = [...new Set((all.data?.items ?? []).map((s) => s.country))].sort();

  return (
    <>
      <PageHeader
        title="Suppliers"
        description="Who we buy from: country, lead time, minimum order and price breaks. A supplier on a restricted-party list carries a red badge; ordering from it needs a confirmation."
        actions={
          <>
            <CsvImportExport kind="suppliers" />
            {canEdit && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => setEditing({ kind: 'create' })}
                data-testid="new-supplier"
              >
                New supplier
              </Button>
            )}
          </>
        }
      />
      <Group gap="sm" mb="md" align="flex-end">
        <Select
          aria-label="Filter by country"
          placeholder="All countries"
          data={countries.map((code) => ({ value: code, label: originLabel(code) }))}
          value={country}
          onChange={setCountry}
          clearable
          style={{ flex: '0 1 240px' }}
          data-testid="suppliers-country"
        />
        <SegmentedControl
          aria-label="Restricted parties"
          value={restricted}
          onChange={(value) => setRestricted(value as RestrictedFilter)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'restricted', label: 'Restricted' },
            { value: 'clear', label: 'Not restricted' },
          ]}
          data-testid="suppliers-restricted"
        />
      </Group>
      {shown.error && <ProblemAlert error={shown.error} title="Suppliers could not be loaded" />}
      <Paper withBorder radius="md" mt={shown.error ? 'md' : 0}>
        <SuppliersTable suppliers={shown.data?.items ?? []} loading={shown.isPending} />
      </Paper>
      <SupplierFormModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}
