import { ActionIcon, Autocomplete, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FaultCode } from '../../../../api/serviceTypes';
import { formatNumber } from '../../../../lib/format';
import { MONO_INPUT } from '../../monoInput';

export interface VisitUnitDraft {
  /** Stable React key: rows are added and removed. */
  key: number;
  serial: string;
  fault: string | null;
}

let nextKey = 1;
export const emptyUnit = (): VisitUnitDraft => ({ key: nextKey++, serial: '', fault: null });
export const unitComplete = (u: VisitUnitDraft) => u.serial.trim() !== '' && !!u.fault;

interface PlanVisitUnitsProps {
  units: VisitUnitDraft[];
  onChange: (units: VisitUnitDraft[]) => void;
  faultCodes: FaultCode[];
  /** Serials installed at the site, to pick from while typing. */
  serials: string[];
  /** The server's messages by row (of the rows sent) and field. */
  errorsOf: (unit: VisitUnitDraft) => Partial<Record<string, string>>;
}

/** The machines to fix on site: one row each, serial and fault code. */
export function PlanVisitUnits({
  units,
  onChange,
  faultCodes,
  serials,
  errorsOf,
}: PlanVisitUnitsProps) {
  const change = (key: number, patch: Partial<VisitUnitDraft>) =>
    onChange(units.map((u) => (u.key === key ? { ...u, ...patch } : u)));
  const filled = units.filter((u) => u.serial.trim() || u.fault).length;
  return (
    <Stack gap="xs" data-testid="plan-units">
      <Text size="sm" fw={500}>
        Machines
      </Text>
      {units.map((u, index) => {
        const errors = errorsOf(u);
        return (
          <Group
            key={u.key}
            gap="xs"
            align="flex-start"
            wrap="wrap"
            data-testid={`plan-unit-${index}`}
          >
            <Autocomplete
              aria-label={`Serial, machine ${index + 1}`}
              placeholder="Serial"
              data={serials}
              limit={20}
              value={u.serial}
              onChange={(serial) => change(u.key, { serial })}
              error={errors.serial ?? errors['']}
              spellCheck={false}
              autoComplete="off"
              styles={MONO_INPUT}
              style={{ flex: '1 1 180px' }}
              data-testid={`plan-unit-${index}-serial`}
            />
            <Select
              aria-label={`Fault, machine ${index + 1}`}
              placeholder="Fault code"
              data={faultCodes.map((c) => ({ value: c.code, label: c.name }))}
              value={u.fault}
              onChange={(fault) => change(u.key, { fault })}
              error={errors.fault}
              searchable
              style={{ flex: '1 1 180px' }}
              data-testid={`plan-unit-${index}-fault`}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={2}
              aria-label={`Remove machine ${index + 1}`}
              disabled={units.length === 1}
              onClick={() => onChange(units.filter((x) => x.key !== u.key))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group justify="space-between">
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...units, emptyUnit()])}
          data-testid="plan-add-unit"
        >
          Add a machine
        </Button>
        <Text size="xs" c="dimmed">
          {formatNumber(filled)} machine{filled === 1 ? '' : 's'}
        </Text>
      </Group>
    </Stack>
  );
}
