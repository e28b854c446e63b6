import { useState } from 'react';
import { Alert, List, Paper, Stack, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useLocation, useParams } from 'react-router';
import { usePurchaseOrder } from '../../../api/supply';
import type { PurchaseOrder } from '../../../api/supplyTypes';
import { RecordPage } from '../../../components/RecordPage';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RestrictedBadge } from '../RestrictedBadge';
import type { CreatedState } from './NewPurchaseOrderPage';
import { PoActions } from './PoActions';
import { PoFacts } from './PoFacts';
import { PoLinesTable } from './PoLinesTable';
import { PURCHASE_ORDERS_PATH } from '../supplyPaths';
import { PoReceipts } from './PoReceipts';

/** One purchase order (`/supply/purchase-orders/:number`): header, actions, lines, receipts. */
export function PurchaseOrderPage() {
  const number = useParams().number ?? '';
  const po = usePurchaseOrder(number);
  return (
    <RecordPage
      back={{ to: PURCHASE_ORDERS_PATH, label: 'Purchase orders' }}
      query={po}
      errorTitle="Purchase order could not be loaded"
    >
      {(data) => <PurchaseOrderDetail po={data} />}
    </RecordPage>
  );
}

function PurchaseOrderDetail({ po }: { po: PurchaseOrder }) {
  const created = useLocation().state as CreatedState | null;
  const [showWarnings, setShowWarnings] = useState(true);
  const [actionError, setActionError] = useState<unknown>(null);
  const warnings = created?.warnings ?? [];

  return (
    <>
      <PageHeader
        title={po.number}
        description={`${po.supplier.name} · ordered ${po.orderDate} · due ${po.dueDate}`}
        actions={<PoActions po={po} onError={setActionError} />}
      />
      <Stack gap="lg">
        {showWarnings && warnings.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconInfoCircle size={18} />}
            title="Drafted with warnings"
            withCloseButton
            onClose={() => setShowWarnings(false)}
            data-testid="po-created-warnings"
          >
            <List size="sm">
              {warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {po.supplier.warning && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={<RestrictedBadge list={po.supplier.restrictedList} />}
            data-testid="po-supplier-warning"
          >
            {po.supplier.warning}{' '}
            {po.restrictedAcknowledgedBy
              ? 'The buyer who sent this order confirmed it knowing this.'
              : 'Sending this order will need a confirmation.'}
          </Alert>
        )}
        <ProblemAlert error={actionError} />
        <PoFacts po={po} />
        <Stack gap="xs">
          <Title order={4}>Lines</Title>
          <Paper withBorder radius="md">
            <PoLinesTable po={po} />
          </Paper>
        </Stack>
        <Stack gap="xs">
          <Title order={4}>Receipts</Title>
          <PoReceipts po={po} />
        </Stack>
      </Stack>
    </>
  );
}
