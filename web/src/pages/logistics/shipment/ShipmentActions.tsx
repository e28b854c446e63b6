import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import type { ShipmentDetail } from '../../../api/logisticsTypes';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { hasAnyRole } from '../../../lib/roles';
import { canReceive, RECEIVERS } from '../logisticsLabels';
import { ReceiptModal } from './ReceiptModal';
import { STEP_FORMS, type StepForm } from './stepForms';
import { StepModal } from './StepModal';

/**
 * The steps the shipment's state allows and the user may record, each in a small modal; and
 * "Confirm receipt" at the site, for the customer or logistics.
 */
export function ShipmentActions({ shipment }: { shipment: ShipmentDetail }) {
  const roles = useCurrentUser().roles;
  const [open, setOpen] = useState<StepForm | null>(null);
  const [receiving, setReceiving] = useState(false);
  const steps = STEP_FORMS.filter((f) => hasAnyRole(roles, f.roles) && f.allowed(shipment));
  const mayReceive = hasAnyRole(roles, RECEIVERS) && canReceive(shipment);
  if (steps.length === 0 && !mayReceive) return null;

  return (
    <>
      {steps.map((form) => {
        const Icon = form.icon;
        return (
          <Button
            key={form.step}
            variant="default"
            leftSection={<Icon size={16} />}
            onClick={() => setOpen(form)}
            data-testid={form.testId}
          >
            {form.button}
          </Button>
        );
      })}
      {mayReceive && (
        <Button
          leftSection={<IconPackageImport size={16} />}
          onClick={() => setReceiving(true)}
          data-testid="confirm-receipt"
        >
          Confirm receipt
        </Button>
      )}
      <StepModal shipment={shipment} form={open} onClose={() => setOpen(null)} />
      <ReceiptModal shipment={shipment} opened={receiving} onClose={() => setReceiving(false)} />
    </>
  );
}
