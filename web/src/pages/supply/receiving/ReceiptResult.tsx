import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { PurchaseOrder, ReceiptDetail } from '../../../api/supplyTypes';
import { PageHeader } from '../../../components/PageHeader';
import { formatNumber } from '../../../lib/format';
import { INVENTORY_PATH, purchaseOrderPath } from '../supplyPaths';
import { PO_STATUS_LABELS } from '../supplyLabels';
import { ReceiptBreakdown } from './ReceiptBreakdown';

interface ReceiptResultProps {
  receipt: ReceiptDetail;
  po: PurchaseOrder;
  onReceiveMore: () => void;
}

/** The receipt just posted, at landed cost, and where to go next. */
export function ReceiptResult({ receipt, po, onReceiveMore }: ReceiptResultProps) {
  const units = receipt.lines.reduce((sum, line) => sum + line.quantity, 0);
  const status = receipt.poStatus ?? po.status;
  return (
    <>
      <PageHeader title={`Receipt ${receipt.number}`} description={`Against ${po.number}`} />
      <Stack gap="md">
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck size={18} />}
          title="Receipt posted"
          data-testid="receipt-posted"
        >
          {formatNumber(units)} unit{units === 1 ? '' : 's'} received
          {receipt.locationCode ? ` into ${receipt.locationCode}` : ''}. {po.number} is now{' '}
          <span data-testid="receipt-po-status">{PO_STATUS_LABELS[status].toLowerCase()}</span>.
        </Alert>
        <ReceiptBreakdown receipt={receipt} poLines={po.lines} />
        <Group justify="flex-end">
          <Button variant="default" component={Link} to={INVENTORY_PATH}>
            Inventory
          </Button>
          {status === 'partly_received' && (
            <Button variant="default" onClick={onReceiveMore}>
              Receive more
            </Button>
          )}
          <Button
            component={Link}
            to={purchaseOrderPath(po.number)}
            data-testid="receipt-back-to-po"
          >
            Back to {po.number}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
