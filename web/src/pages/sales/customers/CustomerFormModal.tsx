import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useCreateCustomer } from '../../../api/sales';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { PRIORITY_OPTIONS } from '../salesLabels';
import { customerPath } from '../salesPaths';
import {
  CUSTOMER_FIELDS,
  customerInputOf,
  customerProblems,
  EMPTY_CUSTOMER_DRAFT,
  isCustomerComplete,
  type CustomerDraft,
} from './customerDraft';

interface CustomerFormModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Add a customer account; its page opens, ready for its sites. */
export function CustomerFormModal({ opened, onClose }: CustomerFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add customer" size="lg">
      {opened && <CustomerForm onDone={onClose} />}
    </Modal>
  );
}

function CustomerForm({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCustomer();
  const [draft, setDraft] = useState<CustomerDraft>(EMPTY_CUSTOMER_DRAFT);
  const server = splitFieldErrors(create.error, CUSTOMER_FIELDS);
  const errors = { ...server.byField, ...customerProblems(draft) };
  const set = <K extends keyof CustomerDraft>(key: K, value: CustomerDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(customerInputOf(draft), {
      onSuccess: (customer) => {
        notifications.show({
          color: 'green',
          title: 'Customer added',
          message: `${customer.code} · ${customer.name}`,
        });
        onDone();
        navigate(customerPath(customer.code));
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="customer-form">
      <Stack>
        <ProblemAlert
          error={create.error}
          fieldErrors={server.other}
          title="The customer was not added"
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label="Code"
            description="Short, e.g. GCH"
            required
            data-autofocus
            value={draft.code}
            onChange={(event) => set('code', event.currentTarget.value.toUpperCase())}
            error={errors.code}
            data-testid="customer-code"
          />
          <TextInput
            label="Name"
            required
            value={draft.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errors.name}
            style={{ gridColumn: 'span 2' }}
            data-testid="customer-name"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label="Priority"
            description="Weighs lateness when supply is short"
            data={PRIORITY_OPTIONS}
            value={draft.priority}
            onChange={(value) => set('priority', value ?? '3')}
            allowDeselect={false}
            error={errors.priority}
            data-testid="customer-priority"
          />
          <NumberInput
            label="Fleet size"
            description="Machines they run, if known"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=","
            value={draft.fleetSize}
            onChange={(value) => set('fleetSize', value)}
            error={errors.fleetSize}
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => set('note', event.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!isCustomerComplete(draft)}
            data-testid="customer-submit"
          >
            Add customer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
