import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPackageImport, IconSend, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/problem';
import { usePurchaseOrderAction } from '../../../api/supply';
import type { PoAction, PurchaseOrder } from '../../../api/supplyTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { BUYERS, isReceivable, PO_STATUS_LABELS, RECEIVERS } from '../supplyLabels';
import { receivePath } from '../supplyPaths';

export const RESTRICTED_PARTY = 'SUPPLY_RESTRICTED_PARTY';

const isRestrictedRefusal = (error: unknown) =>
  isApiError(error) && error.code === RESTRICTED_PARTY;

type Confirming = { kind: 'cancel' } | { kind: 'restricted'; detail: string };

interface PoActionsProps {
  po: PurchaseOrder;
  /** Errors of the actions that no dialog shows (to be shown on the page). */
  onError: (error: unknown) => void;
}

/**
 * The buttons a purchase order's status allows: Approve (draft), Send (approved), Cancel (until
 * received), Receive (sent). Sending to a restricted party is refused with its warning; the buyer
 * may then confirm and send anyway.
 */
export function PoActions({ po, onError }: PoActionsProps) {
  const canBuy = useHasAnyRole(BUYERS);
  const canReceive = useHasAnyRole(RECEIVERS);
  const action = usePurchaseOrderAction(po.number);
  const [confirming, setConfirming] = useState<Confirming | null>(null);

  const done = (updated: PurchaseOrder) => {
    setConfirming(null);
    onError(null);
    notifications.show({
      color: 'green',
      title: `${updated.number}: ${PO_STATUS_LABELS[updated.status].toLowerCase()}`,
      message: `${updated.supplier.name}`,
    });
  };

  const run = (name: PoAction, acknowledge = false) => {
    onError(null);
    action.mutate(
      { action: name, acknowledge },
      {
        onSuccess: done,
        onError: (error) => {
          if (name === 'send' && !acknowledge && isRestrictedRefusal(error) && isApiError(error))
            setConfirming({ kind: 'restricted', detail: error.problem.detail });
          else if (!confirming) onError(error);
        },
      },
    );
  };

  const pending = (name: PoAction) => action.isPending && action.variables?.action === name;
  const closeable = po.status === 'draft' || po.status === 'approved' || po.status === 'sent';
  // The refusal itself is shown as the dialog's message, not as an error.
  const dialogError = confirming && !isRestrictedRefusal(action.error) ? action.error : null;

  return (
    <>
      {canBuy && po.status === 'draft' && (
        <Button
          leftSection={<IconCheck size={16} />}
          loading={pending('approve')}
          onClick={() => run('approve')}
          data-testid="po-approve"
        >
          Approve
        </Button>
      )}
      {canBuy && po.status === 'approved' && (
        <Button
          leftSection={<IconSend size={16} />}
          loading={pending('send')}
          onClick={() => run('send')}
          data-testid="po-send"
        >
          Send
        </Button>
      )}
      {canReceive && isReceivable(po.status) && (
        <Button
          component={Link}
          to={receivePath(po.number)}
          leftSection={<IconPackageImport size={16} />}
          data-testid="po-receive"
        >
          Receive
        </Button>
      )}
      {canBuy && closeable && (
        <Button
          variant="default"
          color="red"
          leftSection={<IconX size={16} />}
          onClick={() => setConfirming({ kind: 'cancel' })}
          data-testid="po-cancel"
        >
          Cancel order
        </Button>
      )}
      <ConfirmModal
        opened={confirming?.kind === 'restricted'}
        title="Restricted party"
        message={confirming?.kind === 'restricted' ? confirming.detail : ''}
        confirmLabel="Send anyway"
        cancelLabel="Don't send"
        danger
        loading={pending('send')}
        error={dialogError}
        onConfirm={() => run('send', true)}
        onClose={() => setConfirming(null)}
      />
      <ConfirmModal
        opened={confirming?.kind === 'cancel'}
        title={`Cancel ${po.number}?`}
        message={
          po.status === 'sent'
            ? 'The supplier has the order: tell them it is cancelled. Nothing has been received against it.'
            : 'The order will not be sent. This cannot be undone.'
        }
        confirmLabel="Cancel order"
        cancelLabel="Keep it"
        danger
        loading={pending('cancel')}
        error={dialogError}
        onConfirm={() => run('cancel')}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
