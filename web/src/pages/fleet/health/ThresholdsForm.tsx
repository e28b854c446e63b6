import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetHealthThresholds } from '../../../api/fleetHealth';
import {
  THRESHOLD_KEYS,
  type ModelThresholds,
  type ThresholdKey,
  type ThresholdsInput,
} from '../../../api/fleetHealthTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { THRESHOLD_META, UNIT_SUFFIX, thresholdHint } from './thresholdMeta';

interface ThresholdsFormProps {
  current: ModelThresholds;
  canEdit: boolean;
}

/**
 * One model's detection thresholds: each its default or the model's own. Changed values are
 * saved together; "Use default" puts one back at once. The server checks each range.
 */
export function ThresholdsForm({ current, canEdit }: ThresholdsFormProps) {
  const save = useSetHealthThresholds();
  const [values, setValues] = useState<Record<ThresholdKey, number | string>>(current.thresholds);
  const changes: ThresholdsInput = {};
  for (const key of THRESHOLD_KEYS) {
    const v = values[key];
    if (typeof v === 'number' && v !== current.thresholds[key]) changes[key] = v;
  }
  const dirty = Object.keys(changes).length > 0;
  const incomplete = THRESHOLD_KEYS.some((k) => typeof values[k] !== 'number');
  const own = Object.keys(current.overrides).length;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { model: current.model, changes },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            title: 'Thresholds saved',
            message: `${current.model}: detection judges its next readings by them.`,
          }),
      },
    );
  };
  const reset = (key: ThresholdKey) =>
    save.mutate({ model: current.model, changes: { [key]: null } });
  const defaultText = (key: ThresholdKey) => {
    const value = current.defaults[key];
    const hint = thresholdHint(THRESHOLD_META[key].unit, value);
    return `${value.toLocaleString()}${UNIT_SUFFIX[THRESHOLD_META[key].unit]}${hint ? ` (${hint.replace(/^= /, '')})` : ''}`;
  };

  return (
    <form onSubmit={submit} noValidate data-testid="thresholds-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {current.cooling === 'water'
            ? 'Water-cooled'
            : current.cooling === 'air'
              ? 'Air-cooled'
              : 'Cooling not in the catalog'}{' '}
          · {own === 0 ? 'every threshold is a default' : `${own} set for this model`}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" data-testid="thresholds-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Threshold</Table.Th>
                <Table.Th w={220}>Value</Table.Th>
                <Table.Th w={150}>Source</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {THRESHOLD_KEYS.map((key) => {
                const meta = THRESHOLD_META[key];
                const isOwn = key in current.overrides;
                const value = values[key];
                return (
                  <Table.Tr key={key} data-testid={`threshold-${key}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {meta.label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {meta.description}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <NumberInput
                        value={value}
                        onChange={(next) => {
                          setValues((v) => ({ ...v, [key]: next }));
                          save.reset();
                        }}
                        min={meta.min}
                        max={meta.max}
                        clampBehavior="none"
                        allowDecimal={false}
                        allowNegative={false}
                        thousandSeparator=","
                        suffix={UNIT_SUFFIX[meta.unit]}
                        disabled={!canEdit}
                        description={thresholdHint(meta.unit, value)}
                        inputWrapperOrder={['input', 'description']}
                        aria-label={meta.label}
                        data-testid={`threshold-${key}-input`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge size="sm" variant="light" color={isOwn ? 'indigo' : 'gray'}>
                          {isOwn ? 'This model' : 'Default'}
                        </Badge>
                        {isOwn && (
                          <Text size="xs" c="dimmed" data-testid={`threshold-${key}-default`}>
                            default {defaultText(key)}
                          </Text>
                        )}
                        {isOwn && canEdit && (
                          <Button
                            variant="subtle"
                            size="compact-xs"
                            onClick={() => reset(key)}
                            disabled={save.isPending}
                            title={`Back to the default: ${defaultText(key)}`}
                            data-testid={`threshold-${key}-reset`}
                          >
                            Use default
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ProblemAlert error={save.error} title="Thresholds not saved" />
        {canEdit ? (
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!dirty || incomplete}
              data-testid="thresholds-save"
            >
              Save {current.model}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Technicians and admins change the thresholds.
          </Text>
        )}
      </Stack>
    </form>
  );
}
