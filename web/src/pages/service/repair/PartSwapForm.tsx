import { useState, type FormEvent } from 'react';
import {
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconReplace } from '@tabler/icons-react';
import { useBenchStep } from '../../../api/depot';
import { useBalances } from '../../../api/supply';
import type { StockBalance } from '../../../api/supplyTypes';
import type { BenchUnit } from '../../../api/depotTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { MONO_INPUT } from '../monoInput';

/** The depot's spares shelf: parts are replaced from it. */
const DEPOT_LOCATION = 'DEPOT';

interface Spare {
  partNumber: string;
  name: string;
  tracking: StockBalance['tracking'];
  available: number;
}

/** One option per part (balances come per lot). */
function sparesOf(balances: StockBalance[]): Spare[] {
  const byPart = new Map<string, Spare>();
  for (const b of balances) {
    const spare = byPart.get(b.partNumber) ?? {
      partNumber: b.partNumber,
      name: b.partName,
      tracking: b.tracking,
      available: 0,
    };
    spare.available += b.available;
    byPart.set(b.partNumber, spare);
  }
  return [...byPart.values()].filter((s) => s.available > 0);
}

/**
 * Replace a part from depot spares: a serial-tracked part by the serial taken out and the
 * spare's serial scanned; a bulk part (fans) by quantity. The removed part goes to quarantine.
 */
export function PartSwapForm({ unit }: { unit: BenchUnit }) {
  const step = useBenchStep(unit.unitId);
  const balances = useBalances({ location: DEPOT_LOCATION, nonZero: true });
  const spares = sparesOf(balances.data?.items ?? []);
  const suggested = new Set(unit.suggestedSpares.map((s) => s.partNumber));
  const [partNumber, setPartNumber] = useState<string | null>(null);
  const [removed, setRemoved] = useState('');
  const [installed, setInstalled] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const spare = spares.find((s) => s.partNumber === partNumber);
  const serialized = spare?.tracking === 'serial';
  const inside = unit.components
    .filter((c) => c.partNumber === partNumber && c.serial)
    .map((c) => c.serial!);
  const complete =
    !!spare && (serialized ? !!removed.trim() && !!installed.trim() : Number(quantity) >= 1);

  const option = (s: Spare) => ({
    value: s.partNumber,
    label: `${s.partNumber} · ${s.name} (${formatNumber(s.available)} on the shelf)`,
  });
  const data = [
    {
      group: 'Suggested for these faults',
      items: spares.filter((s) => suggested.has(s.partNumber)).map(option),
    },
    { group: 'Depot shelf', items: spares.filter((s) => !suggested.has(s.partNumber)).map(option) },
  ].filter((g) => g.items.length > 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!spare) return;
    const body = serialized
      ? {
          partNumber: spare.partNumber,
          removedSerial: removed.trim(),
          installedSerial: installed.trim(),
        }
      : { partNumber: spare.partNumber, quantity: Number(quantity) };
    step.mutate(
      { step: 'parts', body },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', title: 'Part replaced', message: spare.partNumber });
          setRemoved('');
          setInstalled('');
          setQuantity(1);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="part-form">
      <Stack gap="sm">
        {unit.suggestedSpares.length > 0 && (
          <Text size="sm" c="dimmed" data-testid="suggested-spares">
            Suggested:{' '}
            {unit.suggestedSpares
              .map((s) => `${s.partNumber} (${formatNumber(s.available)} on the shelf)`)
              .join(', ')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label="Part"
            placeholder={balances.isPending ? 'Loading the shelf…' : 'Pick a spare'}
            data={data}
            value={partNumber}
            onChange={setPartNumber}
            searchable
            nothingFoundMessage="Not on the depot shelf"
            error={balances.error ? 'The depot shelf could not be loaded' : undefined}
            data-testid="part-number"
          />
          {serialized ? (
            <>
              <Autocomplete
                label="Serial removed"
                placeholder="Scan the part taken out"
                data={inside}
                value={removed}
                onChange={setRemoved}
                styles={MONO_INPUT}
                data-testid="part-removed"
              />
              <TextInput
                label="Serial installed"
                placeholder="Scan the spare"
                value={installed}
                onChange={(event) => setInstalled(event.currentTarget.value)}
                styles={MONO_INPUT}
                data-testid="part-installed"
              />
            </>
          ) : (
            <NumberInput
              label="Quantity"
              min={1}
              max={50}
              allowDecimal={false}
              allowNegative={false}
              value={quantity}
              onChange={setQuantity}
              disabled={!spare}
              data-testid="part-quantity"
            />
          )}
        </SimpleGrid>
        <ProblemAlert error={step.error} title="Part not replaced" />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="default"
            leftSection={<IconReplace size={16} />}
            loading={step.isPending}
            disabled={!complete}
            data-testid="part-submit"
          >
            Replace part
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
