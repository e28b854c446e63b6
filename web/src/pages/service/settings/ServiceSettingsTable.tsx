import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetServiceSetting } from '../../../api/serviceSetup';
import type { ServiceSettings } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents, formatNumber } from '../../../lib/format';

/** What each setting means, and its value as a person reads it. */
const SETTINGS: Record<string, { label: string; read?: (value: string) => string }> = {
  labour_cents_per_hour: {
    label: 'Bench labour a quote charges (cents an hour)',
    read: (v) => `${formatCents(Number(v))} an hour`,
  },
  return_instructions: { label: 'Return instructions a customer reads once approved' },
  onsite_min_failed_units: {
    label: 'Failed machines at one site from which the crew goes there',
    read: (v) => `${formatNumber(Number(v))} machines`,
  },
  visit_max_minutes: {
    label: 'Longest field visit in one day (minutes); more work becomes several visits',
    read: (v) => `${formatNumber(Number(v))} min`,
  },
  attachment_max_bytes: {
    label: 'Largest photo or log accepted (bytes)',
    read: (v) => `${(Number(v) / 1048576).toFixed(1)} MB`,
  },
};

/** The service's editable figures; each is changed on its own. */
export function ServiceSettingsTable({ settings }: { settings: ServiceSettings }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" data-testid="service-settings-table">
          <Table.Tbody>
            {Object.entries(settings).map(([key, value]) => (
              <Table.Tr key={key} data-testid={`setting-${key}`}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {SETTINGS[key]?.label ?? key}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {SETTINGS[key]?.read?.(value) ?? value}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" w={80}>
                  <Button size="compact-sm" variant="default" onClick={() => setEditing(key)}>
                    Edit
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? (SETTINGS[editing]?.label ?? editing) : ''}
      >
        {editing && (
          <SettingForm
            name={editing}
            value={settings[editing] ?? ''}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </>
  );
}

function SettingForm({ name, value, onDone }: { name: string; value: string; onDone: () => void }) {
  const save = useSetServiceSetting();
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { key: name, value: draft.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', title: 'Setting saved', message: name });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="setting-form">
      <Stack>
        <Textarea
          aria-label="Value"
          autosize
          minRows={name === 'return_instructions' ? 4 : 1}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />
        <ProblemAlert error={save.error} title="The setting was not saved" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!draft.trim()}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
