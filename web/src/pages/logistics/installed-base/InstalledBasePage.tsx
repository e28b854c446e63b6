import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, Text, TextInput } from '@mantine/core';
import { IconBarcode, IconSearch } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useInstalledBase } from '../../../api/logistics';
import { useCustomer, useCustomers } from '../../../api/sales';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { MY_SHIPMENTS_PATH, SHIPMENTS_PATH } from '../logisticsPaths';
import { InstalledBaseTable } from './InstalledBaseTable';

/**
 * Delivered machines with their warranty, by serial and site; the filters live in the address.
 * A customer sees its own ("My machines": the server scopes it), staff every customer's.
 */
export function InstalledBasePage() {
  const me = useCurrentUser();
  const isCustomer = me.roles.includes('customer');
  const [params, setParams] = useSearchParams();
  const serial = params.get('serial');
  const site = params.get('site');
  const customerCode = isCustomer ? null : params.get('customer');
  const [typed, setTyped] = useState(serial ?? '');
  const base = useInstalledBase({ serial, site, customer: customerCode });
  const customers = useCustomers();
  const account = isCustomer ? me.customerId : customerCode;
  const sites = useCustomer(account).data?.sites ?? [];

  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set({ serial: typed.trim() || null });
  };
  const shown = base.data?.items.length ?? 0;

  return (
    <>
      <PageHeader
        title={isCustomer ? 'My machines' : 'Installed base'}
        description="Machines delivered to sites, by serial, with their warranty (counted from the day they shipped)."
      />
      <Group gap="sm" mb="md" align="flex-end">
        <form onSubmit={find} role="search" data-testid="installed-search">
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              aria-label="Serial"
              placeholder="Find a serial"
              leftSection={<IconBarcode size={16} />}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              w={240}
              data-testid="installed-serial"
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconSearch size={16} />}
              data-testid="installed-serial-submit"
            >
              {typed.trim() ? 'Find' : 'All serials'}
            </Button>
          </Group>
        </form>
        {!isCustomer && (
          <Select
            aria-label="Filter by customer"
            placeholder="Every customer"
            data={(customers.data?.items ?? []).map((c) => ({
              value: c.code,
              label: `${c.code} · ${c.name}`,
            }))}
            value={customerCode}
            onChange={(code) => set({ customer: code, site: null })}
            searchable
            clearable
            w={280}
            data-testid="installed-customer"
          />
        )}
        <Select
          aria-label="Filter by site"
          placeholder={account ? 'Every site' : 'Pick a customer for its sites'}
          data={sites.map((s) => ({ value: s.code, label: `${s.code} · ${s.city}, ${s.state}` }))}
          value={site}
          onChange={(code) => set({ site: code })}
          disabled={!account}
          clearable
          w={260}
          data-testid="installed-site"
        />
      </Group>
      {base.error && <ProblemAlert error={base.error} title="Machines could not be loaded" />}
      {base.data && (
        <Text size="sm" c="dimmed" mb="xs" data-testid="installed-count">
          {shown < base.data.total
            ? `The latest ${formatNumber(shown)} of ${formatNumber(base.data.total)} machines: narrow by site or serial for the rest.`
            : `${formatNumber(base.data.total)} ${base.data.total === 1 ? 'machine' : 'machines'}`}
        </Text>
      )}
      <Paper withBorder radius="md" mt={base.error ? 'md' : 0}>
        <InstalledBaseTable
          units={base.data?.items ?? []}
          loading={base.isPending}
          shipmentsPath={isCustomer ? MY_SHIPMENTS_PATH : SHIPMENTS_PATH}
          showCustomer={!isCustomer}
        />
      </Paper>
    </>
  );
}
