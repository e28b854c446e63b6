import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Input,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useCalendar, useSetRole } from '../../../api/plant';
import { ROLE_KINDS, type RoleKind, type WorkforceRole } from '../../../api/plantTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { ROLE_KIND_LABELS } from './plantLabels';

const FIELDS = ['name', 'kind', 'defaultShift', 'learningCurve'] as const;
const KIND_OPTIONS = ROLE_KINDS.map((kind) => ({ value: kind, label: ROLE_KIND_LABELS[kind] }));

/** A new role, or one to change; the modal is closed when null. */
export type RoleEditing = { kind: 'create' } | { kind: 'edit'; role: WorkforceRole };

interface PointDraft {
  key: number;
  week: number | string;
  percent: number | string;
}

let nextKey = 1;
const point = (week: number | string, percent: number | string): PointDraft => ({
  key: nextKey++,
  week,
  percent,
});

interface RoleModalProps {
  editing: RoleEditing | null;
  onClose: () => void;
}

export function RoleModal({ editing, onClose }: RoleModalProps) {
  const title = editing?.kind === 'edit' ? `Edit ${editing.role.name}` : 'New role';
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title} size="lg">
      {editing && (
        <RoleForm role={editing.kind === 'edit' ? editing.role : null} onDone={onClose} />
      )}
    </Modal>
  );
}

function RoleForm({ role, onDone }: { role: WorkforceRole | null; onDone: () => void }) {
  const save = useSetRole();
  const calendar = useCalendar();
  const [code, setCode] = useState(role?.code ?? '');
  const [name, setName] = useState(role?.name ?? '');
  const [kind, setKind] = useState<RoleKind>(role?.kind ?? 'direct');
  const [defaultShift, setDefaultShift] = useState<string | null>(role?.defaultShift ?? null);
  const [points, setPoints] = useState<PointDraft[]>(() =>
    role ? role.learningCurve.map((p) => point(p.week, p.bp / 100)) : [point(0, 100)],
  );
  const errors = splitFieldErrors(save.error, FIELDS);
  const complete =
    code.trim() !== '' &&
    name.trim() !== '' &&
    defaultShift !== null &&
    points.every((p) => typeof p.week === 'number' && typeof p.percent === 'number');

  const change = (key: number, patch: Partial<PointDraft>) =>
    setPoints((current) => current.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!defaultShift) return;
    const learningCurve = points.map((p) => ({
      week: Number(p.week),
      bp: Math.round(Number(p.percent) * 100),
    }));
    save.mutate(
      { code: code.trim(), input: { name: name.trim(), kind, defaultShift, learningCurve } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: 'Role saved', message: saved.name });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="role-form">
      <Stack>
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The role was not saved"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Code"
            required
            disabled={role !== null}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.byField.name}
          />
          <Select
            label="Kind"
            description="Direct labour loads the line; service staff work at sites"
            data={KIND_OPTIONS}
            value={kind}
            onChange={(value) => value && setKind(value as RoleKind)}
            allowDeselect={false}
            error={errors.byField.kind}
          />
          <Select
            label="Default shift"
            description="For people hired without one"
            data={(calendar.data?.shifts ?? []).map((s) => ({ value: s.code, label: s.name }))}
            value={defaultShift}
            onChange={setDefaultShift}
            error={errors.byField.defaultShift}
          />
        </SimpleGrid>
        <Input.Wrapper
          label="Learning curve"
          description="Productivity after so many weeks on the job; straight between points, flat after the last."
          error={errors.byField.learningCurve}
        >
          <Stack gap={6} mt={6}>
            {points.map((p, index) => (
              <Group key={p.key} gap="sm" data-testid={`curve-point-${index}`}>
                <NumberInput
                  aria-label={`Week, point ${index + 1}`}
                  suffix=" wk"
                  min={0}
                  max={520}
                  allowNegative={false}
                  value={p.week}
                  onChange={(week) => change(p.key, { week })}
                  w={110}
                />
                <NumberInput
                  aria-label={`Productivity, point ${index + 1}`}
                  suffix="%"
                  min={0}
                  max={200}
                  decimalScale={2}
                  allowNegative={false}
                  value={p.percent}
                  onChange={(percent) => change(p.key, { percent })}
                  w={110}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove point ${index + 1}`}
                  onClick={() => setPoints((current) => current.filter((q) => q.key !== p.key))}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button
                variant="subtle"
                size="xs"
                leftSection={<IconPlus size={14} />}
                onClick={() => setPoints((current) => [...current, point('', 100)])}
              >
                Add point
              </Button>
            </Group>
          </Stack>
        </Input.Wrapper>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!complete}>
            {role ? 'Save changes' : 'Add role'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
