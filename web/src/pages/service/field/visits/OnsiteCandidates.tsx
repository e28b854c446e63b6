import { Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useOnsiteCandidates } from '../../../../api/field';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { TableMessageRow } from '../../../../components/TableMessageRow';
import { formatNumber } from '../../../../lib/format';

interface OnsiteCandidatesProps {
  /** Planners get a shortcut to plan a visit to the site; null hides it. */
  onPlan: ((site: { customer: string; site: string }) => void) | null;
}

/**
 * Sites with more failed machines under open RMAs than the on-site threshold: a crew on site
 * beats shipping each machine to the depot.
 */
export function OnsiteCandidates({ onPlan }: OnsiteCandidatesProps) {
  const candidates = useOnsiteCandidates();
  const items = candidates.data?.items ?? [];
  return (
    <>
      {candidates.data && (
        <Text size="xs" c="dimmed" px="sm" pt="sm">
          Sites with more than {formatNumber(candidates.data.threshold)} machines requested or
          approved for return.
        </Text>
      )}
      <ProblemAlert error={candidates.error} title="On-site candidates could not be loaded" />
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs" data-testid="onsite-candidates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Customer</Table.Th>
              <Table.Th>Site</Table.Th>
              <Table.Th ta="right">Failed machines</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && (
              <TableMessageRow colSpan={4}>
                {candidates.isPending ? 'Loading…' : 'No site is over the threshold.'}
              </TableMessageRow>
            )}
            {items.map((c) => (
              <Table.Tr
                key={`${c.customerCode}:${c.siteCode}`}
                data-testid={`onsite-${c.siteCode}`}
              >
                <Table.Td>{c.customerCode}</Table.Td>
                <Table.Td>
                  <Text size="sm">{c.siteName}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {c.siteCode}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatNumber(c.failedUnits)}
                </Table.Td>
                <Table.Td ta="right">
                  {onPlan && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      leftSection={<IconPlus size={14} />}
                      onClick={() => onPlan({ customer: c.customerCode, site: c.siteCode })}
                      data-testid="onsite-plan"
                    >
                      Plan a visit
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
