import type { Site } from '../../../api/salesTypes';
import { CHART_COLORS, type ChartOption } from '../../../components/charts/chartTypes';
import { US_OUTLINE } from '../../../components/charts/usOutline';

/** Marker size from power: a 25 MW site stays visible, a 450 MW campus does not swamp the map. */
const symbolSize = (powerMw: number) => Math.max(10, Math.min(36, 8 + Math.sqrt(powerMw) * 1.3));

/**
 * Sites as points by longitude and latitude over a rough US outline, sized by power. A plain
 * scatter with degree axes: no map tiles, so nothing leaves the browser.
 */
export function sitesMapOption(sites: readonly Site[]): ChartOption {
  return {
    grid: { left: 48, right: 16, top: 16, bottom: 40 },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      name: 'Longitude',
      nameLocation: 'middle',
      nameGap: 26,
      min: -126,
      max: -66,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: 'Latitude',
      nameLocation: 'middle',
      nameGap: 32,
      min: 24,
      max: 50,
      splitLine: { show: false },
    },
    series: [
      {
        type: 'line',
        name: 'United States',
        data: US_OUTLINE,
        symbol: 'none',
        silent: true,
        lineStyle: { width: 1, color: CHART_COLORS.gray },
      },
      {
        type: 'scatter',
        name: 'Sites',
        data: sites.map((site) => ({
          name: `${site.code} · ${site.city}, ${site.state} · ${site.powerMw} MW`,
          value: [site.longitude, site.latitude],
          symbolSize: symbolSize(site.powerMw),
        })),
        itemStyle: { color: CHART_COLORS.indigo, opacity: 0.85 },
        label: { show: true, position: 'right', formatter: (p) => p.name.split(' · ')[0] ?? '' },
        tooltip: { formatter: (p) => (Array.isArray(p) ? '' : p.name) },
      },
    ],
  };
}
