import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetFleetSetting } from '../../../api/fleet';
import type { FleetSettingKey } from '../../../api/fleetTypes';
import { problemText } from '../../../lib/problemText';

/** What each setting means and its unit. */
const SETTINGS: Record<FleetSettingKey, { label: string; description: string; unit: string }> = {
  stale_after_s: {
    label: 'Offline after',
    description: 'A machine not reported for this long counts as offline, whatever it said last.',
    unit: 's',
  },
  silent_after_s: {
    label: 'Site silent after',
    description:
      "A site whose collector has sent nothing for this long is reported silent (home page, webhook 'fleet.site.silent').",
    unit: 's',
  },
  raw_retention_days: {
    label: 'Keep every reading for',
    description: 'Raw samples, as each sweep read them.',
    unit: 'days',
  },
  five_minute_retention_days: {
    label: 'Keep 5-minute rollups for',
    description: 'Behind the site trend and the 2-day machine history.',
    unit: 'days',
  },
  hour_retention_days: {
    label: 'Keep hourly rollups for',
    description: 'Behind the long machine history.',
    unit: 'days',
  },
};

/** One fleet setting with its own Save: the server checks its range and says why it refuses. */
export function FleetSettingRow({ name, value }: { name: FleetSettingKey; value: number }) {
  const save = useSetFleetSetting();
  const [draft, setDraft] = useState<number | string>(value);
  const meta = SETTINGS[name];
  const changed = typeof draft === 'number' && draft !== value;
  const refused = problemText(save.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typeof draft !== 'number') return;
    save.mutate(
      { key: name, value: draft },
      {
        onSuccess: () =>
          notifications.show({ color: 'green', title: 'Setting saved', message: meta.label }),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid={`fleet-setting-${name}`}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <NumberInput
          label={meta.label}
          description={meta.description}
          suffix={` ${meta.unit}`}
          value={draft}
          onChange={(next) => {
            setDraft(next);
            save.reset();
          }}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          error={refused !== null}
          style={{ flex: 1 }}
          data-testid={`fleet-setting-${name}-input`}
        />
        <Button
          type="submit"
          loading={save.isPending}
          disabled={!changed}
          data-testid={`fleet-setting-${name}-save`}
        >
          Save
        </Button>
      </Group>
      {refused && (
        <Text size="sm" c="red" mt={4} role="alert" data-testid={`fleet-setting-${name}-error`}>
          {refused}
        </Text>
      )}
    </form>
  );
}
