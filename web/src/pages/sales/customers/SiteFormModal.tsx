import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCreateSite } from '../../../api/sales';
import { COOLINGS, type Cooling } from '../../../api/salesTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { COOLING_LABELS } from '../salesLabels';
import {
  EMPTY_SITE_DRAFT,
  isSiteComplete,
  SITE_FIELDS,
  siteInputOf,
  siteProblems,
  type SiteDraft,
} from './siteDraft';

interface SiteFormModalProps {
  /** Customer code. */
  customer: string;
  opened: boolean;
  onClose: () => void;
}

const COOLING_OPTIONS = COOLINGS.map((c) => ({ value: c, label: COOLING_LABELS[c] }));

/** Add a mining site to a customer: where it is (for freight and the map), power and cooling. */
export function SiteFormModal({ customer, opened, onClose }: SiteFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Add a site to ${customer}`} size="lg">
      {opened && <SiteForm customer={customer} onDone={onClose} />}
    </Modal>
  );
}

function SiteForm({ customer, onDone }: { customer: string; onDone: () => void }) {
  const create = useCreateSite(customer);
  const [draft, setDraft] = useState<SiteDraft>(EMPTY_SITE_DRAFT);
  const server = splitFieldErrors(create.error, SITE_FIELDS);
  const errors = { ...server.byField, ...siteProblems(draft) };
  const set = <K extends keyof SiteDraft>(key: K, value: SiteDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const coordinate = (key: 'latitude' | 'longitude', label: string, limit: number) => (
    <NumberInput
      label={label}
      description="Decimal degrees"
      required
      min={-limit}
      max={limit}
      decimalScale={4}
      value={draft[key]}
      onChange={(value) => set(key, value)}
      error={errors[key]}
      data-testid={`site-${key}`}
    />
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(siteInputOf(draft), {
      onSuccess: (site) => {
        notifications.show({
          color: 'green',
          title: 'Site added',
          message: `${site.code} · ${site.city}, ${site.state}`,
        });
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="site-form">
      <Stack>
        <ProblemAlert
          error={create.error}
          fieldErrors={server.other}
          title="The site was not added"
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label="Code"
            description="Used on order lines"
            required
            data-autofocus
            value={draft.code}
            onChange={(event) => set('code', event.currentTarget.value.toUpperCase())}
            error={errors.code}
            data-testid="site-code"
          />
          <TextInput
            label="Name"
            required
            value={draft.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={errors.name}
            style={{ gridColumn: 'span 2' }}
            data-testid="site-name"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label="City"
            required
            value={draft.city}
            onChange={(event) => set('city', event.currentTarget.value)}
            error={errors.city}
            style={{ gridColumn: 'span 2' }}
            data-testid="site-city"
          />
          <TextInput
            label="State"
            description="Two letters"
            required
            maxLength={2}
            value={draft.state}
            onChange={(event) => set('state', event.currentTarget.value.toUpperCase())}
            error={errors.state}
            data-testid="site-state"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm">
          {coordinate('latitude', 'Latitude', 90)}
          {coordinate('longitude', 'Longitude', 180)}
          <NumberInput
            label="Power"
            description="Megawatts"
            required
            min={0}
            max={10_000}
            decimalScale={1}
            allowNegative={false}
            suffix=" MW"
            value={draft.powerMw}
            onChange={(value) => set('powerMw', value)}
            error={errors.powerMw}
            data-testid="site-power"
          />
          <Select
            label="Cooling"
            description="How machines are cooled"
            data={COOLING_OPTIONS}
            value={draft.cooling}
            onChange={(value) => set('cooling', (value ?? 'air') as Cooling)}
            allowDeselect={false}
            error={errors.cooling}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!isSiteComplete(draft)}
            data-testid="site-submit"
          >
            Add site
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
