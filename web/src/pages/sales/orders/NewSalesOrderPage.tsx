import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
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
import { useMinerModels } from '../../../api/catalog';
import { useCreateSalesOrder, useCustomer, useCustomers } from '../../../api/sales';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldNameOf, splitFieldErrors } from '../../../lib/fieldErrors';
import { formatCents, formatNumber } from '../../../lib/format';
import { todayIso } from '../../../lib/isoDates';
import { listFieldErrors } from '../../../lib/listErrors';
import { SALES_ORDERS_PATH, salesOrderPath } from '../salesPaths';
import {
  emptySoDraft,
  emptySoLine,
  isSoComplete,
  lineProblems,
  lineTotalCents,
  SO_FIELDS,
  soInputOf,
  type SoDraft,
} from './soDraft';
import { SoLineFields } from './SoLineFields';

/** Enter an order as a draft: customer, then lines for its sites; it opens once created. */
export function NewSalesOrderPage() {
  const navigate = useNavigate();
  const create = useCreateSalesOrder();
  const customers = useCustomers();
  const models = useMinerModels();
  const [draft, setDraft] = useState<SoDraft>(emptySoDraft);
  const customer = useCustomer(draft.customer);
  const sites = draft.customer ? (customer.data?.sites ?? []) : [];
  const today = todayIso();
  const topErrors = splitFieldErrors(create.error, SO_FIELDS);
  const lineErrors = listFieldErrors(create.error, 'lines');
  const otherErrors = lineErrors.other.filter(
    (e) => !(SO_FIELDS as readonly string[]).includes(fieldNameOf(e.path)),
  );
  const units = draft.lines.reduce((sum, line) => sum + (Number(line.quantity) || 0), 0);
  const total = draft.lines.reduce((sum, line) => sum + lineTotalCents(line), 0);

  const set = <K extends keyof SoDraft>(key: K, value: SoDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  // Sites belong to one customer: a new customer clears the lines' sites.
  const pickCustomer = (code: string | null) =>
    setDraft((current) => ({
      ...current,
      customer: code,
      lines: current.lines.map((line) => ({ ...line, site: null })),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(soInputOf(draft), {
      onSuccess: (created) => {
        notifications.show({
          color: 'green',
          title: `${created.number} drafted`,
          message: `${created.customerName}: confirm it to have it promised.`,
        });
        navigate(salesOrderPath(created.number));
      },
    });
  };

  return (
    <>
      <BackLink to={SALES_ORDERS_PATH} label="Orders" />
      <PageHeader
        title="New order"
        description="Entered as a draft; confirming it puts it in the book the delivery promise runs over. A requested week is kept as its Monday."
      />
      <form onSubmit={submit} noValidate data-testid="so-form">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label="Customer"
                required
                placeholder={customers.isPending ? 'Loading customers…' : 'Pick a customer'}
                data={(customers.data?.items ?? []).map((c) => ({
                  value: c.code,
                  label: `${c.code} · ${c.name}`,
                }))}
                value={draft.customer}
                onChange={pickCustomer}
                searchable
                nothingFoundMessage="No customer matches"
                error={
                  topErrors.byField.customer ??
                  (customers.error ? 'Customers could not be loaded' : undefined)
                }
                data-testid="so-customer"
              />
              <TextInput
                label="Customer PO"
                placeholder="Their purchase order number"
                value={draft.customerPo}
                onChange={(event) => set('customerPo', event.currentTarget.value)}
                error={topErrors.byField.customerPo}
                data-testid="so-customer-po"
              />
            </SimpleGrid>
            <Textarea
              label="Note"
              mt="sm"
              autosize
              minRows={1}
              value={draft.note}
              onChange={(event) => set('note', event.currentTarget.value)}
              error={topErrors.byField.note}
            />
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={5} mb="sm">
              Lines
            </Title>
            <Stack gap="sm">
              {draft.lines.map((line, index) => (
                <SoLineFields
                  key={line.key}
                  index={index}
                  line={line}
                  models={(models.data?.items ?? []).map((m) => m.name)}
                  sites={sites}
                  errors={{ ...lineProblems(line, today), ...lineErrors.byItem.get(index) }}
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
                onClick={() =>
                  set('lines', [...draft.lines, emptySoLine(draft.lines.at(-1)?.site ?? null)])
                }
                data-testid="so-add-line"
              >
                Add line
              </Button>
              <Text size="sm" fw={600} data-testid="so-form-total">
                {formatNumber(units)} {units === 1 ? 'unit' : 'units'} · {formatCents(total)}
              </Text>
            </Group>
          </Paper>
          {create.error && (
            <ProblemAlert
              error={create.error}
              fieldErrors={otherErrors}
              title="The order was not created"
              data-testid="so-form-error"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(SALES_ORDERS_PATH)}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={!isSoComplete(draft, today)}
              data-testid="so-submit"
            >
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
