import { useState, type FormEvent } from 'react';
import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreateShipment } from '../../../api/logistics';
import { useSalesOrder, useSupplySources } from '../../../api/sales';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldNameOf, splitFieldErrors } from '../../../lib/fieldErrors';
import { formatNumber } from '../../../lib/format';
import { todayIso } from '../../../lib/isoDates';
import { listFieldErrors } from '../../../lib/listErrors';
import { shipmentPath, SHIPMENTS_PATH } from '../logisticsPaths';
import {
  chosenLines,
  emptyShipmentDraft,
  lineProblem,
  mixedSites,
  SHIPMENT_FIELDS,
  shipmentInputOf,
  type ShipmentDraft,
} from './shipmentDraft';
import { ShipmentHeaderFields } from './ShipmentHeaderFields';
import { ShipmentLineFields } from './ShipmentLineFields';

/**
 * Ship units of a confirmed order (`?order=` picks it): from the US plant by quantity, picked
 * from finished goods oldest first, or on an import lane by the factory's serial list.
 */
export function NewShipmentPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = todayIso();
  const [draft, setDraft] = useState<ShipmentDraft>(() =>
    emptyShipmentDraft(params.get('order'), today),
  );
  const create = useCreateShipment();
  const order = useSalesOrder(draft.order ?? '', draft.order !== null);
  const sources = useSupplySources();
  const source = sources.data?.items.find((s) => s.code === draft.source) ?? null;
  const imported = source?.kind === 'import';
  const lines = draft.order ? (order.data?.lines ?? []) : [];
  const chosen = order.data && draft.order ? chosenLines(draft, order.data, imported) : [];
  const problems = new Map(lines.map((line) => [line.lineNo, lineProblem(draft, line, imported)]));
  const mixed = mixedSites(chosen);
  const units = chosen.reduce((sum, c) => sum + (c.input.quantity ?? c.input.serials!.length), 0);

  const topErrors = splitFieldErrors(create.error, SHIPMENT_FIELDS);
  const lineErrors = listFieldErrors(create.error, 'lines');
  const serverLineError = new Map(
    [...lineErrors.byItem].map(([index, fields]) => [
      chosen[index]?.line.lineNo,
      Object.values(fields).find(Boolean) || (true as const),
    ]),
  );
  // Messages tied to a field or line are shown there; empty ones only point at a line.
  const otherErrors = lineErrors.other.filter(
    (e) => e.message && !(SHIPMENT_FIELDS as readonly string[]).includes(fieldNameOf(e.path)),
  );

  const complete =
    draft.order !== null &&
    source !== null &&
    draft.carrier.trim() !== '' &&
    draft.departedOn !== '' &&
    chosen.length > 0 &&
    !mixed &&
    [...problems.values()].every((p) => !p);

  const set = <K extends keyof ShipmentDraft>(key: K, value: ShipmentDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  // Quantities and serials belong to the order's lines: another order starts them over.
  const pickOrder = (number: string | null) =>
    setDraft((current) => ({ ...current, order: number, quantities: {}, serials: {} }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(shipmentInputOf(draft, chosen, imported), {
      onSuccess: (created) => {
        notifications.show({
          color: 'green',
          title: `${created.number} booked`,
          message: `${formatNumber(created.units)} units on ${created.packages.length} pallets to ${created.siteName}`,
        });
        navigate(shipmentPath(created.number));
      },
    });
  };

  return (
    <>
      <BackLink to={SHIPMENTS_PATH} label="Shipments" />
      <PageHeader
        title="New shipment"
        description="The plant picks finished units oldest first; an import lists the serials on the factory's list. One shipment goes to one site."
      />
      <form onSubmit={submit} noValidate data-testid="shipment-form">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <ShipmentHeaderFields
              draft={draft}
              imported={imported}
              sources={(sources.data?.items ?? []).filter((s) => s.active)}
              selectedOrder={order.data ?? null}
              errors={topErrors.byField}
              onOrder={pickOrder}
              onChange={set}
            />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={5} mb="sm">
              Lines
            </Title>
            {order.error && (
              <ProblemAlert error={order.error} title="The order could not be loaded" />
            )}
            {lines.length === 0 && (
              <Text size="sm" c="dimmed">
                {draft.order ? 'Loading the order’s lines…' : 'Pick an order to ship its lines.'}
              </Text>
            )}
            <Stack gap="sm">
              {lines.map((line, i) => (
                <Stack key={line.id} gap="sm">
                  {i > 0 && <Divider />}
                  <ShipmentLineFields
                    line={line}
                    imported={imported}
                    quantity={draft.quantities[line.lineNo] ?? ''}
                    serials={draft.serials[line.lineNo] ?? ''}
                    onQuantity={(q) => set('quantities', { ...draft.quantities, [line.lineNo]: q })}
                    onSerials={(s) => set('serials', { ...draft.serials, [line.lineNo]: s })}
                    error={problems.get(line.lineNo) ?? serverLineError.get(line.lineNo)}
                  />
                </Stack>
              ))}
            </Stack>
            {mixed && (
              <Alert color="yellow" variant="light" mt="md" data-testid="shipment-mixed-sites">
                These lines go to different sites: a shipment goes to one site, so ship them apart.
              </Alert>
            )}
            <Text size="sm" fw={600} ta="right" mt="md" data-testid="shipment-form-units">
              {formatNumber(units)} {units === 1 ? 'unit' : 'units'} to ship
            </Text>
          </Paper>
          {create.error && (
            <ProblemAlert
              error={create.error}
              fieldErrors={otherErrors}
              title="The shipment was not booked"
              data-testid="shipment-form-error"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(SHIPMENTS_PATH)}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!complete}
              data-testid="shipment-submit"
            >
              Book shipment
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
