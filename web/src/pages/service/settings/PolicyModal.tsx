import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetWarrantyPolicy } from '../../../api/serviceSetup';
import type { WarrantyPolicy } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { centsOf, dollarsOf } from '../../../lib/money';

const FIELDS = [
  'termDays',
  'doaDays',
  'repairedTermDays',
  'startBasis',
  'exclusions',
  'marketValueCents',
] as const;

interface PolicyModalProps {
  /** The policy to change; the modal is closed when null. */
  policy: WarrantyPolicy | null;
  onClose: () => void;
}

export function PolicyModal({ policy, onClose }: PolicyModalProps) {
  return (
    <Modal
      opened={policy !== null}
      onClose={onClose}
      title={
        policy
          ? `Warranty of ${policy.modelName === '*' ? 'every other model' : policy.modelName}`
          : ''
      }
      size="lg"
    >
      {policy && <PolicyForm policy={policy} onDone={onClose} />}
    </Modal>
  );
}

function PolicyForm({ policy, onDone }: { policy: WarrantyPolicy; onDone: () => void }) {
  const save = useSetWarrantyPolicy();
  const [termDays, setTermDays] = useState<number | string>(policy.termDays);
  const [doaDays, setDoaDays] = useState<number | string>(policy.doaDays);
  const [repairedTermDays, setRepaired] = useState<number | string>(policy.repairedTermDays);
  const [startBasis, setStartBasis] = useState(policy.startBasis);
  const [value, setValue] = useState<number | string>(dollarsOf(policy.marketValueCents));
  const [exclusions, setExclusions] = useState(policy.exclusions.join('\n'));
  const errors = splitFieldErrors(save.error, FIELDS);
  const cents = centsOf(value);
  const complete =
    [termDays, doaDays, repairedTermDays].every((v) => typeof v === 'number') &&
    cents !== undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      {
        model: policy.modelName,
        input: {
          termDays: Number(termDays),
          doaDays: Number(doaDays),
          repairedTermDays: Number(repairedTermDays),
          startBasis,
          marketValueCents: cents ?? 0,
          exclusions: exclusions
            .split('\n')
            .map((e) => e.trim())
            .filter(Boolean),
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', title: 'Policy saved', message: policy.modelName });
          onDone();
        },
      },
    );
  };

  const days = (
    label: string,
    v: number | string,
    set: (v: number | string) => void,
    error?: string,
  ) => (
    <NumberInput
      label={label}
      suffix=" d"
      min={0}
      max={3650}
      allowDecimal={false}
      value={v}
      onChange={set}
      error={error}
    />
  );

  return (
    <form onSubmit={submit} noValidate data-testid="policy-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {days('Term', termDays, setTermDays, errors.byField.termDays)}
          {days('Dead-on-arrival window', doaDays, setDoaDays, errors.byField.doaDays)}
          {days('Repair cover', repairedTermDays, setRepaired, errors.byField.repairedTermDays)}
          <Select
            label="Starts when the machine is"
            data={[
              { value: 'shipped', label: 'Shipped' },
              { value: 'delivered', label: 'Delivered' },
            ]}
            value={startBasis}
            onChange={(v) => v && setStartBasis(v as WarrantyPolicy['startBasis'])}
            allowDeselect={false}
            error={errors.byField.startBasis}
          />
          <NumberInput
            label="Machine value"
            description="A repair quote never exceeds it"
            prefix="$"
            min={0}
            decimalScale={2}
            thousandSeparator=","
            value={value}
            onChange={setValue}
            error={errors.byField.marketValueCents}
          />
        </SimpleGrid>
        <Textarea
          label="What voids the warranty"
          description="One exclusion a line; a void cites one of them"
          autosize
          minRows={4}
          value={exclusions}
          onChange={(event) => setExclusions(event.currentTarget.value)}
          error={errors.byField.exclusions}
        />
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The policy was not saved"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!complete}
            data-testid="policy-submit"
          >
            Save policy
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
