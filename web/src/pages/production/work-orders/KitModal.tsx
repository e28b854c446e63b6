import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useKitWorkOrder } from '../../../api/shopFloor';
import { useLocations } from '../../../api/supply';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { kitUnavailable } from './kitUnavailable';
import { KitResultTable } from './KitResultTable';

const DEFAULT_SOURCE = 'RAW';

interface KitModalProps {
  number: string;
  /** Units not built yet: what the kit covers unless told otherwise. */
  remaining: number;
  opened: boolean;
  onClose: () => void;
}

/** Reserve and move the parts for a work order's remaining units from stores to its line. */
export function KitModal({ number, remaining, opened, onClose }: KitModalProps) {
  const kit = useKitWorkOrder(number);
  const locations = useLocations();
  const [from, setFrom] = useState<string | null>(DEFAULT_SOURCE);
  const [units, setUnits] = useState<number | string>('');

  const close = () => {
    kit.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    kit.mutate(
      { from: from ?? undefined, units: typeof units === 'number' ? units : undefined },
      {
        onSuccess: (result) =>
          notifications.show({
            color: 'green',
            title: `${result.workOrder} kitted`,
            message: `Parts for ${formatNumber(result.units)} unit(s) moved from ${result.from} to ${result.to}.`,
          }),
      },
    );
  };
  const sources = (locations.data?.items ?? []).map((l) => ({
    value: l.code,
    label: `${l.code} · ${l.name}`,
  }));

  return (
    <Modal opened={opened} onClose={close} title={`Kit ${number}`} size="lg">
      {kit.data ? (
        <Stack>
          <Text size="sm" data-testid="kit-summary">
            Parts for {formatNumber(kit.data.units)} unit(s) moved from {kit.data.from} to{' '}
            {kit.data.to}, held for {kit.data.workOrder}:
          </Text>
          <KitResultTable lines={kit.data.lines} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} data-testid="kit-form">
          <Stack>
            <Text size="sm" c="dimmed">
              Reserves the parts for {formatNumber(remaining)} remaining unit(s) and moves them from
              stores to the work order&rsquo;s line.
            </Text>
            {kitUnavailable(kit.error) ? (
              <Alert color="yellow" variant="light" data-testid="kit-unavailable">
                Kitting is not available on this server yet.
              </Alert>
            ) : (
              <ProblemAlert error={kit.error} title="Could not kit" data-testid="kit-error" />
            )}
            <Group grow align="flex-start">
              <Select
                label="From"
                data={sources.length ? sources : [{ value: DEFAULT_SOURCE, label: DEFAULT_SOURCE }]}
                value={from}
                onChange={setFrom}
                searchable
                data-testid="kit-from"
              />
              <NumberInput
                label="Units"
                placeholder={`${formatNumber(remaining)} (remaining)`}
                min={1}
                allowDecimal={false}
                value={units}
                onChange={setUnits}
                data-testid="kit-units"
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={kit.isPending} data-testid="kit-submit">
                Kit
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
