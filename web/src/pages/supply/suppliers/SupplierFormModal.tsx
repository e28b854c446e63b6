import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useCreateSupplier, useUpdateSupplier } from '../../../api/supply';
import type { Supplier } from '../../../api/supplyTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { SupplierFields } from './SupplierFields';
import { supplierPath } from '../supplyPaths';
import {
  changesOf,
  draftOf,
  EMPTY_SUPPLIER_DRAFT,
  inputOf,
  isComplete,
  SUPPLIER_FIELDS,
  type SupplierDraft,
} from './supplierDraft';

/** Add a supplier, or change one (including its restricted-party flag). */
export type SupplierEditing = { kind: 'create' } | { kind: 'edit'; supplier: Supplier };

interface SupplierFormModalProps {
  /** What is being edited; the modal is closed when null. */
  editing: SupplierEditing | null;
  onClose: () => void;
}

export function SupplierFormModal({ editing, onClose }: SupplierFormModalProps) {
  const title = editing?.kind === 'edit' ? `Edit ${editing.supplier.code}` : 'New supplier';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size="lg">
      {editing && <SupplierForm editing={editing} onDone={onClose} />}
    </Modal>
  );
}

function SupplierForm({ editing, onDone }: { editing: SupplierEditing; onDone: () => void }) {
  const navigate = useNavigate();
  const create = useCreateSupplier();
  const update = useUpdateSupplier();
  const mutation = editing.kind === 'edit' ? update : create;
  const [draft, setDraft] = useState<SupplierDraft>(
    editing.kind === 'edit' ? draftOf(editing.supplier) : EMPTY_SUPPLIER_DRAFT,
  );
  const serverErrors = splitFieldErrors(mutation.error, SUPPLIER_FIELDS);

  const saved = (supplier: Supplier) => {
    notifications.show({
      color: 'green',
      title: editing.kind === 'edit' ? 'Supplier saved' : 'Supplier added',
      message: `${supplier.code} · ${supplier.name}`,
    });
    onDone();
    // A new supplier opens; a renamed one moves to its new address.
    if (editing.kind === 'create' || supplier.code !== editing.supplier.code)
      navigate(supplierPath(supplier), { replace: editing.kind === 'edit' });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (editing.kind === 'edit') {
      const changes = changesOf(editing.supplier, draft);
      if (Object.keys(changes).length === 0) return onDone();
      update.mutate({ key: editing.supplier.id, changes }, { onSuccess: saved });
    } else {
      create.mutate(inputOf(draft), { onSuccess: saved });
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="supplier-form">
      <Stack>
        <ProblemAlert
          error={mutation.error}
          fieldErrors={serverErrors.other}
          title="The supplier was not saved"
        />
        <SupplierFields draft={draft} onChange={setDraft} errors={serverErrors.byField} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={!isComplete(draft)}
            data-testid="supplier-submit"
          >
            {editing.kind === 'edit' ? 'Save changes' : 'Add supplier'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
