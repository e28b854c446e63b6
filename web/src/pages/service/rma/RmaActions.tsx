import { useState } from 'react';
import { Button } from '@mantine/core';
import type { RmaDetail } from '../../../api/serviceTypes';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { hasAnyRole } from '../../../lib/roles';
import { ACTION_FORMS, candidatesOf, PRIMARY_ACTIONS, type ActionForm } from './rmaActionForms';
import { RmaActionModal } from './RmaActionModal';

/**
 * The actions this user may take and the RMA's machines allow, each in a small modal: the desk
 * approves or rejects, the customer ships in and confirms receipt, the depot ships back.
 */
export function RmaActions({ rma }: { rma: RmaDetail }) {
  const roles = useCurrentUser().roles;
  const isCustomer = roles.includes('customer');
  const [open, setOpen] = useState<ActionForm | null>(null);
  const labelOf = (form: ActionForm) => (isCustomer && form.customerButton) || form.button;
  const forms = ACTION_FORMS.filter(
    (f) => hasAnyRole(roles, f.roles) && candidatesOf(f, rma.units).length > 0,
  );
  if (forms.length === 0) return null;

  return (
    <>
      {forms.map((form) => {
        const Icon = form.icon;
        return (
          <Button
            key={form.action}
            variant={PRIMARY_ACTIONS.has(form.action) ? 'filled' : 'default'}
            color={PRIMARY_ACTIONS.has(form.action) ? undefined : form.color}
            leftSection={<Icon size={16} />}
            onClick={() => setOpen(form)}
            data-testid={form.testId}
          >
            {labelOf(form)}
          </Button>
        );
      })}
      <RmaActionModal
        rma={rma}
        form={open}
        submitLabel={open ? labelOf(open) : ''}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
