import { memo } from 'react';
import { Link } from 'react-router';
import { EMPTY_VALUE, formatDateTime } from '../../../../lib/format';
import { fleetMachinePath } from '../../fleetPaths';
import {
  FIRMWARE_LABELS,
  formatAgo,
  formatHashrate,
  formatRpm,
  formatTemp,
} from '../../fleetFormat';
import { FAULT_LABELS } from '../../health/healthFormat';
import type { MachineIndex } from './machineIndex';
import classes from './MachineTable.module.css';

interface MachineRowProps {
  index: MachineIndex;
  /** The row's number in the index's columns. */
  row: number;
  /** Where the row sits in the scrolled area, px. */
  top: number;
  height: number;
}

/**
 * One machine: plain elements only, so a screenful renders in a blink while scrolling through
 * tens of thousands. Machines with open faults (and offline ones) are red, with what is wrong.
 */
export const MachineRow = memo(function MachineRow(props: MachineRowProps) {
  const { index, row: i, top, height } = props;
  const c = index.columns;
  const id = c.id[i]!;
  const ip = c.ip[i]!;
  const online = c.online[i]!;
  const faults = index.faults[i]!;
  const problem = online ? null : c.problem[i] || null;
  const swapped = c.swappedBoards[i];
  const ideal = c.idealThs[i];
  const lastSeen = c.lastSeenAt[i] ?? null;
  const faultText = faults.map((f) => FAULT_LABELS[f] ?? f).join(', ');
  return (
    <div
      className={classes.row}
      style={{ height, transform: `translateY(${top}px)` }}
      data-testid="machine-row"
      data-machine-id={id}
      data-ip={ip}
      data-online={online}
      data-faulty={faults.length > 0}
      data-alert={faults.length > 0 || !online ? '' : undefined}
      role="presentation"
    >
      <div className={classes.cells} role="row" data-testid={`fleet-machine-${ip}`}>
        <div className={classes.cell} role="cell">
          <div className={classes.line}>
            <Link to={fleetMachinePath(id)} className={`${classes.link} ${classes.mono}`}>
              {ip}
            </Link>
          </div>
          {c.hostname[i] && <div className={classes.sub}>{c.hostname[i]}</div>}
        </div>
        <div className={classes.cell} role="cell">
          <span
            className={classes.badge}
            data-tone={online ? 'green' : 'red'}
            data-testid="machine-status"
            data-online={online}
          >
            {online ? 'Online' : 'Offline'}
          </span>
          {faults.length > 0 ? (
            <div
              className={`${classes.sub} ${classes.faultText}`}
              title={faultText}
              data-testid="machine-faults"
            >
              {faultText}
            </div>
          ) : (
            problem && (
              <div className={`${classes.sub} ${classes.faultText}`} data-testid="machine-problem">
                {problem}
              </div>
            )
          )}
        </div>
        <div className={classes.cell} role="cell">
          <div className={classes.line} title={c.model[i] ?? undefined}>
            {c.model[i] ?? EMPTY_VALUE}
          </div>
          <div className={classes.sub}>{FIRMWARE_LABELS[c.firmware[i]!] ?? c.firmware[i]}</div>
        </div>
        <div className={classes.cell} role="cell">
          <div className={`${classes.line} ${classes.mono}`}>{c.unitSerial[i] ?? EMPTY_VALUE}</div>
          {!c.builtHere[i] && (
            <span
              className={classes.badge}
              data-tone="orange"
              title="Not matched to a unit built here"
              data-testid="machine-unknown"
            >
              Not built here / unknown
            </span>
          )}
          {swapped && swapped.length > 0 && (
            <span
              className={classes.badge}
              data-tone="grape"
              title={swapped.join(', ')}
              data-testid="machine-swapped"
            >
              {swapped.length} swapped {swapped.length === 1 ? 'board' : 'boards'}
            </span>
          )}
        </div>
        <div className={`${classes.cell} ${classes.right} ${classes.mono}`} role="cell">
          <div className={classes.line}>{formatHashrate(c.hashrateThs[i])}</div>
          {ideal !== null && ideal !== undefined && (
            <div className={classes.sub}>of {formatHashrate(ideal)}</div>
          )}
        </div>
        <div
          className={`${classes.cell} ${classes.right} ${classes.mono}`}
          role="cell"
          title="Hottest chip"
        >
          {formatTemp(c.chipTempMaxC[i])}
        </div>
        <div
          className={`${classes.cell} ${classes.right} ${classes.mono}`}
          role="cell"
          title="Slowest fan"
        >
          {formatRpm(c.fanMinRpm[i])}
        </div>
        <div
          className={`${classes.cell} ${classes.line}`}
          role="cell"
          title={formatDateTime(lastSeen)}
        >
          {formatAgo(lastSeen)}
        </div>
      </div>
    </div>
  );
});
