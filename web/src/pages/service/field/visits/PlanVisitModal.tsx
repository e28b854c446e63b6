import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { usePlanVisits } from '../../../../api/field';
import type { VisitDetail } from '../../../../api/fieldTypes';
import { useInstalledBase } from '../../../../api/logistics';
import { useCustomer, useCustomers } from '../../../../api/sales';
import { useFaultCodes } from '../../../../api/service';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { isApiError } from '../../../../api/problem';
import { splitFieldErrors } from '../../../../lib/fieldErrors';
import { listFieldErrors } from '../../../../lib/listErrors';
import { emptyUnit, PlanVisitUnits, unitComplete, type VisitUnitDraft } from './PlanVisitUnits';

const FIELDS = ['customer', 'site', 'windowStart', 'windowEnd', 'dueBy', 'note'] as const;

/** The site (and its customer) to plan for; the modal is closed when null. */
export type PlanVisitTarget = { customer: string | null; site: string | null };

export function PlanVisitModal({
  target,
  onClose,
}: {
  target: PlanVisitTarget | null;
  onClose: () => void;
}) {
  return (
    <Modal opened={target !== null} onClose={onClose} title="Plan a visit" size="lg">
      {target && <PlanVisitForm target={target} onDone={onClose} />}
    </Modal>
  );
}

/** "FV-2026-00012", or the split: work longer than a day becomes one visit a day. */
function describePlanned(visits: VisitDetail[]) {
  const numbers = visits.map((v) => v.number).join(', ');
  if (visits.length === 1) return `${numbers}: ${visits[0]!.units.length} machines.`;
  return `More than a day of work: split into ${visits.length} visits, ${numbers}.`;
}

/**
 * A visit to one site for its failed machines: time, skills and a parts kit follow from the
 * fault codes; the window and the SLA day default on the server when left empty.
 */
function PlanVisitForm({ target, onDone }: { target: PlanVisitTarget; onDone: () => void }) {
  const plan = usePlanVisits();
  const codes = useFaultCodes().data?.items ?? [];
  const [customer, setCustomer] = useState<string | null>(target.customer);
  const [site, setSite] = useState<string | null>(target.site);
  const [units, setUnits] = useState<VisitUnitDraft[]>(() => [emptyUnit()]);
  const [windowStart, setWindowStart] = useState('');
  const [windowEnd, setWindowEnd] = useState('');
  const [dueBy, setDueBy] = useState('');
  const [note, setNote] = useState('');
  const customers = useCustomers().data?.items ?? [];
  const sites = useCustomer(customer).data?.sites ?? [];
  // Site codes are unique per customer only: the installed base is asked with both.
  const installed = useInstalledBase({ customer, site, limit: 5000 }, !!customer && !!site);
  const serials = [...new Set((installed.data?.items ?? []).map((u) => u.serial))];
  const errors = splitFieldErrors(plan.error, FIELDS);
  // The window's rule comes as a code, not a field path: shown under the window.
  const windowError =
    isApiError(plan.error) && plan.error.code === 'SERVICE_VISIT_WINDOW'
      ? plan.error.problem.detail
      : undefined;
  const sent = units.filter((u) => u.serial.trim() || u.fault);
  const rowErrors = listFieldErrors(plan.error, 'units');
  const complete = !!customer && !!site && sent.length > 0 && sent.every(unitComplete);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!customer || !site) return;
    plan.mutate(
      {
        customer,
        site,
        units: sent.map((u) => ({ serial: u.serial.trim(), fault: u.fault! })),
        ...(windowStart ? { windowStart } : {}),
        ...(windowEnd ? { windowEnd } : {}),
        ...(dueBy ? { dueBy } : {}),
        note: note.trim() || null,
      },
      {
        onSuccess: ({ items }) => {
          notifications.show({
            color: 'green',
            title: items.length > 1 ? `${items.length} visits planned` : 'Visit planned',
            message: describePlanned(items),
            autoClose: items.length > 1 ? false : undefined,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="plan-visit-form">
      <Stack>
        <Text size="sm" c="dimmed">
          The visit waits, planned, for the next dispatch plan to give it a technician and a day.
          Work longer than a day becomes several visits, one a day.
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label="Customer"
            required
            data={customers.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
            value={customer}
            onChange={(value) => {
              setCustomer(value);
              setSite(null);
            }}
            searchable
            error={errors.byField.customer}
            data-testid="plan-customer"
          />
          <Select
            label="Site"
            required
            data={sites.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }))}
            value={site}
            onChange={setSite}
            searchable
            disabled={!customer}
            // The site may come from a shortcut before the customer's sites are loaded.
            placeholder={site && sites.length === 0 ? site : undefined}
            error={errors.byField.site}
            data-testid="plan-site"
          />
        </SimpleGrid>
        <PlanVisitUnits
          units={units}
          onChange={setUnits}
          faultCodes={codes}
          serials={serials}
          errorsOf={(u) => rowErrors.byItem.get(sent.indexOf(u)) ?? {}}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label="Window starts"
            description="Tomorrow if empty"
            type="date"
            value={windowStart}
            onChange={(e) => setWindowStart(e.currentTarget.value)}
            error={errors.byField.windowStart ?? windowError}
            data-testid="plan-window-start"
          />
          <TextInput
            label="Window ends"
            description="Two weeks if empty"
            type="date"
            value={windowEnd}
            onChange={(e) => setWindowEnd(e.currentTarget.value)}
            error={errors.byField.windowEnd}
            data-testid="plan-window-end"
          />
          <TextInput
            label="SLA day"
            description="From the tier if empty"
            type="date"
            value={dueBy}
            onChange={(e) => setDueBy(e.currentTarget.value)}
            error={errors.byField.dueBy}
            data-testid="plan-due-by"
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          placeholder="Access, contacts, safety (optional)"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.byField.note}
          data-testid="plan-note"
        />
        {!windowError && (
          <ProblemAlert
            error={plan.error}
            // Messages about neither a field nor a machine row.
            fieldErrors={errors.other.filter((e) => rowErrors.other.includes(e))}
            title="No visit was planned"
            data-testid="plan-error"
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={plan.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={plan.isPending}
            disabled={!complete}
            data-testid="plan-submit"
          >
            Plan the visit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
