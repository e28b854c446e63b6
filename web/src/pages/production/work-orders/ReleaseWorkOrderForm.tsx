import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useMinerModels } from '../../../api/catalog';
import { useReleaseWorkOrder } from '../../../api/shopFloor';
import { useLocations } from '../../../api/supply';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { formatNumber } from '../../../lib/format';
import { workOrderPath } from '../productionPaths';

const FIELDS = ['model', 'quantity', 'week', 'line'] as const;

/** Release a quantity of one model to a line; opens the new work order. */
export function ReleaseWorkOrderForm({ onDone }: { onDone: () => void }) {
  const release = useReleaseWorkOrder();
  const navigate = useNavigate();
  const models = useMinerModels();
  const locations = useLocations();
  const [model, setModel] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [week, setWeek] = useState('');
  const [line, setLine] = useState<string | null>(null);
  const errors = splitFieldErrors(release.error, FIELDS);

  const modelOptions = (models.data?.items ?? [])
    .filter((m) => m.unitPartId)
    .map((m) => ({ value: m.name, label: m.name }));
  const lineOptions = (locations.data?.items ?? [])
    .filter((l) => l.kind === 'wip')
    .map((l) => ({ value: l.code, label: `${l.code} · ${l.name}` }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!model || typeof quantity !== 'number') return;
    release.mutate(
      { model, quantity, week: week || undefined, line: line ?? undefined },
      {
        onSuccess: (order) => {
          notifications.show({
            color: 'green',
            title: `${order.number} released`,
            message: `${formatNumber(order.quantity)} × ${order.modelName}, week of ${order.weekStart}.`,
          });
          onDone();
          navigate(workOrderPath(order.number));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="release-form">
      <Stack>
        <ProblemAlert error={release.error} fieldErrors={errors.other} />
        <Select
          label="Model"
          placeholder="Pick a model built here"
          data={modelOptions}
          value={model}
          onChange={setModel}
          searchable
          required
          error={errors.byField.model}
          data-testid="release-model"
        />
        <NumberInput
          label="Quantity"
          min={1}
          allowDecimal={false}
          required
          value={quantity}
          onChange={setQuantity}
          error={errors.byField.quantity}
          data-testid="release-quantity"
        />
        <Group grow align="flex-start">
          <TextInput
            label="Week"
            description="This week when empty"
            type="date"
            value={week}
            onChange={(event) => setWeek(event.currentTarget.value)}
            error={errors.byField.week}
            data-testid="release-week"
          />
          <Select
            label="Line"
            description="WIP when empty"
            data={lineOptions}
            value={line}
            onChange={setLine}
            clearable
            error={errors.byField.line}
            data-testid="release-line"
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={release.isPending}
            disabled={!model || typeof quantity !== 'number'}
            data-testid="release-submit"
          >
            Release
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
