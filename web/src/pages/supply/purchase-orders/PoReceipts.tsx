import { Accordion, Group, Skeleton, Text } from '@mantine/core';
import { useLocations, useReceipt } from '../../../api/supply';
import type { PurchaseOrder, Receipt } from '../../../api/supplyTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents } from '../../../lib/format';
import { ReceiptBreakdown } from '../receiving/ReceiptBreakdown';

/** The receipts posted against an order; each opens on its landed-cost breakdown. */
export function PoReceipts({ po }: { po: PurchaseOrder }) {
  const locations = useLocations();
  const codeOf = (id: string) =>
    locations.data?.items.find((location) => location.id === id)?.code ?? null;
  if (po.receipts.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="po-receipts">
        Nothing received yet.
      </Text>
    );
  return (
    <Accordion
      variant="separated"
      multiple
      defaultValue={po.receipts.length === 1 ? [po.receipts[0]!.number] : []}
      data-testid="po-receipts"
    >
      {po.receipts.map((receipt) => (
        <Accordion.Item key={receipt.id} value={receipt.number}>
          <Accordion.Control>
            <Group justify="space-between" gap="xs" pr="sm">
              <Text size="sm" fw={600} ff="monospace">
                {receipt.number}
              </Text>
              <Text size="sm" c="dimmed">
                {receipt.receivedOn}
                {codeOf(receipt.locationId) ? ` · into ${codeOf(receipt.locationId)}` : ''}
                {receipt.entryNumber ? ` · entry ${receipt.entryNumber}` : ''}
              </Text>
              <Text size="sm" ff="monospace">
                landed {formatCents(receipt.landedCents)}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <ReceiptPanel receipt={receipt} po={po} locationCode={codeOf(receipt.locationId)} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function ReceiptPanel({
  receipt,
  po,
  locationCode,
}: {
  receipt: Receipt;
  po: PurchaseOrder;
  locationCode: string | null;
}) {
  const detail = useReceipt(receipt.number);
  if (detail.error)
    return <ProblemAlert error={detail.error} title="The receipt could not be loaded" />;
  if (detail.isPending) return <Skeleton height={180} radius="md" />;
  return (
    <ReceiptBreakdown
      receipt={{
        ...detail.data,
        locationCode: detail.data.locationCode ?? locationCode ?? undefined,
      }}
      poLines={po.lines}
    />
  );
}
