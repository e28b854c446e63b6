import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useCreatePurchaseOrder, useSupplier } from '../../../api/supply';
import { INCOTERMS, type Incoterm } from '../../../api/supplyTypes';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldNameOf, splitFieldErrors } from '../../../lib/fieldErrors';
import { formatCents } from '../../../lib/format';
import { todayIso } from '../../../lib/isoDates';
import { listFieldErrors } from '../../../lib/listErrors';
import { PoLineFields } from './PoLineFields';
import { PURCHASE_ORDERS_PATH, purchaseOrderPath } from '../supplyPaths';
import {
  emptyLine,
  emptyPoDraft,
  isPoComplete,
  linePriceCents,
  PO_FIELDS,
  poInputOf,
  type PoDraft,
} from './poDraft';
import { SupplierPicker } from './SupplierPicker';

/** What the detail page shows once after creating: the server's warnings. */
export interface CreatedState {
  warnings: string[];
}

export function NewPurchaseOrderPage() {
  const navigate = useNavigate();
  const create = useCreatePurchaseOrder();
  const [draft, setDraft] = useState<PoDraft>(() => emptyPoDraft(todayIso()));
  const supplier = useSupplier(draft.supplier);
  const chosen = draft.supplier ? supplier.data : undefined;
  const breaks = chosen?.priceBreaks ?? [];
  const topErrors = splitFieldErrors(create.error, PO_FIELDS);
  const lineErrors = listFieldErrors(create.error, 'lines');
  const otherErrors = lineErrors.other.filter(
    (e) => !(PO_FIELDS as readonly string[]).includes(fieldNameOf(e.path)),
  );
  const prices = draft.lines.map((line) => linePriceCents(line, breaks));
  const totalKnown = prices.every((price) => price !== null);
  const total = draft.lines.reduce(
    (sum, line, i) => sum + (prices[i] ?? 0) * (Number(line.quantity) || 0),
    0,
  );

  const set = <K extends keyof PoDraft>(key: K, value: PoDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(poInputOf(draft), {
      onSuccess: (created) => {
        notifications.show({
          color: 'green',
          title: `${created.number} drafted`,
          message: 'Approve it, then send it to the supplier.',
        });
        const state: CreatedState = { warnings: created.warnings };
        navigate(purchaseOrderPath(created.number), { state });
      },
    });
  };

  return (
    <>
      <BackLink to={PURCHASE_ORDERS_PATH} label="Purchase orders" />
      <PageHeader
        title="New purchase order"
        description="Drafted first; a buyer approves it, then sends it. A line without a price takes the supplier's price break for its quantity."
      />
      <form onSubmit={submit} noValidate data-testid="po-form">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <SupplierPicker
                value={draft.supplier}
                onChange={(code) => set('supplier', code)}
                chosen={chosen}
                error={topErrors.byField.supplier}
              />
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <Select
                  label="Incoterm"
                  data={[...INCOTERMS]}
                  value={draft.incoterm}
                  onChange={(value) => set('incoterm', (value ?? 'FOB') as Incoterm)}
                  allowDeselect={false}
                  error={topErrors.byField.incoterm}
                />
                <TextInput
                  label="Origin"
                  description="Country of origin of the goods"
                  placeholder={chosen ? `${chosen.country} (supplier)` : 'Supplier country'}
                  maxLength={2}
                  value={draft.origin}
                  onChange={(event) => set('origin', event.currentTarget.value.toUpperCase())}
                  error={topErrors.byField.origin}
                />
                <TextInput
                  label="Order date"
                  type="date"
                  value={draft.orderDate}
                  onChange={(event) => set('orderDate', event.currentTarget.value)}
                  error={topErrors.byField.orderDate}
                />
                <TextInput
                  label="Due date"
                  description="Empty: from the lead times"
                  type="date"
                  value={draft.dueDate}
                  onChange={(event) => set('dueDate', event.currentTarget.value)}
                  error={topErrors.byField.dueDate}
                />
                <NumberInput
                  label="Freight estimate"
                  prefix="$"
                  min={0}
                  decimalScale={2}
                  thousandSeparator=","
                  allowNegative={false}
                  value={draft.freightDollars}
                  onChange={(value) => set('freightDollars', value)}
                  error={topErrors.byField.freightEstimateCents}
                />
              </SimpleGrid>
              <Textarea
                label="Note"
                autosize
                minRows={1}
                value={draft.note}
                onChange={(event) => set('note', event.currentTarget.value)}
                error={topErrors.byField.note}
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={5} mb="sm">
              Lines
            </Title>
            <Stack gap="sm">
              {draft.lines.map((line, index) => (
                <PoLineFields
                  key={line.key}
                  index={index}
                  line={line}
                  breaks={breaks}
                  errors={lineErrors.byItem.get(index) ?? {}}
                  onChange={(next) =>
                    set(
                      'lines',
                      draft.lines.map((l) => (l.key === line.key ? next : l)),
                    )
                  }
                  onRemove={
                    draft.lines.length > 1
                      ? () =>
                          set(
                            'lines',
                            draft.lines.filter((l) => l.key !== line.key),
                          )
                      : null
                  }
                />
              ))}
            </Stack>
            <Group justify="space-between" mt="md">
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => set('lines', [...draft.lines, emptyLine()])}
                data-testid="po-add-line"
              >
                Add line
              </Button>
              <Text size="sm" fw={600} data-testid="po-form-total">
                {totalKnown ? 'Total' : 'Total of the priced lines'}: {formatCents(total)}
              </Text>
            </Group>
          </Paper>
          {create.error && (
            <ProblemAlert
              error={create.error}
              fieldErrors={otherErrors}
              title="The purchase order was not created"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(PURCHASE_ORDERS_PATH)}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!isPoComplete(draft)}
              data-testid="po-submit"
            >
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
