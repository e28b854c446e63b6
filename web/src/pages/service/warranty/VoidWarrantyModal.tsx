import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useVoidWarranty } from '../../../api/service';
import type { WarrantyDetail } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';

interface VoidWarrantyModalProps {
  warranty: WarrantyDetail;
  opened: boolean;
  onClose: () => void;
}

/** The bench voids a warranty citing one of the policy's exclusions, with what it saw. */
export function VoidWarrantyModal({ warranty, opened, onClose }: VoidWarrantyModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Void the warranty of ${warranty.serial}`}>
      {opened && <VoidForm warranty={warranty} onDone={onClose} />}
    </Modal>
  );
}

function VoidForm({ warranty, onDone }: { warranty: WarrantyDetail; onDone: () => void }) {
  const save = useVoidWarranty(warranty.serial);
  const [reason, setReason] = useState<string | null>(null);
  const [evidence, setEvidence] = useState('');
  const errors = splitFieldErrors(save.error, ['reason', 'evidence'] as const);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason) return;
    save.mutate(
      { reason, evidence: evidence.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'orange', title: 'Warranty voided', message: reason });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="void-form">
      <Stack>
        <Text size="sm" c="dimmed">
          A void makes later repairs of this machine paid ones. It stays on record even if lifted.
        </Text>
        <Select
          label="Exclusion"
          required
          data={warranty.policy.exclusions}
          value={reason}
          onChange={setReason}
          error={errors.byField.reason}
          data-testid="void-reason"
        />
        <Textarea
          label="Evidence"
          required
          description="What was found, and where the photos are"
          autosize
          minRows={3}
          value={evidence}
          onChange={(event) => setEvidence(event.currentTarget.value)}
          error={errors.byField.evidence}
          data-testid="void-evidence"
        />
        <ProblemAlert error={save.error} fieldErrors={errors.other} title="Not voided" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="red"
            loading={save.isPending}
            disabled={!reason || !evidence.trim()}
            data-testid="void-submit"
          >
            Void warranty
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
