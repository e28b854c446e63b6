import { Anchor, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PurchaseOrderLine, ReceiptDetail } from '../../../api/supplyTypes';
import { CostLines } from '../../../components/CostLines';
import { formatBp, formatCents, formatNumber } from '../../../lib/format';
import { dutyByProgram } from './receiptDuty';
import { ReceiptLinesTable } from './ReceiptLinesTable';

interface ReceiptBreakdownProps {
  receipt: ReceiptDetail;
  /** The PO's lines, to name each receipt line's part. */
  poLines: readonly PurchaseOrderLine[];
}

/** A receipt at landed cost: goods, duty by program, freight, insurance, brokerage; then per line. */
export function ReceiptBreakdown({ receipt, poLines }: ReceiptBreakdownProps) {
  const programs = dutyByProgram(receipt.lines);
  const refundable = programs
    .filter((p) => p.voidedOn !== null)
    .reduce((sum, p) => sum + p.amountCents, 0);
  return (
    <Stack gap="md" data-testid={`receipt-${receipt.number}`}>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p="md" h="100%">
            <Title order={5} mb="xs">
              Landed cost
            </Title>
            <CostLines
              lines={[
                { label: 'Goods', cents: receipt.goodsCents },
                ...(programs.length === 0
                  ? [{ label: 'Duty', cents: receipt.dutyCents }]
                  : programs.map((p) => ({
                      label: `Duty · ${p.program}`,
                      hint: p.ratesBp.map((rate) => formatBp(rate)).join(', '),
                      cents: p.amountCents,
                    }))),
                { label: 'Freight', cents: receipt.freightCents },
                { label: 'Insurance', cents: receipt.insuranceCents },
                { label: 'Brokerage', cents: receipt.brokerageCents },
              ]}
              totalLabel="Landed total"
              totalCents={receipt.landedCents}
              totalTestId="receipt-landed-total"
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap={6}>
            <Text size="sm">
              Received on {receipt.receivedOn}
              {receipt.locationCode ? ` into ${receipt.locationCode}` : ''} · origin{' '}
              {receipt.origin}
            </Text>
            <Text size="sm" data-testid="receipt-entry">
              {receipt.entryNumber
                ? `Customs entry ${receipt.entryNumber}, entered ${receipt.entryDate}: duty ${formatCents(receipt.dutyCents)}.`
                : 'Domestic goods: no customs entry, no duty.'}
            </Text>
            {programs.length > 0 && (
              <Table fz="sm" verticalSpacing={4} data-testid="receipt-duty-programs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Duty program</Table.Th>
                    <Table.Th ta="right">Rate</Table.Th>
                    <Table.Th ta="right">Amount</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {programs.map((p) => (
                    <Table.Tr key={p.program}>
                      <Table.Td>{p.program}</Table.Td>
                      <Table.Td ta="right" ff="monospace">
                        {p.ratesBp.map((rate) => formatBp(rate)).join(', ')}
                      </Table.Td>
                      <Table.Td ta="right" ff="monospace">
                        {formatCents(p.amountCents)}
                      </Table.Td>
                      <Table.Td>
                        {p.voidedOn ? (
                          <Text size="sm" c="orange.8">
                            voided on {p.voidedOn}
                          </Text>
                        ) : (
                          'in force'
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {refundable > 0 && (
              <Text size="sm" c="orange.8">
                {formatCents(refundable)} of this duty was paid under programs voided later: a
                refund claim (see{' '}
                <Anchor component={Link} to="/trade/entries" size="sm">
                  Entries &amp; refunds
                </Anchor>
                ).
              </Text>
            )}
            <Text size="xs" c="dimmed">
              Freight, insurance and brokerage are spread over the lines by goods value;{' '}
              {formatNumber(receipt.lines.reduce((sum, line) => sum + line.quantity, 0))} units
              enter stock at their landed cost.
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
      <ReceiptLinesTable receipt={receipt} poLines={poLines} />
    </Stack>
  );
}
