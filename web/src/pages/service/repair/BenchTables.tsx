import { Badge, Table, Text } from '@mantine/core';
import type { BenchComponent, BenchPart, BenchTest } from '../../../api/depotTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import {
  EMPTY_VALUE,
  formatBp,
  formatCents,
  formatDateTime,
  formatNumber,
} from '../../../lib/format';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** What the machine was built from here (its genealogy), as it stands after any swap. */
export function ComponentsTable({ components }: { components: BenchComponent[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" data-testid="bench-components">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Part</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Serial or lot</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {components.map((c, index) => (
            <Table.Tr key={`${c.partNumber}:${c.serial ?? index}`}>
              <Table.Td ff="monospace" style={nowrap}>
                {c.partNumber}
              </Table.Td>
              <Table.Td>{c.kind.replaceAll('_', ' ')}</Table.Td>
              <Table.Td ff="monospace">{c.serial ?? c.lotCode ?? EMPTY_VALUE}</Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(c.quantity)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function PartsUsedTable({ parts }: { parts: BenchPart[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" data-testid="bench-parts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Part</Table.Th>
            <Table.Th>Serial</Table.Th>
            <Table.Th ta="right">Qty</Table.Th>
            <Table.Th ta="right">Cost</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parts.length === 0 && <TableMessageRow colSpan={5}>No part replaced.</TableMessageRow>}
          {parts.map((p, index) => (
            <Table.Tr key={index} data-testid={`bench-part-${p.action}`}>
              <Table.Td style={nowrap}>
                <Text size="sm">{p.action === 'removed' ? 'Removed' : 'Installed'}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(p.at)}
                </Text>
              </Table.Td>
              <Table.Td ff="monospace">{p.partNumber}</Table.Td>
              <Table.Td ff="monospace">
                {p.serial ?? EMPTY_VALUE}
                {p.disposition && (
                  <Text size="xs" c="dimmed" ff="body">
                    to {p.disposition}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatNumber(p.quantity)}
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {p.action === 'installed' ? formatCents(p.costCents) : EMPTY_VALUE}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function TestsTable({ tests }: { tests: BenchTest[] }) {
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" data-testid="bench-tests">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Attempt</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th ta="right">Hashrate</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tests.length === 0 && <TableMessageRow colSpan={4}>Not tested yet.</TableMessageRow>}
          {tests.map((t) => (
            <Table.Tr key={t.attempt} data-testid={`bench-test-${t.attempt}`}>
              <Table.Td style={nowrap}>
                <Text size="sm">#{t.attempt}</Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(t.at)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={t.result === 'pass' ? 'green' : 'red'}>
                  {t.result === 'pass' ? 'Pass' : 'Fail'}
                </Badge>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatBp(t.hashrateBp, 1)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t.reasons.join('; ') || EMPTY_VALUE}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
