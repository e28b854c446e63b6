import { ActionIcon, Group, NumberInput, Paper, Select, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { VisitPartInput } from '../../../api/fieldTypes';
import { formatNumber } from '../../../lib/format';
import { MONO_INPUT } from '../monoInput';
import type { VanSpare } from './useVanSpares';

export interface PartDraft {
  key: number;
  partNumber: string | null;
  removedSerial: string;
  installedSerial: string;
  quantity: number | string;
}

let nextKey = 1;
export const emptyPart = (): PartDraft => ({
  key: nextKey++,
  partNumber: null,
  removedSerial: '',
  installedSerial: '',
  quantity: 1,
});

/** The request's part, by the spare's tracking: serials for a serial part, else a quantity. */
export function partInput(draft: PartDraft, spares: VanSpare[]): VisitPartInput | null {
  const spare = spares.find((s) => s.partNumber === draft.partNumber);
  if (!spare) return null;
  if (spare.serialized) {
    if (!draft.removedSerial.trim() || !draft.installedSerial.trim()) return null;
    return {
      partNumber: spare.partNumber,
      removedSerial: draft.removedSerial.trim(),
      installedSerial: draft.installedSerial.trim(),
    };
  }
  const quantity = Number(draft.quantity);
  return Number.isInteger(quantity) && quantity >= 1
    ? { partNumber: spare.partNumber, quantity }
    : null;
}

interface VisitPartRowsProps {
  /** For test ids: `unit-<serial>-part-<i>-…`. */
  serial: string;
  parts: PartDraft[];
  onChange: (parts: PartDraft[]) => void;
  spares: VanSpare[];
  /** Parts of the visit's kit, listed first. */
  kit: string[];
}

/** Parts used from the van on one machine: one row each, stacked for a phone. */
export function VisitPartRows({ serial, parts, onChange, spares, kit }: VisitPartRowsProps) {
  const change = (key: number, patch: Partial<PartDraft>) =>
    onChange(parts.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const option = (s: VanSpare) => ({
    value: s.partNumber,
    label: `${s.partNumber} · ${s.name} (${formatNumber(s.available)} in the van)`,
  });
  const data = [
    { group: 'In the kit', items: spares.filter((s) => kit.includes(s.partNumber)).map(option) },
    { group: 'In the van', items: spares.filter((s) => !kit.includes(s.partNumber)).map(option) },
  ].filter((g) => g.items.length > 0);

  return (
    <Stack gap="xs">
      {parts.map((p, i) => {
        const spare = spares.find((s) => s.partNumber === p.partNumber);
        const id = (field: string) => `unit-${serial}-part-${i}-${field}`;
        return (
          <Paper key={p.key} withBorder radius="sm" p="xs" data-testid={id('row')}>
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Select
                  aria-label={`Part ${i + 1}`}
                  placeholder="Part from the van"
                  data={data}
                  value={p.partNumber}
                  onChange={(partNumber) => change(p.key, { partNumber })}
                  searchable
                  nothingFoundMessage="Not in the van"
                  style={{ flex: 1, minWidth: 0 }}
                  data-testid={id('number')}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={2}
                  aria-label={`Remove part ${i + 1}`}
                  onClick={() => onChange(parts.filter((x) => x.key !== p.key))}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
              {spare?.serialized ? (
                <>
                  <TextInput
                    aria-label="Serial removed"
                    placeholder="Serial removed (scan the part taken out)"
                    value={p.removedSerial}
                    onChange={(e) => change(p.key, { removedSerial: e.currentTarget.value })}
                    styles={MONO_INPUT}
                    data-testid={id('removed')}
                  />
                  <TextInput
                    aria-label="Serial installed"
                    placeholder="Serial installed (scan the spare)"
                    value={p.installedSerial}
                    onChange={(e) => change(p.key, { installedSerial: e.currentTarget.value })}
                    styles={MONO_INPUT}
                    data-testid={id('installed')}
                  />
                </>
              ) : (
                spare && (
                  <NumberInput
                    aria-label="Quantity"
                    prefix="Quantity "
                    min={1}
                    max={Math.min(50, spare.available)}
                    allowDecimal={false}
                    allowNegative={false}
                    value={p.quantity}
                    onChange={(quantity) => change(p.key, { quantity })}
                    data-testid={id('quantity')}
                  />
                )
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
