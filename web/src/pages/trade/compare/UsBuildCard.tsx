import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { UsBuildCost } from '../../../api/tradeTypes';
import { formatBp, formatCents } from '../../../lib/format';
import { CostLines } from '../../../components/CostLines';

interface UsBuildCardProps {
  usBuild: UsBuildCost;
  labourCentsPerHour: number;
  /** The first result's card carries the test id `compare-us-total`. */
  totalTestId?: string;
}

/** The cost of building one unit in the US plant, from imported and local parts. */
export function UsBuildCard({ usBuild, labourCentsPerHour, totalTestId }: UsBuildCardProps) {
  const dutiable = usBuild.partDuties.filter((part) => part.dutyCents > 0);
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="compare-us-build">
      <Stack gap="sm">
        <Title order={5}>US build</Title>
        <CostLines
          lines={[
            { label: 'Parts', cents: usBuild.partsCents },
            { label: 'Duty on imported parts', cents: usBuild.partsDutyCents },
            { label: 'Inbound freight on parts', cents: usBuild.partsFreightCents },
            {
              label: 'Labour',
              hint: `at ${formatCents(labourCentsPerHour)}/h`,
              cents: usBuild.labourCents,
            },
            { label: 'Brokerage', cents: usBuild.brokerageCents },
            { label: 'Overhead', cents: usBuild.overheadCents },
          ]}
          totalLabel="US build cost"
          totalCents={usBuild.totalCents}
          totalTestId={totalTestId}
        />
        {dutiable.length === 0 ? (
          <Text size="xs" c="dimmed">
            No imported part pays duty on this date.
          </Text>
        ) : (
          <Table fz="xs" verticalSpacing={2} horizontalSpacing={4}>
            <Table.Tbody>
              {dutiable.map((part) => (
                <Table.Tr key={part.partNumber}>
                  <Table.Td>{part.partNumber}</Table.Td>
                  <Table.Td>{part.origin}</Table.Td>
                  <Table.Td ta="right">{formatBp(part.rateBp)}</Table.Td>
                  <Table.Td ta="right">{formatCents(part.dutyCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            Parts by origin:{' '}
            {usBuild.partDuties
              .map((part) => `${part.partNumber} (${part.origin ?? '?'})`)
              .join(', ')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
