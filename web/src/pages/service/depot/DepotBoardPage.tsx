import { SimpleGrid } from '@mantine/core';
import { useDepotBoard } from '../../../api/depot';
import { useFaultCodes } from '../../../api/service';
import type { DepotItem } from '../../../api/depotTypes';
import type { RmaStatus } from '../../../api/serviceTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { DEPOT_BENCH, DEPOT_STATES } from '../serviceLabels';
import { DepotStateCard } from './DepotStateCard';
import { ReceiveBox } from './ReceiveBox';

/**
 * The depot board: machines approved for return through to ready to ship, grouped by state,
 * each with its SLA clock (least time left first, late ones in red). The bench receives
 * machines here by scanning them; each opens its repair screen.
 */
export function DepotBoardPage() {
  const bench = useHasAnyRole(DEPOT_BENCH);
  const board = useDepotBoard();
  const codes = useFaultCodes().data?.items ?? [];
  const faultName = (code: string) => codes.find((c) => c.code === code)?.name ?? code;
  const byState = new Map<RmaStatus, DepotItem[]>();
  for (const item of board.data?.items ?? []) {
    const items = byState.get(item.status) ?? [];
    items.push(item);
    byState.set(item.status, items);
  }

  return (
    <>
      <PageHeader
        title="Depot board"
        description="Every returned machine from approval to ready to ship, least SLA time left first. The clock pauses while the customer ships or decides a quote."
      />
      {bench && <ReceiveBox />}
      {board.error && <ProblemAlert error={board.error} title="The board could not be loaded" />}
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 4 }}
        spacing="sm"
        data-testid="depot-board"
        data-loaded={board.data !== undefined}
      >
        {DEPOT_STATES.map((status) => (
          <DepotStateCard
            key={status}
            status={status}
            items={byState.get(status) ?? []}
            faultName={faultName}
          />
        ))}
      </SimpleGrid>
    </>
  );
}
