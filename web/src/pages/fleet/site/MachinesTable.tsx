import type { ReactNode } from 'react';
import { Anchor, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MachineSort } from '../../../api/fleet';
import type { FleetMachine } from '../../../api/fleetTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { fleetMachinePath } from '../fleetPaths';
import {
  FIRMWARE_LABELS,
  formatAgo,
  formatHashrateVs,
  formatRpm,
  formatTemp,
} from '../fleetFormat';
import { MachineFlags, MachineStatusBadge } from '../MachineBadges';
import type { MachineFilterState } from './useMachineFilters';

const nowrap = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 8;

function SortHeader(props: {
  column: MachineSort;
  state: MachineFilterState;
  children: ReactNode;
  right?: boolean;
}) {
  const { column, state, children, right } = props;
  const active = (state.filters.sort ?? 'ip') === column;
  const desc = state.filters.order === 'desc';
  const Icon = !active ? IconArrowsSort : desc ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th
      ta={right ? 'right' : undefined}
      aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton
        onClick={() => state.sortBy(column)}
        fw={700}
        fz="sm"
        data-testid={`machine-sort-${column}`}
      >
        <Group gap={4} wrap="nowrap" justify={right ? 'flex-end' : undefined}>
          {children}
          <Icon size={14} color={active ? undefined : 'var(--mantine-color-dimmed)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

interface MachinesTableProps {
  machines: FleetMachine[];
  loading: boolean;
  state: MachineFilterState;
}

/** One page of a site's machines; offline ones in red with why, odd identities flagged. */
export function MachinesTable({ machines, loading, state }: MachinesTableProps) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="fleet-machines-table">
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="ip" state={state}>
              Address
            </SortHeader>
            <Table.Th>Status</Table.Th>
            <Table.Th>Model</Table.Th>
            <Table.Th>Serial</Table.Th>
            <SortHeader column="hashrate" state={state} right>
              Hashrate / ideal
            </SortHeader>
            <SortHeader column="temperature" state={state} right>
              Chip temp
            </SortHeader>
            <Table.Th ta="right">Slowest fan</Table.Th>
            <SortHeader column="lastSeen" state={state}>
              Last seen
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {machines.length === 0 && (
            <TableMessageRow colSpan={COLUMNS}>
              {loading ? 'Loading machines…' : 'No machine matches.'}
            </TableMessageRow>
          )}
          {machines.map((m) => (
            <Table.Tr
              key={m.id}
              data-testid={`fleet-machine-${m.ip}`}
              bg={m.online ? undefined : 'var(--mantine-color-red-light)'}
            >
              <Table.Td style={nowrap}>
                <Anchor component={Link} to={fleetMachinePath(m.id)} ff="monospace" size="sm">
                  {m.ip}
                </Anchor>
                {m.hostname && (
                  <Text size="xs" c="dimmed">
                    {m.hostname}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <MachineStatusBadge online={m.online} />
                  {!m.online && m.problems[0] && (
                    <Text size="xs" c="red.8" data-testid="machine-problem">
                      {m.problems[0]}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td style={nowrap}>
                {m.model ?? EMPTY_VALUE}
                <Text size="xs" c="dimmed">
                  {FIRMWARE_LABELS[m.firmware] ?? m.firmware}
                  {m.firmwareVersion ? ` ${m.firmwareVersion}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={nowrap}>
                  {m.matchedSerial ?? m.unitSerial ?? EMPTY_VALUE}
                </Text>
                <MachineFlags machine={m} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap}>
                {formatHashrateVs(m.hashrateThs, m.idealThs)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap}>
                {formatTemp(m.chipTempMaxC)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace" style={nowrap}>
                {formatRpm(m.fanMinRpm)}
              </Table.Td>
              <Table.Td style={nowrap} title={formatDateTime(m.lastSeenAt)}>
                {formatAgo(m.lastSeenAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
