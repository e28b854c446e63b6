import { useState } from 'react';
import { Group, Paper, SimpleGrid, Switch, Text } from '@mantine/core';
import type { PromiseWhatIfResult } from '../../../api/promiseTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { formatCentsDelta } from '../promiseFormat';
import { METHOD_LABELS } from '../salesLabels';
import { PromiseChangesTable } from './PromiseChangesTable';
import { hasMoved } from './whatIfDraft';

/** The what-if's answer: its cost, and per line how dates and cost would move (moved lines first). */
export function PromiseWhatIfResults({ result }: { result: PromiseWhatIfResult }) {
  const [movedOnly, setMovedOnly] = useState(true);
  const moved = result.changes.filter(hasMoved);
  const costDelta = result.changes.reduce((sum, c) => sum + (c.landedCostDeltaCents ?? 0), 0);
  const later = moved.filter((c) => (c.p50ShiftDays ?? 0) > 0).length;
  return (
    <Paper withBorder radius="md" data-testid="whatif-results">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" p="sm">
        <Fact label="Method">{METHOD_LABELS[result.method]}</Fact>
        <Fact label="Objective">{formatCents(result.objectiveCents)}</Fact>
        <Fact label="LP bound">
          {result.lowerBoundCents === null ? EMPTY_VALUE : formatCents(result.lowerBoundCents)}
        </Fact>
        <Fact label="Landed cost">{formatCents(result.landedCostCents)}</Fact>
        <Fact label="Landed cost against the run" data-testid="whatif-cost-delta">
          {formatCentsDelta(costDelta)}
        </Fact>
      </SimpleGrid>
      <Group justify="space-between" px="sm" pb="sm">
        <Text size="sm" data-testid="whatif-summary">
          {formatNumber(moved.length)} of {formatNumber(result.changes.length)} lines move;{' '}
          {formatNumber(later)} would arrive later (P50).
        </Text>
        <Switch
          label="Only lines that move"
          checked={movedOnly}
          onChange={(event) => setMovedOnly(event.currentTarget.checked)}
          data-testid="whatif-moved-only"
        />
      </Group>
      <PromiseChangesTable
        changes={movedOnly ? moved : result.changes}
        empty="No line moves under these conditions."
        data-testid="whatif-changes"
      />
    </Paper>
  );
}
