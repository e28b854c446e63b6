import { SimpleGrid } from '@mantine/core';
import type { ServiceAnalytics } from '../../../api/serviceAnalyticsTypes';
import { EMPTY_VALUE, formatBp, formatNumber } from '../../../lib/format';
import { KpiCard } from '../../logistics/kpis/KpiCard';

const days = (value: number | null) => (value === null ? EMPTY_VALUE : `${value} d`);
/** A share of counts as a percentage; nothing to judge shows a dash, not 0%. */
const share = (part: number, whole: number) =>
  whole === 0 ? EMPTY_VALUE : formatBp(Math.round((part * 10_000) / whole), 1);

/** The range's headline figures: time away, SLA kept, repairs that held, repeats. */
export function AnalyticsKpiCards({ data }: { data: ServiceAnalytics }) {
  const { turnaround, sla, firstTimeFix: ftf, repeats } = data;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }} spacing="sm" data-testid="analytics-kpis">
      <KpiCard
        title="Turnaround P50"
        value={days(turnaround.p50Days)}
        details={[
          ['P90', days(turnaround.p90Days)],
          ['Mean', days(turnaround.meanDays)],
          ['Shipped back', formatNumber(turnaround.count)],
        ]}
        data-testid="kpi-turnaround"
      />
      <KpiCard
        title="SLA attainment"
        value={formatBp(sla.attainmentBp, 1)}
        details={[
          ['Met / shipped', `${formatNumber(sla.met)} / ${formatNumber(sla.closed)}`],
          ['Open past SLA', `${formatNumber(sla.openBreached)} of ${formatNumber(sla.open)}`],
        ]}
        data-testid="kpi-sla"
      />
      <KpiCard
        title="First-time fix, depot"
        value={share(ftf.depotFirstPass, ftf.depotTested)}
        details={[
          [
            'Passed first retest',
            `${formatNumber(ftf.depotFirstPass)} / ${formatNumber(ftf.depotTested)}`,
          ],
        ]}
        data-testid="kpi-ftf-depot"
      />
      <KpiCard
        title="First-time fix, field"
        value={share(ftf.fieldFixed, ftf.fieldRecorded)}
        details={[
          ['Fixed on site', `${formatNumber(ftf.fieldFixed)} / ${formatNumber(ftf.fieldRecorded)}`],
        ]}
        data-testid="kpi-ftf-field"
      />
      <KpiCard
        title={`Repeats within ${repeats.windowDays} days`}
        value={share(repeats.repeated, repeats.returns)}
        details={[
          ['Failed again', `${formatNumber(repeats.repeated)} / ${formatNumber(repeats.returns)}`],
          ['Machines', repeats.serials.slice(0, 3).join(', ') || EMPTY_VALUE],
        ]}
        data-testid="kpi-repeats"
      />
    </SimpleGrid>
  );
}
