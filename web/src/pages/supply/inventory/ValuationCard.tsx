import { Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useValuation } from '../../../api/supply';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents, formatNumber } from '../../../lib/format';

const TOP = 5;

/** What the stock is worth, how it is valued, and the parts worth most. */
export function ValuationCard() {
  const valuation = useValuation();
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="valuation">
      {valuation.error ? (
        <ProblemAlert error={valuation.error} title="Valuation could not be loaded" />
      ) : valuation.isPending ? (
        <Skeleton height={120} />
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" fw={500}>
            Stock value
          </Text>
          <Text fz={28} fw={700} lh={1.1} ff="monospace" data-testid="valuation-total">
            {formatCents(valuation.data.totalCents)}
          </Text>
          <Text size="xs" c="dimmed" data-testid="valuation-method">
            {valuation.data.method}
          </Text>
          {valuation.data.items.length > 0 && (
            <Table fz="xs" verticalSpacing={2} horizontalSpacing={4}>
              <Table.Tbody>
                {valuation.data.items.slice(0, TOP).map((item) => (
                  <Table.Tr key={item.partId}>
                    <Table.Td ff="monospace">{item.partNumber}</Table.Td>
                    <Table.Td ta="right">{formatNumber(item.quantity)}</Table.Td>
                    <Table.Td ta="right" c="dimmed">
                      @ {formatCents(item.averageCents)}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {formatCents(item.valueCents)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {valuation.data.items.length > TOP && (
            <Text size="xs" c="dimmed">
              and {valuation.data.items.length - TOP} more parts
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
