import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useCalendar, useRoster, useWorkforceRoles } from '../../../api/plant';
import type { RosterEntry, StaffMember } from '../../../api/plantTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TablePager, usePagedRows } from '../../../components/TablePager';
import { formatNumber } from '../../../lib/format';
import { ROSTER_KEEPERS } from '../productionLabels';
import { useRoleNames } from '../useRoleNames';
import { HireModal } from './HireModal';
import { LeaveModal } from './LeaveModal';
import { RosterTable } from './RosterTable';
import { firstRosterWeek } from './staffLabels';

const PAGE_SIZE = 50;

function matches(person: RosterEntry, role: string | null, search: string): boolean {
  if (role && person.role !== role) return false;
  const needle = search.trim().toLowerCase();
  return (
    !needle ||
    person.name.toLowerCase().includes(needle) ||
    person.employeeNo.toLowerCase().includes(needle)
  );
}

/** The roster of a week; planners and line leads hire and record leavers. */
export function RosterTab() {
  const canKeep = useHasAnyRole(ROSTER_KEEPERS);
  const [week, setWeek] = useState('');
  const [role, setRole] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [hiring, setHiring] = useState(false);
  const [leaving, setLeaving] = useState<StaffMember | null>(null);
  const roster = useRoster(week);
  const roles = useWorkforceRoles();
  const calendar = useCalendar();
  const roleName = useRoleNames();
  const shiftNames = new Map((calendar.data?.shifts ?? []).map((s) => [s.code, s.name]));
  const rows = (roster.data?.items ?? []).filter((person) => matches(person, role, search));
  const paged = usePagedRows(rows, PAGE_SIZE);

  /** Opens the first week the new hire is on the roster, found by their number. */
  const showHired = (person: StaffMember) => {
    const first = firstRosterWeek(person.hiredOn);
    if (roster.data?.week !== first) setWeek(first);
    setRole(null);
    setSearch(person.employeeNo);
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" justify="space-between">
        <Group gap="sm" align="flex-end">
          <TextInput
            type="date"
            label="Week of"
            value={week}
            onChange={(event) => setWeek(event.currentTarget.value)}
            w={170}
            data-testid="roster-week-input"
          />
          <Select
            label="Role"
            placeholder="Every role"
            clearable
            data={(roles.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            value={role}
            onChange={setRole}
            w={240}
            data-testid="roster-role-filter"
          />
          <TextInput
            label="Search"
            placeholder="Name or employee number"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={240}
            data-testid="roster-search"
          />
        </Group>
        {canKeep && (
          <Button
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setHiring(true)}
            data-testid="roster-hire"
          >
            Hire
          </Button>
        )}
      </Group>
      {roster.data && (
        <Text
          size="sm"
          c="dimmed"
          data-testid="roster-count"
          data-week={roster.data.week}
          data-count={rows.length}
        >
          {formatNumber(rows.length)} of {formatNumber(roster.data.items.length)} on staff in the
          week of {roster.data.week}
        </Text>
      )}
      <ProblemAlert error={roster.error} title="The roster could not be loaded" />
      <Paper withBorder radius="md">
        <RosterTable
          rows={paged.rows}
          loading={roster.isPending}
          roleName={roleName}
          shiftName={(code) => shiftNames.get(code) ?? code}
          onLeave={canKeep ? setLeaving : null}
        />
        <TablePager paged={paged} noun="people" />
      </Paper>
      <HireModal opened={hiring} onClose={() => setHiring(false)} onHired={showHired} />
      <LeaveModal person={leaving} onClose={() => setLeaving(null)} />
    </Stack>
  );
}
