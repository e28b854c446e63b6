import { useCallback, useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useNavigate } from 'react-router';
import { fleetMachinePath } from '../../fleetPaths';
import type { MachineIndex, TableOrder, TableSort } from './machineIndex';
import { MachineRow } from './MachineRow';
import classes from './MachineTable.module.css';

const ROW_HEIGHT = 52;
const HEADER_HEIGHT = 40;

interface SortHeaderProps {
  column: TableSort;
  order: TableOrder;
  onSort: (column: TableSort) => void;
  right?: boolean;
  children: ReactNode;
}

function SortHeader({ column, order, onSort, right, children }: SortHeaderProps) {
  const active = order.sort === column;
  const Icon = !active ? IconArrowsSort : order.desc ? IconArrowDown : IconArrowUp;
  return (
    <div
      className={`${classes.cell} ${right ? classes.right : ''}`}
      role="columnheader"
      aria-sort={active ? (order.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className={classes.sort}
        onClick={() => onSort(column)}
        data-testid={`machine-sort-${column}`}
      >
        {children}
        <Icon size={14} color={active ? undefined : 'var(--mantine-color-dimmed)'} />
      </button>
    </div>
  );
}

function Header({ order, onSort }: { order: TableOrder; onSort: (column: TableSort) => void }) {
  const plain = (label: string, right = false, title?: string) => (
    <div
      className={`${classes.cell} ${right ? classes.right : ''}`}
      role="columnheader"
      title={title}
    >
      {label}
    </div>
  );
  return (
    <div className={classes.header} role="row">
      <SortHeader column="ip" order={order} onSort={onSort}>
        Address
      </SortHeader>
      {plain('Status')}
      {plain('Model')}
      {plain('Serial')}
      <SortHeader column="hashrate" order={order} onSort={onSort} right>
        Hashrate
      </SortHeader>
      <SortHeader column="temperature" order={order} onSort={onSort} right>
        Chip
      </SortHeader>
      {plain('Fan', true, 'The slowest fan')}
      <SortHeader column="lastSeen" order={order} onSort={onSort}>
        Last seen
      </SortHeader>
    </div>
  );
}

interface VirtualMachineTableProps {
  index: MachineIndex;
  /** Row numbers to show, in order. */
  rows: Uint32Array;
  order: TableOrder;
  onSort: (column: TableSort) => void;
  /** Changes when the filters or the sort do: the table goes back to its top. */
  viewKey: string;
}

/**
 * Every machine of the site in one scrolling box, of which only the rows in view (and a few
 * around) are in the page. The header stays on top; the box scrolls sideways on a phone.
 * Clicking a row opens the machine; its address is also a link, for a new tab or the keyboard.
 */
export function VirtualMachineTable(props: VirtualMachineTableProps) {
  const { index, rows, order, onSort, viewKey } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const getItemKey = useCallback((k: number) => index.columns.id[rows[k]!]!, [index, rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEADER_HEIGHT,
    overscan: 10,
    getItemKey,
  });

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [viewKey]);

  const open = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // The address link navigates by itself; a selection of text is not a click.
    if (target.closest('a, button') || window.getSelection()?.toString()) return;
    const id = target.closest<HTMLElement>('[data-machine-id]')?.dataset.machineId;
    if (id) navigate(fleetMachinePath(id));
  };

  const content = HEADER_HEIGHT + Math.max(rows.length, 1) * ROW_HEIGHT + 2;
  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      style={{ height: `min(${content}px, max(70vh, 360px))` }}
      role="table"
      aria-label="Machines"
      aria-rowcount={rows.length + 1}
      data-testid="machine-table"
      data-rows={rows.length}
    >
      <div
        className={classes.inner}
        style={{ height: Math.max(virtualizer.getTotalSize(), content - 2) }}
        onClick={open}
      >
        <Header order={order} onSort={onSort} />
        {rows.length === 0 && <div className={classes.empty}>No machine matches.</div>}
        {virtualizer.getVirtualItems().map((item) => (
          <MachineRow
            key={item.key}
            index={index}
            row={rows[item.index]!}
            top={item.start}
            height={item.size}
          />
        ))}
      </div>
    </div>
  );
}
