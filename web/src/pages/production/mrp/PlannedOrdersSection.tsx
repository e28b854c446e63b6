import { useMemo, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShoppingCart } from '@tabler/icons-react';
import { useDraftPurchaseOrders } from '../../../api/planning';
import type { MrpRun } from '../../../api/planningTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { formatNumber } from '../../../lib/format';
import { MRP_RUNNERS } from '../productionLabels';
import { DraftPosResult } from './DraftPosResult';
import {
  filterPlannedOrders,
  isOpenPurchase,
  NO_FILTERS,
  type PlannedOrderFilters,
} from './plannedOrderFilters';
import { PlannedOrderFiltersBar } from './PlannedOrderFiltersBar';
import { PlannedOrdersTable, type Selection } from './PlannedOrdersTable';

const PAGE_SIZE = 50;

/** The run's planned orders, filtered and paged; planned purchases picked become draft POs. */
export function PlannedOrdersSection({ run }: { run: MrpRun }) {
  const canDraft = useHasAnyRole(MRP_RUNNERS);
  const [filters, setFilters] = useState<PlannedOrderFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  const draft = useDraftPurchaseOrders(run.id);
  const shown = useMemo(
    () => filterPlannedOrders(run.plannedOrders, filters),
    [run.plannedOrders, filters],
  );
  const paged = usePagedRows(shown, PAGE_SIZE);

  const open = run.plannedOrders.filter(isOpenPurchase);
  const chosen = open.filter((order) => selected.has(order.id)).map((order) => order.id);
  const selectable = shown.filter(isOpenPurchase);
  const selectedShown = selectable.filter((order) => selected.has(order.id)).length;

  const selection: Selection = {
    selected,
    all: selectedShown === 0 ? 'none' : selectedShown === selectable.length ? 'all' : 'some',
    anySelectable: selectable.length > 0,
    toggle: (id) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    toggleAll: () =>
      setSelected((current) => {
        const next = new Set(current);
        const add = selectedShown < selectable.length;
        for (const order of selectable) {
          if (add) next.add(order.id);
          else next.delete(order.id);
        }
        return next;
      }),
  };

  const changeFilters = (next: PlannedOrderFilters) => {
    setFilters(next);
    paged.setPage(1);
  };

  /** Omitting the ids takes every planned purchase, which the server refuses once any is on a PO. */
  const submit = (orders: string[] | undefined) =>
    draft.mutate(orders, {
      onSuccess: () => setSelected(new Set()),
      onSettled: () => setConfirmAll(false),
    });
  const anyOrdered = run.plannedOrders.some((order) => order.purchaseOrder !== null);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={4}>
          Planned orders{' '}
          <Text span c="dimmed" fz="sm" fw={400}>
            {formatNumber(shown.length)} of {formatNumber(run.plannedOrders.length)}
          </Text>
        </Title>
        {canDraft && (
          <Group gap="xs">
            <Button
              leftSection={<IconShoppingCart size={16} />}
              disabled={chosen.length === 0}
              loading={draft.isPending && !confirmAll}
              onClick={() => submit(chosen)}
              data-testid="draft-pos-selected"
            >
              Create draft POs ({chosen.length} selected)
            </Button>
            <Button
              variant="default"
              disabled={open.length === 0 || draft.isPending}
              onClick={() => setConfirmAll(true)}
              data-testid="draft-pos-all"
            >
              Create draft POs (all planned purchases)
            </Button>
          </Group>
        )}
      </Group>
      {draft.data && <DraftPosResult result={draft.data} onClose={draft.reset} />}
      <ProblemAlert error={draft.error} title="Draft purchase orders not created" />
      <PlannedOrderFiltersBar filters={filters} onChange={changeFilters} />
      <Paper withBorder radius="md">
        <PlannedOrdersTable orders={paged.rows} selection={canDraft ? selection : null} />
        <TablePager paged={paged} noun="planned orders" data-testid="planned-orders-pager" />
      </Paper>
      <ConfirmModal
        opened={confirmAll}
        title="Draft every planned purchase"
        message={`Create draft purchase orders, one per supplier, for the ${formatNumber(open.length)} planned purchases not yet ordered? Purchases no supplier prices are skipped.`}
        confirmLabel="Create draft POs"
        loading={draft.isPending}
        onConfirm={() => submit(anyOrdered ? open.map((order) => order.id) : undefined)}
        onClose={() => setConfirmAll(false)}
      />
    </Stack>
  );
}
