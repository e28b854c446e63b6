import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconShieldSearch } from '@tabler/icons-react';
import { useWarrantyLookup } from '../../../api/service';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { parseSerials } from '../serials';
import { WarrantyTable } from './WarrantyTable';
import { MONO_INPUT } from '../monoInput';

/** The server takes up to this many serials in one look-up. */
const MAX_SERIALS = 20_000;

/**
 * Warranty of one machine or a fleet: paste or scan serials, read each one's cover. A customer
 * sees its own machines only (others come back as unknown); each serial opens its history.
 */
export function WarrantyPage() {
  const isCustomer = useCurrentUser().roles.includes('customer');
  const [text, setText] = useState('');
  const lookup = useWarrantyLookup();
  const serials = parseSerials(text);
  const tooMany = serials.length > MAX_SERIALS;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (serials.length > 0 && !tooMany) lookup.mutate(serials);
  };

  return (
    <>
      <PageHeader
        title="Warranty"
        description="Paste or scan serials, one a line, to see how each machine is covered today: its term, dead-on-arrival window, voids and repaired parts."
      />
      <Paper withBorder radius="md" p="md" mb="md">
        <form onSubmit={submit} role="search" data-testid="warranty-form">
          <Stack gap="sm">
            <Textarea
              label="Serials"
              placeholder="RLS21-2614-00004"
              description={`${formatNumber(serials.length)} serial${serials.length === 1 ? '' : 's'}`}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              error={tooMany ? `Up to ${formatNumber(MAX_SERIALS)} at a time` : undefined}
              autosize
              minRows={2}
              maxRows={10}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              spellCheck={false}
              autoComplete="off"
              styles={MONO_INPUT}
              data-testid="warranty-serials"
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconShieldSearch size={16} />}
                loading={lookup.isPending}
                disabled={serials.length === 0 || tooMany}
                data-testid="warranty-submit"
              >
                Check warranty
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <ProblemAlert error={lookup.error} title="The warranty could not be checked" />
      {lookup.data && (
        <Stack gap="sm">
          {lookup.data.unknown.length > 0 && (
            <Alert color="yellow" variant="light" data-testid="warranty-unknown">
              <Text size="sm">
                {isCustomer ? 'Not one of your delivered machines' : 'No delivered machine'}:{' '}
                <Text span ff="monospace" size="sm">
                  {lookup.data.unknown.join(', ')}
                </Text>
              </Text>
            </Alert>
          )}
          <Paper withBorder radius="md">
            <WarrantyTable items={lookup.data.items} showCustomer={!isCustomer} />
          </Paper>
        </Stack>
      )}
    </>
  );
}
