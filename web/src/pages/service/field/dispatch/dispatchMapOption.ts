import type { DispatchPlan, DispatchStop, GeoPoint, Technician } from '../../../../api/fieldTypes';
import { CHART_COLORS, type ChartOption } from '../../../../components/charts/chartTypes';
import { US_OUTLINE } from '../../../../components/charts/usOutline';
import { dayClock, windowText } from '../fieldLabels';

/** A visit's window, from the visit list: the plan's stops carry only the SLA day. */
export type VisitWindows = Map<string, { windowStart: string; windowEnd: string }>;

type LonLat = [number, number];
const at = (p: GeoPoint): LonLat => [p.lon, p.lat];

/** Tooltips are HTML: names typed by people are escaped. */
const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * Degrees around every point with a margin, at least a couple of degrees wide so one campus
 * does not fill the chart; the US outline is clipped to it.
 */
function bounds(points: LonLat[]) {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const pad = (lo: number, hi: number) => {
    const margin = Math.max(1, (hi - lo) * 0.15);
    return [Math.floor(lo - margin), Math.ceil(hi + margin)] as const;
  };
  const [xMin, xMax] = pad(Math.min(...lons), Math.max(...lons));
  const [yMin, yMax] = pad(Math.min(...lats), Math.max(...lats));
  return { xMin, xMax, yMin, yMax };
}

/** One line per visit at a stop: number, day and times, customer, window and SLA day. */
function stopLine(stop: DispatchStop, date: string, windows: VisitWindows) {
  const w = windows.get(stop.visit);
  const late = stop.lateDays > 0 ? ` · <b>${stop.lateDays} d late</b>` : '';
  return (
    `${escapeHtml(stop.visit)} · ${date} ${dayClock(stop.startMin)}–${dayClock(stop.endMin)}` +
    ` · ${escapeHtml(stop.customerCode)}` +
    (w ? ` · window ${windowText(w.windowStart, w.windowEnd)}` : '') +
    ` · SLA ${stop.dueBy}${late}`
  );
}

/**
 * The plan on a plain longitude/latitude grid: each technician's home (a hollow diamond), the sites
 * visited (circles, red when a visit there is late) and each technician-day as a polyline home
 * → stops → home, all in the technician's color; the legend toggles a technician.
 */
export function dispatchMapOption(
  plan: DispatchPlan,
  technicians: readonly Technician[],
  colors: Map<string, string>,
  windows: VisitWindows,
): ChartOption {
  // Technicians with a route, and every active one's home: who could have gone.
  const shown = technicians.filter(
    (t) => t.active || plan.routes.some((r) => r.technician === t.code),
  );
  const nameOf = new Map(shown.map((t) => [t.code, t.name]));
  for (const r of plan.routes)
    if (!nameOf.has(r.technician)) nameOf.set(r.technician, r.technicianName);
  const colorOf = (code: string) => colors.get(code) ?? CHART_COLORS.gray;
  const points: LonLat[] = [
    ...shown.map((t): LonLat => [t.homeLongitude, t.homeLatitude]),
    ...plan.routes.flatMap((r) => [at(r.home), ...r.stops.map((s) => at(s.location))]),
  ];
  const box = points.length ? bounds(points) : { xMin: -126, xMax: -66, yMin: 24, yMax: 50 };

  const routeSeries = plan.routes.map((r) => ({
    type: 'line' as const,
    name: nameOf.get(r.technician)!,
    data: [at(r.home), ...r.stops.map((s) => at(s.location)), at(r.home)],
    symbol: 'none',
    silent: true,
    z: 2,
    lineStyle: { width: 2, color: colorOf(r.technician), opacity: 0.8 },
    itemStyle: { color: colorOf(r.technician) },
  }));

  // The stops of one technician at one site, as one point listing each visit.
  const siteSeries = [...nameOf.keys()].map((code) => {
    const bySite = new Map<string, { stop: DispatchStop; lines: string[]; late: boolean }>();
    for (const r of plan.routes.filter((x) => x.technician === code))
      for (const s of r.stops) {
        const entry = bySite.get(s.siteCode) ?? { stop: s, lines: [], late: false };
        entry.lines.push(stopLine(s, r.date, windows));
        entry.late ||= s.lateDays > 0;
        bySite.set(s.siteCode, entry);
      }
    return {
      type: 'scatter' as const,
      name: nameOf.get(code)!,
      z: 4,
      symbolSize: 12,
      itemStyle: { color: colorOf(code), borderColor: '#fff', borderWidth: 1 },
      data: [...bySite.values()].map(({ stop, lines, late }) => ({
        name:
          `<b>${escapeHtml(stop.siteName)}</b> (${escapeHtml(stop.siteCode)}) · ` +
          `${escapeHtml(nameOf.get(code)!)}<br/>${lines.join('<br/>')}`,
        value: at(stop.location),
        ...(late ? { itemStyle: { color: CHART_COLORS.red } } : {}),
      })),
      tooltip: { formatter: (p: { name?: string }) => p.name ?? '' },
    };
  });

  const homeSeries = shown.map((t) => ({
    type: 'scatter' as const,
    name: t.name,
    // Hollow and under the stops: a site next to a technician's home stays visible.
    z: 3,
    symbol: 'diamond',
    symbolSize: 18,
    itemStyle: { color: '#fff', borderColor: colorOf(t.code), borderWidth: 2 },
    data: [
      {
        name: `Home of <b>${escapeHtml(t.name)}</b> · ${escapeHtml(t.homeLabel)}`,
        value: [t.homeLongitude, t.homeLatitude] as LonLat,
      },
    ],
    tooltip: { formatter: (p: { name?: string }) => p.name ?? '' },
  }));

  return {
    grid: { left: 44, right: 16, top: 40, bottom: 36 },
    legend: { top: 0, type: 'scroll', data: [...nameOf.values()] },
    tooltip: { trigger: 'item', confine: true },
    xAxis: {
      type: 'value',
      name: 'Longitude',
      nameLocation: 'middle',
      nameGap: 24,
      min: box.xMin,
      max: box.xMax,
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      name: 'Latitude',
      nameLocation: 'middle',
      nameGap: 30,
      min: box.yMin,
      max: box.yMax,
      splitLine: { show: false },
    },
    series: [
      {
        type: 'line',
        name: 'United States',
        data: US_OUTLINE,
        symbol: 'none',
        silent: true,
        z: 1,
        lineStyle: { width: 1, color: CHART_COLORS.gray, opacity: 0.5 },
      },
      ...routeSeries,
      ...siteSeries,
      ...homeSeries,
    ],
  };
}
