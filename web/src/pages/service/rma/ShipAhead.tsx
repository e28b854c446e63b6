import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconReplace } from '@tabler/icons-react';
import { useRmaAction, useServiceTiers } from '../../../api/service';
import type { RmaDetail, RmaUnit, ServiceTier } from '../../../api/serviceTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { whenDone } from '../../../lib/whenDone';
import { REPLACEABLE_STATES, SERVICE_DESK } from '../serviceLabels';

/** The tier's rule, as the server applies it: who gets a machine ahead of the repair. */
function entitled(tier: ServiceTier | undefined, unit: RmaUnit) {
  if (!tier || tier.advanceReplacement === 'never') return false;
  if (tier.advanceReplacement === 'doa') return unit.eligibility === 'doa';
  return unit.eligibility !== 'out_of_warranty' && unit.eligibility !== 'void';
}

/**
 * "Ship replacements ahead": refurbished machines from the pool go to the site now, for the
 * machines still in the depot's hands that the customer's tier entitles. The failed machine,
 * once repaired, joins the pool instead of going back.
 */
export function ShipAhead({ rma }: { rma: RmaDetail }) {
  const desk = useHasAnyRole(SERVICE_DESK);
  const tier = useServiceTiers().data?.items.find((t) => t.code === rma.tier);
  const [open, setOpen] = useState(false);
  const candidates = rma.units.filter(
    (u) => u.replacementSerial === null && REPLACEABLE_STATES.includes(u.status),
  );
  if (!desk || candidates.length === 0 || tier?.advanceReplacement === 'never') return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconReplace size={16} />}
        onClick={() => setOpen(true)}
        data-testid="rma-ship-ahead"
      >
        Ship replacements ahead
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Ship replacements ahead" centered>
        {open && (
          <ShipAheadForm
            rma={rma}
            candidates={candidates}
            entitledSerials={candidates.filter((u) => entitled(tier, u)).map((u) => u.serial)}
            tierName={tier?.name ?? rma.tier}
            onDone={() => setOpen(false)}
          />
        )}
      </Modal>
    </>
  );
}

interface ShipAheadFormProps {
  rma: RmaDetail;
  candidates: RmaUnit[];
  /** Picked to start with: the server refuses the whole parcel if one is not entitled. */
  entitledSerials: string[];
  tierName: string;
  onDone: () => void;
}

function ShipAheadForm({ rma, candidates, entitledSerials, tierName, onDone }: ShipAheadFormProps) {
  const act = useRmaAction(rma.number);
  const [serials, setSerials] = useState<string[]>(entitledSerials);
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const errors = splitFieldErrors(act.error, ['serials', 'carrier', 'trackingNumber'] as const);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // With every machine replaced the button (and this form) goes: the notice follows the request.
    whenDone(
      act.mutateAsync({
        action: 'advance-replacement',
        body: {
          serials,
          carrier: carrier.trim(),
          ...(tracking.trim() ? { trackingNumber: tracking.trim() } : {}),
        },
      }),
      (updated) => {
        const shipped = updated.units
          .filter((u) => serials.includes(u.serial) && u.replacementSerial)
          .map((u) => u.replacementSerial)
          .join(', ');
        notifications.show({
          color: 'green',
          title: `${updated.number}: replacements shipped ahead`,
          message: shipped,
        });
        onDone();
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="ship-ahead-form">
      <Stack>
        <Text size="sm" c="dimmed">
          The {tierName} tier decides who is entitled; grade A machines ship first. Each replacement
          joins the site with the cover of the machine it replaces.
        </Text>
        <MultiSelect
          label="Machines to replace"
          data={candidates.map((u) => u.serial)}
          value={serials}
          onChange={setSerials}
          searchable
          error={errors.byField.serials}
          data-testid="ship-ahead-serials"
        />
        <TextInput
          label="Carrier"
          required
          placeholder="UPS, FedEx…"
          value={carrier}
          onChange={(e) => setCarrier(e.currentTarget.value)}
          error={errors.byField.carrier}
          data-testid="ship-ahead-carrier"
        />
        <TextInput
          label="Tracking number"
          value={tracking}
          onChange={(e) => setTracking(e.currentTarget.value)}
          error={errors.byField.trackingNumber}
          data-testid="ship-ahead-tracking"
        />
        <ProblemAlert
          error={act.error}
          fieldErrors={errors.other}
          title="Nothing was shipped"
          data-testid="ship-ahead-error"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={act.isPending}>
            Back
          </Button>
          <Button
            type="submit"
            loading={act.isPending}
            disabled={serials.length === 0 || !carrier.trim()}
            data-testid="ship-ahead-submit"
          >
            Ship ahead
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
