import { Table, Text } from '@mantine/core';
import type { DraftBurnIn, DraftEpisode } from '../../../api/fleetHealthTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { formatHashrate } from '../fleetFormat';
import { faultLabel, faultReading, partLabel } from '../health/healthFormat';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The faults open on the machine when the draft was made. */
export function DraftEpisodesTable({ episodes }: { episodes: DraftEpisode[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="draft-episodes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Fault</Table.Th>
            <Table.Th>Part</Table.Th>
            <Table.Th>Worst reading</Table.Th>
            <Table.Th>Since</Table.Th>
            <Table.Th>Opened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {episodes.length === 0 && (
            <TableMessageRow colSpan={5}>No fault recorded with the draft.</TableMessageRow>
          )}
          {episodes.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td fw={600}>{faultLabel(e.fault)}</Table.Td>
              <Table.Td>{partLabel(e.part)}</Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {faultReading(e)}
              </Table.Td>
              <Table.Td style={nowrap}>{formatDateTime(e.since)}</Table.Td>
              <Table.Td style={nowrap}>{formatDateTime(e.openedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const share = (field: number | null, born: number | null) =>
  field === null || !born ? null : field / born;

/** A board is short when it lost chips or hashes under nine tenths of its burn-in rate. */
const SHORT_SHARE = 0.9;

/**
 * What the unit did at burn-in here against what it reported when the fault opened, board by
 * board (boards matched by serial: a swapped board has no burn-in of its own).
 */
export function DraftBurnInTable({ burnIn }: { burnIn: DraftBurnIn }) {
  const whole = burnIn.fieldShareBp === null ? null : burnIn.fieldShareBp / 10_000;
  return (
    <>
      <Text size="sm" p="sm" pb={0} data-testid="draft-burn-in-summary">
        Machine: {formatHashrate(burnIn.fieldThs)} in the field against{' '}
        {formatHashrate(burnIn.hashrateThs)} at burn-in
        {whole !== null && ` (${(whole * 100).toFixed(1)}%)`}, tested{' '}
        {formatDateTime(burnIn.testedAt)}.
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="draft-burn-in">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Board</Table.Th>
              <Table.Th>Serial</Table.Th>
              <Table.Th ta="right">Rate field / burn-in</Table.Th>
              <Table.Th ta="right">Of burn-in</Table.Th>
              <Table.Th ta="right">Chips field / burn-in</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {burnIn.boards.length === 0 && (
              <TableMessageRow colSpan={5}>No board in the reading.</TableMessageRow>
            )}
            {burnIn.boards.map((b) => {
              const rate = share(b.fieldThs, b.burnInThs);
              const fewer = b.burnInChips !== null && b.fieldChips < b.burnInChips;
              const slow = rate !== null && rate < SHORT_SHARE;
              return (
                <Table.Tr
                  key={b.index}
                  data-testid={`draft-burn-in-board-${b.index}`}
                  bg={fewer || slow ? 'var(--mantine-color-red-light)' : undefined}
                >
                  <Table.Td ff="monospace">{b.index}</Table.Td>
                  <Table.Td ff="monospace" style={nowrap}>
                    {b.serial ?? EMPTY_VALUE}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" style={nowrap}>
                    {formatHashrate(b.fieldThs)} / {formatHashrate(b.burnInThs)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" c={slow ? 'red.7' : undefined}>
                    {rate === null ? EMPTY_VALUE : `${(rate * 100).toFixed(1)}%`}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" c={fewer ? 'red.7' : undefined}>
                    {formatNumber(b.fieldChips)} / {formatNumber(b.burnInChips)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
