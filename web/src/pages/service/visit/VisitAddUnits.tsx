import { useState, type FormEvent } from 'react';
import { Autocomplete, Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useAddVisitUnits } from '../../../api/field';
import type { VisitDetail } from '../../../api/fieldTypes';
import { useInstalledBase } from '../../../api/logistics';
import type { FaultCode } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { listFieldErrors } from '../../../lib/listErrors';
import { formatMinutes } from '../field/fieldLabels';
import { MONO_INPUT } from '../monoInput';

interface VisitAddUnitsProps {
  /** The visit's address key, as the page loaded it. */
  visitKey: string;
  visit: VisitDetail;
  faultCodes: FaultCode[];
}

/**
 * The desk puts another machine of the site on a visit no technician has yet: one serial and
 * its fault at a time. The server works out the time and kit again, and refuses past a day.
 */
export function VisitAddUnits({ visitKey, visit, faultCodes }: VisitAddUnitsProps) {
  const add = useAddVisitUnits(visitKey);
  const [serial, setSerial] = useState('');
  const [fault, setFault] = useState<string | null>(null);
  // Site codes are unique per customer only: the installed base is asked with both.
  const installed = useInstalledBase({
    customer: visit.customerCode,
    site: visit.site.code,
    limit: 5000,
  });
  const onVisit = new Set(visit.units.map((u) => u.serial));
  const serials = [...new Set((installed.data?.items ?? []).map((u) => u.serial))].filter(
    (s) => !onVisit.has(s),
  );
  const errors = listFieldErrors(add.error, 'units');
  const row = errors.byItem.get(0) ?? {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = serial.trim();
    if (!typed || !fault) return;
    add.mutate([{ serial: typed, fault }], {
      onSuccess: (saved) => {
        notifications.show({
          color: 'green',
          title: `${typed} added to ${saved.number}`,
          message: `${saved.units.length} machines, ${formatMinutes(saved.durationMin)} on site.`,
        });
        // The fault is often the same for the next machine: only the serial is cleared.
        setSerial('');
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="visit-add-units">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          Another machine of {visit.site.name} can join while the visit fits a working day.
        </Text>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Autocomplete
            label="Serial"
            placeholder="Machine at this site"
            data={serials}
            limit={20}
            value={serial}
            onChange={setSerial}
            error={row.serial ?? row['']}
            spellCheck={false}
            autoComplete="off"
            styles={MONO_INPUT}
            style={{ flex: '1 1 180px' }}
            data-testid="visit-add-serial"
          />
          <Select
            label="Fault"
            placeholder="Fault code"
            data={faultCodes.map((c) => ({ value: c.code, label: c.name }))}
            value={fault}
            onChange={setFault}
            error={row.fault}
            searchable
            style={{ flex: '1 1 180px' }}
            data-testid="visit-add-fault"
          />
          <Button
            type="submit"
            leftSection={<IconPlus size={16} />}
            loading={add.isPending}
            disabled={!serial.trim() || !fault}
            data-testid="visit-add-submit"
          >
            Add
          </Button>
        </Group>
        <ProblemAlert
          error={add.error}
          fieldErrors={errors.other}
          title="Not added"
          data-testid="visit-add-error"
        />
      </Stack>
    </form>
  );
}
