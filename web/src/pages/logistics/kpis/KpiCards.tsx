import { SimpleGrid } from '@mantine/core';
import type { LeadTimeSpread, LogisticsKpis } from '../../../api/logisticsTypes';
import { EMPTY_VALUE, formatCents, formatNumber } from '../../../lib/format';
import { KpiCard } from './KpiCard';

const days = (value: number | null) => (value === null ? EMPTY_VALUE : `${formatNumber(value)} d`);
const pct = (value: number | null) => (value === null ? EMPTY_VALUE : `${value.toFixed(1)}%`);

function leadTimeDetails(spread: LeadTimeSpread): [string, string][] {
  return [
    ['P50', days(spread.p50Days)],
    ['P90', days(spread.p90Days)],
    ['Units delivered', formatNumber(spread.units)],
  ];
}

/** The range's lead times, on-time-in-full, customs holds and duties, one card each. */
export function KpiCards({ kpis }: { kpis: LogisticsKpis }) {
  const { leadTime, otif, holds, duties } = kpis;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
      <KpiCard
        title="Lead time, US-built"
        value={days(leadTime.usBuilt.meanDays)}
        details={leadTimeDetails(leadTime.usBuilt)}
        data-testid="kpi-lead-us"
      />
      <KpiCard
        title="Lead time, imported"
        value={days(leadTime.imported.meanDays)}
        details={leadTimeDetails(leadTime.imported)}
        data-testid="kpi-lead-import"
      />
      <KpiCard
        title="On time in full"
        value={pct(otif.onTimeInFullPct)}
        details={[
          ['In full', pct(otif.inFullPct)],
          ['On time', pct(otif.onTimePct)],
          ['Lines due', formatNumber(otif.lines)],
        ]}
        data-testid="kpi-otif"
      />
      <KpiCard
        title="Customs holds"
        value={formatCents(holds.costCents)}
        details={[
          ['Holds (open)', `${formatNumber(holds.holds)} (${formatNumber(holds.open)})`],
          ['Units held', formatNumber(holds.units)],
          ['Unit-days', formatNumber(holds.unitDays)],
        ]}
        data-testid="kpi-holds"
      />
      <KpiCard
        title="Duties paid"
        value={formatCents(duties.paidCents)}
        details={[
          ['Import entries', formatNumber(duties.importEntries)],
          ['Avoided by US build', formatCents(duties.avoidedCents)],
          ['US-built units shipped', formatNumber(duties.usBuiltUnits)],
        ]}
        data-testid="kpi-duties"
      />
    </SimpleGrid>
  );
}
