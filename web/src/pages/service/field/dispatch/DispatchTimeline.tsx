import { Fragment } from 'react';
import { Box, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import type { DispatchPlan, DispatchRoute } from '../../../../api/fieldTypes';
import { addDaysIso } from '../../../../lib/isoDates';
import { visitPath } from '../../servicePaths';
import { DAY_MINUTES, dayClock, formatMinutes } from '../fieldLabels';
import type { VisitWindows } from './dispatchMapOption';

interface DispatchTimelineProps {
  plan: DispatchPlan;
  /** Rows, in order: technician code and name. */
  technicians: { code: string; name: string }[];
  colors: Map<string, string>;
  windows: VisitWindows;
}

const NAME_COLUMN = 150;
/** Narrower days would squeeze a short stop to a sliver: the grid scrolls sideways instead. */
const DAY_COLUMN = 140;
const pct = (minutes: number, day: number) => `${(Math.max(0, minutes) / day) * 100}%`;

/** Weekday and date of a plan day: "Wed 11-25". */
function dayLabel(iso: string) {
  const weekday = new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  return `${weekday} ${iso.slice(5)}`;
}

/**
 * The plan as a Gantt grid: one row per technician, one column per day. Each stop is a block
 * from its start to its end in the working day; the drive before it is the thin line in the
 * gap; late stops are red. A block opens its visit.
 */
export function DispatchTimeline({ plan, technicians, colors, windows }: DispatchTimelineProps) {
  const days = Array.from({ length: plan.days }, (_, i) => addDaysIso(plan.firstDay, i));
  const routeOf = new Map(plan.routes.map((r) => [`${r.technician}|${r.date}`, r]));
  // A day longer than the usual (a technician with more hours) still fits its row.
  const dayLength = Math.max(
    DAY_MINUTES,
    ...plan.routes.flatMap((r) => r.stops.map((s) => s.endMin)),
  );
  const grid = {
    display: 'grid',
    gridTemplateColumns: `${NAME_COLUMN}px repeat(${days.length}, minmax(${DAY_COLUMN}px, 1fr))`,
    minWidth: NAME_COLUMN + days.length * DAY_COLUMN,
  } as const;

  return (
    <Box style={{ overflowX: 'auto' }} data-testid="dispatch-timeline">
      <Box style={grid}>
        <Text size="xs" c="dimmed" p={4}>
          {dayClock(0)}–{dayClock(dayLength)} h a day; under it, stops · driving
        </Text>
        {days.map((d) => (
          <Text key={d} size="xs" fw={600} p={4} ff="monospace" ta="center">
            {dayLabel(d)}
          </Text>
        ))}
        {technicians.map((t) => (
          <TimelineRow
            key={t.code}
            technician={t}
            color={colors.get(t.code) ?? 'gray'}
            routes={days.map((d) => routeOf.get(`${t.code}|${d}`))}
            dayLength={dayLength}
            windows={windows}
          />
        ))}
      </Box>
    </Box>
  );
}

interface TimelineRowProps {
  technician: { code: string; name: string };
  color: string;
  /** The technician's route of each day, undefined on a day without one. */
  routes: (DispatchRoute | undefined)[];
  dayLength: number;
  windows: VisitWindows;
}

function TimelineRow({ technician, color, routes, dayLength, windows }: TimelineRowProps) {
  const cell = { borderTop: '1px solid var(--mantine-color-default-border)', padding: 4 };
  return (
    <>
      <Box style={{ ...cell, display: 'flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
        <Box w={10} h={10} style={{ borderRadius: 2, background: color, flexShrink: 0 }} />
        <Text size="sm" truncate data-testid={`dispatch-row-${technician.code}`}>
          {technician.name}
        </Text>
      </Box>
      {routes.map((route, i) => (
        <Box key={route?.date ?? i} style={cell}>
          <Box
            pos="relative"
            h={24}
            style={{ borderRadius: 4, background: 'var(--mantine-color-default-hover)' }}
          >
            {route?.stops.map((s) => {
              const w = windows.get(s.visit);
              const late = s.lateDays > 0;
              return (
                <Fragment key={s.visit}>
                  {s.travelMin > 0 && (
                    <Box
                      pos="absolute"
                      top={11}
                      h={2}
                      left={pct(s.startMin - s.travelMin, dayLength)}
                      w={pct(s.travelMin, dayLength)}
                      bg="gray.5"
                      aria-hidden
                    />
                  )}
                  <Tooltip
                    withArrow
                    multiline
                    w={240}
                    label={`${s.visit} · ${s.siteName} (${s.customerCode}) · ${dayClock(s.startMin)}–${dayClock(s.endMin)} after ${formatMinutes(s.travelMin)} on the road${w ? ` · window ${w.windowStart} → ${w.windowEnd}` : ''} · SLA ${s.dueBy}${late ? ` · ${s.lateDays} d late` : ''}`}
                  >
                    <Box
                      component={Link}
                      to={visitPath(s.visit)}
                      pos="absolute"
                      top={2}
                      h={20}
                      left={pct(s.startMin, dayLength)}
                      w={pct(s.endMin - s.startMin, dayLength)}
                      aria-label={`${s.visit} at ${s.siteName}${late ? ', late' : ''}`}
                      style={{
                        borderRadius: 3,
                        minWidth: 3,
                        background: late ? 'var(--mantine-color-red-6)' : color,
                        outline: '1px solid var(--mantine-color-body)',
                      }}
                      data-testid={`dispatch-stop-${s.visit}`}
                      data-late={late}
                    />
                  </Tooltip>
                </Fragment>
              );
            })}
          </Box>
          {route && (
            <Text size="xs" c="dimmed" mt={2} truncate title="Visits · driving, home to home">
              {route.stops.length} stop{route.stops.length === 1 ? '' : 's'} ·{' '}
              {formatMinutes(route.travelMin)}
            </Text>
          )}
        </Box>
      ))}
    </>
  );
}
