import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useInstalledBase } from '../../../api/logistics';
import { useCustomers } from '../../../api/sales';
import { useFaultCodes, useOpenRmas } from '../../../api/service';
import type { RmasOpened } from '../../../api/serviceTypes';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { listFieldErrors } from '../../../lib/listErrors';
import { MY_RMAS_PATH, RMAS_PATH, rmaPath } from '../servicePaths';
import { describeOpened, emptyLine, lineComplete, rmaInputOf, type RmaLineDraft } from './rmaDraft';
import { RmaCsvUploadModal } from './RmaCsvUploadModal';
import { RmaLineFields } from './RmaLineFields';

/**
 * Open RMAs (`/service/rmas/new`, or under "My RMAs" for a customer): one row per machine with
 * the fault seen, or a CSV for many. Staff may name the customer; machines at several sites
 * get one RMA per site. `?serial=` lists a machine to start with.
 */
export function NewRmaPage() {
  const navigate = useNavigate();
  const mine = useLocation().pathname.startsWith(`${MY_RMAS_PATH}/`);
  const basePath = mine ? MY_RMAS_PATH : RMAS_PATH;
  const [params] = useSearchParams();
  const [customer, setCustomer] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<RmaLineDraft[]>(() => [emptyLine(params.get('serial') ?? '')]);
  const [uploading, setUploading] = useState(false);
  const open = useOpenRmas();
  const faultCodes = useFaultCodes();
  // A customer picks among its own machines; staff once a customer is named.
  const installed = useInstalledBase({ customer, limit: 5000 }, mine || customer !== null);
  const serials = [...new Set((installed.data?.items ?? []).map((u) => u.serial))];
  const lineErrors = listFieldErrors(open.error, 'units');
  const filled = lines.filter((l) => l.serial.trim() || l.fault);
  const complete = filled.length > 0 && filled.every(lineComplete);

  const change = (key: number, patch: Partial<RmaLineDraft>) =>
    setLines((current) => current.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const opened = (result: RmasOpened) => {
    notifications.show({ color: 'green', title: 'RMA opened', message: describeOpened(result) });
    const only = result.rmas.length === 1 ? result.rmas[0] : undefined;
    navigate(only ? rmaPath(only.number, basePath) : basePath);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    open.mutate(rmaInputOf(lines, mine ? null : customer, note), { onSuccess: opened });
  };

  return (
    <>
      <BackLink to={basePath} label={mine ? 'My RMAs' : 'RMAs'} />
      <PageHeader
        title="Open an RMA"
        description="List each machine to send back with the fault you saw. Coverage is judged per machine on today's date; machines out of warranty are quoted before any repair."
        actions={
          <Button
            variant="default"
            leftSection={<IconUpload size={16} />}
            onClick={() => setUploading(true)}
            data-testid="rma-bulk-upload"
          >
            Bulk upload
          </Button>
        }
      />
      <form onSubmit={submit} noValidate data-testid="rma-form">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              {!mine && <CustomerSelect value={customer} onChange={setCustomer} />}
              <Textarea
                label="Note"
                placeholder="Anything the depot should know about this return (optional)"
                autosize
                minRows={2}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                data-testid="rma-note"
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={5} mb="sm">
              Machines
            </Title>
            <Stack gap="sm">
              {lines.map((line, index) => (
                <RmaLineFields
                  key={line.key}
                  index={index}
                  line={line}
                  faultCodes={faultCodes.data?.items ?? []}
                  serials={serials}
                  errors={lineErrors.byItem.get(filled.indexOf(line)) ?? {}}
                  onChange={(patch) => change(line.key, patch)}
                  onRemove={
                    lines.length > 1
                      ? () => setLines((current) => current.filter((l) => l.key !== line.key))
                      : null
                  }
                />
              ))}
            </Stack>
            <Group justify="space-between" mt="md">
              <Button
                variant="subtle"
                leftSection={<IconPlus size={16} />}
                onClick={() => setLines((current) => [...current, emptyLine()])}
                data-testid="rma-add-line"
              >
                Add a machine
              </Button>
              <Text size="sm" fw={600} data-testid="rma-form-count">
                {formatNumber(filled.length)} machine{filled.length === 1 ? '' : 's'}
              </Text>
            </Group>
          </Paper>
          {open.error && (
            <ProblemAlert
              error={open.error}
              fieldErrors={lineErrors.other}
              title="No RMA was opened"
              data-testid="rma-form-error"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(basePath)}>
              Cancel
            </Button>
            <Button
              type="submit"
              loading={open.isPending}
              disabled={!complete}
              data-testid="rma-submit"
            >
              Open RMA
            </Button>
          </Group>
        </Stack>
      </form>
      <RmaCsvUploadModal
        opened={uploading}
        onClose={() => setUploading(false)}
        customer={mine ? null : customer}
        onOpened={opened}
      />
    </>
  );
}

/** Staff may name the customer; left empty, the server takes it from the machines. */
function CustomerSelect(props: { value: string | null; onChange: (code: string | null) => void }) {
  const customers = useCustomers();
  return (
    <Select
      label="Customer"
      description="Optional: taken from the machines when they all belong to one customer"
      placeholder="From the machines"
      data={(customers.data?.items ?? []).map((c) => ({
        value: c.code,
        label: `${c.code} · ${c.name}`,
      }))}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
      data-testid="rma-customer"
    />
  );
}
