import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useSalesOrderAction } from '../../../api/sales';
import type { SalesOrder, SalesOrderAction } from '../../../api/salesTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { formatNumber } from '../../../lib/format';
import { canCancel, canConfirm, SALES_EDITORS, SO_STATUS_LABELS } from '../salesLabels';

interface SoActionsProps {
  order: SalesOrder;
  /** Errors of the confirm button (cancelling shows its own in the dialog). */
  onError: (error: unknown) => void;
}

/**
 * Confirm (a draft) and Cancel (until something ships), for sales. Both stay in place, disabled
 * when the status does not allow them, so the page does not shift as the order moves.
 */
export function SoActions({ order, onError }: SoActionsProps) {
  const canSell = useHasAnyRole(SALES_EDITORS);
  const action = useSalesOrderAction(order.number);
  const [cancelling, setCancelling] = useState(false);
  if (!canSell) return null;

  const pending = (name: SalesOrderAction) => action.isPending && action.variables === name;
  const run = (name: SalesOrderAction) => {
    onError(null);
    action.mutate(name, {
      onSuccess: (updated) => {
        setCancelling(false);
        notifications.show({
          color: name === 'confirm' ? 'green' : 'gray',
          title: `${updated.number}: ${SO_STATUS_LABELS[updated.status].toLowerCase()}`,
          message:
            name === 'confirm'
              ? 'Its machines get dates at the next re-promise.'
              : `${updated.customerName}: ${formatNumber(updated.units)} units off the book`,
        });
      },
      onError: (error) => {
        if (name === 'confirm') onError(error);
      },
    });
  };

  return (
    <>
      <Button
        leftSection={<IconCheck size={16} />}
        loading={pending('confirm')}
        disabled={!canConfirm(order.status)}
        onClick={() => run('confirm')}
        data-testid="so-confirm"
      >
        Confirm
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconX size={16} />}
        disabled={!canCancel(order.status)}
        onClick={() => setCancelling(true)}
        data-testid="so-cancel"
      >
        Cancel order
      </Button>
      <ConfirmModal
        opened={cancelling}
        title={`Cancel ${order.number}?`}
        message={
          order.status === 'confirmed'
            ? 'The customer expects these machines: tell them. Its promised supply goes back to the other orders at the next re-promise.'
            : 'The draft will not be confirmed. This cannot be undone.'
        }
        confirmLabel="Cancel order"
        cancelLabel="Keep it"
        danger
        loading={pending('cancel')}
        error={cancelling && action.variables === 'cancel' ? action.error : null}
        onConfirm={() => run('cancel')}
        onClose={() => setCancelling(false)}
      />
    </>
  );
}
