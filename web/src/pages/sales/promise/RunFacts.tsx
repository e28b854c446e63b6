import { Badge, SimpleGrid } from '@mantine/core';
import type { PromiseRun } from '../../../api/promiseTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatCents, formatDateTime, formatNumber } from '../../../lib/format';
import { METHOD_LABELS } from '../salesLabels';

/** The gap between the answer and the solver's bound, as a share of the answer. */
function gapText(run: PromiseRun): string {
  if (run.lowerBoundCents === null || run.objectiveCents === 0) return '';
  const gap = (run.objectiveCents - run.lowerBoundCents) / Math.abs(run.objectiveCents);
  return ` · gap ${(gap * 100).toFixed(2)}%`;
}

/** How the run went: the method, whether it is proven optimal, its cost and how long it took. */
export function RunFacts({ run, lines }: { run: PromiseRun; lines: number }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="run-facts">
      <Fact label="Run at">{formatDateTime(run.at, true)}</Fact>
      <Fact label="Method" data-testid="run-method">
        {METHOD_LABELS[run.method]}
      </Fact>
      <Fact label="Optimal" data-testid="run-optimal">
        <Badge size="sm" variant="light" color={run.optimal ? 'green' : 'yellow'}>
          {run.optimal ? 'Proven optimal' : 'Not proven'}
        </Badge>
      </Fact>
      <Fact label="Objective" data-testid="run-objective">
        {formatCents(run.objectiveCents)}
      </Fact>
      <Fact label="LP bound" data-testid="run-bound">
        {run.lowerBoundCents === null ? EMPTY_VALUE : formatCents(run.lowerBoundCents)}
        {gapText(run)}
      </Fact>
      <Fact label="Landed cost" data-testid="run-landed">
        {formatCents(run.landedCostCents)}
      </Fact>
      <Fact label="Solve time" data-testid="run-solve-ms">
        {formatNumber(run.solveMs)} ms
      </Fact>
      <Fact label="Lines promised">{formatNumber(lines)}</Fact>
      <Fact label="Trigger">
        {run.trigger}
        {run.scenario ? ` · scenario ${run.scenario}` : ''}
      </Fact>
      {run.note && <Fact label="Note">{run.note}</Fact>}
    </SimpleGrid>
  );
}
