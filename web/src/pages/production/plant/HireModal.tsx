import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  useCalendar,
  useHire,
  useStaff,
  useWorkCentres,
  useWorkforceRoles,
} from '../../../api/plant';
import type { StaffMember } from '../../../api/plantTypes';
import { isApiError } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { isIsoDate, todayIso } from '../../../lib/isoDates';
import { nextEmployeeNo } from './staffLabels';

const FIELDS = [
  'employeeNo',
  'name',
  'role',
  'shift',
  'workCentre',
  'homeBase',
  'hiredOn',
] as const;
/** The problem code of a hire whose employee number is someone else's. */
const EMPLOYEE_NO_TAKEN = 'PRODUCTION_EMPLOYEE_NO_TAKEN';

interface HireModalProps {
  opened: boolean;
  onClose: () => void;
  onHired: (person: StaffMember) => void;
}

export function HireModal({ opened, onClose, onHired }: HireModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Hire" size="lg">
      {opened && <HireForm onDone={onClose} onHired={onHired} />}
    </Modal>
  );
}

function HireForm({ onDone, onHired }: { onDone: () => void; onHired: HireModalProps['onHired'] }) {
  const hire = useHire();
  const staff = useStaff();
  const roles = useWorkforceRoles();
  const calendar = useCalendar();
  const centres = useWorkCentres();
  const [employeeNo, setEmployeeNo] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [shift, setShift] = useState<string | null>(null);
  const [workCentre, setWorkCentre] = useState<string | null>(null);
  const [homeBase, setHomeBase] = useState('');
  const [hiredOn, setHiredOn] = useState(todayIso());
  const errors = splitFieldErrors(hire.error, FIELDS);
  const taken = isApiError(hire.error) && hire.error.code === EMPLOYEE_NO_TAKEN;
  const number = employeeNo ?? nextEmployeeNo(staff.data ?? []);
  const defaultShift = roles.data?.find((r) => r.code === role)?.defaultShift;
  const complete =
    number.trim() !== '' && name.trim() !== '' && role !== null && isIsoDate(hiredOn);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!role) return;
    hire.mutate(
      {
        employeeNo: number.trim(),
        name: name.trim(),
        role,
        shift,
        workCentre,
        homeBase: homeBase.trim() || null,
        hiredOn,
      },
      {
        onSuccess: (person) => {
          notifications.show({
            color: 'green',
            title: 'Hired',
            message: `${person.employeeNo} · ${person.name}, from ${person.hiredOn}`,
          });
          onHired(person);
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="hire-form">
      <Stack>
        {!taken && <ProblemAlert error={hire.error} fieldErrors={errors.other} title="Not hired" />}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Employee number"
            required
            value={number}
            onChange={(event) => setEmployeeNo(event.currentTarget.value)}
            error={errors.byField.employeeNo ?? (taken ? hire.error?.message : undefined)}
            data-testid="hire-employee-no"
          />
          <TextInput
            label="Name"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.byField.name}
            data-testid="hire-name"
          />
          <Select
            label="Role"
            required
            data={(roles.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            value={role}
            onChange={setRole}
            error={errors.byField.role}
            data-testid="hire-role"
          />
          <TextInput
            label="Hired on"
            type="date"
            required
            value={hiredOn}
            onChange={(event) => setHiredOn(event.currentTarget.value)}
            error={errors.byField.hiredOn}
            data-testid="hire-hired-on"
          />
          <Select
            label="Shift"
            placeholder={defaultShift ? `Role default (${defaultShift})` : 'Role default'}
            clearable
            data={(calendar.data?.shifts ?? []).map((s) => ({ value: s.code, label: s.name }))}
            value={shift}
            onChange={setShift}
            error={errors.byField.shift}
          />
          <Select
            label="Work centre"
            placeholder="None"
            clearable
            data={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
            value={workCentre}
            onChange={setWorkCentre}
            error={errors.byField.workCentre}
          />
        </SimpleGrid>
        <TextInput
          label="Home base"
          description="Field technicians: the town they cover sites from"
          value={homeBase}
          onChange={(event) => setHomeBase(event.currentTarget.value)}
          error={errors.byField.homeBase}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={hire.isPending}
            disabled={!complete}
            data-testid="hire-submit"
          >
            Hire
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
