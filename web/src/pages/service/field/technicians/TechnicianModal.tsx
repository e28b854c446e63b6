import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useSetTechnician } from '../../../../api/field';
import type { Technician } from '../../../../api/fieldTypes';
import { useFaultCodes } from '../../../../api/service';
import { useLocations } from '../../../../api/supply';
import { useCurrentUser } from '../../../../auth/CurrentUserContext';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../../lib/fieldErrors';
import { isIsoDate } from '../../../../lib/isoDates';
import { loginChoices, userOf, type LoginChoice } from './loginChoice';

const FIELDS = [
  'name',
  'user',
  'homeLabel',
  'homeLatitude',
  'homeLongitude',
  'skills',
  'minutesPerDay',
  'daysOff',
  'van',
] as const;

/** A new technician, or one to change; the modal is closed when null. */
export type TechnicianEditing = { kind: 'create' } | { kind: 'edit'; technician: Technician };

export function TechnicianModal({
  editing,
  onClose,
}: {
  editing: TechnicianEditing | null;
  onClose: () => void;
}) {
  const technician = editing?.kind === 'edit' ? editing.technician : null;
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={technician ? `Edit ${technician.name}` : 'Add a technician'}
      size="lg"
    >
      {editing && <TechnicianForm technician={technician} onDone={onClose} />}
    </Modal>
  );
}

function TechnicianForm({
  technician: t,
  onDone,
}: {
  technician: Technician | null;
  onDone: () => void;
}) {
  const me = useCurrentUser();
  const save = useSetTechnician();
  const locations = useLocations().data?.items ?? [];
  const vans = locations.filter((l) => l.kind === 'field_van' || l.id === t?.vanLocationId);
  // Skills are the part kinds the fault codes point at.
  const kinds = [...new Set((useFaultCodes().data?.items ?? []).map((c) => c.partKind))].filter(
    (k): k is string => k !== null,
  );
  const [code, setCode] = useState(t?.code ?? '');
  const [name, setName] = useState(t?.name ?? '');
  const [login, setLogin] = useState<LoginChoice>(() =>
    t?.userId === me.id ? 'me' : t?.userId ? 'keep' : 'none',
  );
  const [homeLabel, setHomeLabel] = useState(t?.homeLabel ?? '');
  const [lat, setLat] = useState<number | string>(t?.homeLatitude ?? '');
  const [lon, setLon] = useState<number | string>(t?.homeLongitude ?? '');
  const [skills, setSkills] = useState<string[]>(t?.skills ?? []);
  const [minutes, setMinutes] = useState<number | string>(t?.minutesPerDay ?? 480);
  const [daysOff, setDaysOff] = useState<string[]>(t?.daysOff ?? []);
  // Undefined until changed: the record names its van by id, known as a code once loaded.
  const [van, setVan] = useState<string | null | undefined>(undefined);
  const [active, setActive] = useState(t?.active ?? true);
  const errors = splitFieldErrors(save.error, FIELDS);
  const complete =
    code.trim() !== '' &&
    name.trim() !== '' &&
    homeLabel.trim() !== '' &&
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    typeof minutes === 'number';
  const vanValue =
    van === undefined ? (locations.find((l) => l.id === t?.vanLocationId)?.code ?? null) : van;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      {
        code: code.trim().toUpperCase(),
        input: {
          name: name.trim(),
          user: userOf(login, me.id, t?.userId ?? null),
          homeLabel: homeLabel.trim(),
          homeLatitude: Number(lat),
          homeLongitude: Number(lon),
          skills,
          minutesPerDay: Number(minutes),
          daysOff,
          van: vanValue,
          active,
        },
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: 'Technician saved', message: saved.name });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="technician-form">
      <Stack>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Code"
            required
            disabled={t !== null}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            data-testid="technician-code"
          />
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.byField.name}
            data-testid="technician-name"
          />
          <TextInput
            label="Home"
            description="Where the day starts and ends"
            required
            value={homeLabel}
            onChange={(e) => setHomeLabel(e.currentTarget.value)}
            error={errors.byField.homeLabel}
          />
          <Group gap="xs" grow align="flex-start">
            <NumberInput
              label="Latitude"
              required
              decimalScale={4}
              min={-90}
              max={90}
              value={lat}
              onChange={setLat}
              error={errors.byField.homeLatitude}
            />
            <NumberInput
              label="Longitude"
              required
              decimalScale={4}
              min={-180}
              max={180}
              value={lon}
              onChange={setLon}
              error={errors.byField.homeLongitude}
            />
          </Group>
          <TagsInput
            label="Skills"
            description="Part kinds repaired on site"
            data={kinds}
            value={skills}
            onChange={setSkills}
            error={errors.byField.skills}
          />
          <NumberInput
            label="Working day"
            suffix=" min"
            min={60}
            max={1440}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            error={errors.byField.minutesPerDay}
          />
          <TagsInput
            label="Days off"
            description="YYYY-MM-DD, Enter after each"
            value={daysOff}
            onChange={(days) => setDaysOff(days.filter(isIsoDate).sort())}
            error={errors.byField.daysOff}
          />
          <Select
            label="Van"
            description="Parts used on site come from its stock"
            data={vans.map((l) => ({ value: l.code, label: `${l.code} · ${l.name}` }))}
            value={vanValue}
            onChange={setVan}
            clearable
            searchable
            error={errors.byField.van}
          />
          <Select
            label="Login"
            description="Whose “My visits” shows this technician's route"
            data={loginChoices(t?.userId ?? null, me.id, me.email)}
            value={login}
            onChange={(v) => v && setLogin(v as LoginChoice)}
            allowDeselect={false}
            error={errors.byField.user}
            data-testid="technician-login-choice"
          />
          <Switch
            label="Active: the planner sends them"
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            mt="lg"
          />
        </SimpleGrid>
        <ProblemAlert
          error={save.error}
          fieldErrors={errors.other}
          title="The technician was not saved"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!complete}
            data-testid="technician-submit"
          >
            {t ? 'Save changes' : 'Add technician'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
