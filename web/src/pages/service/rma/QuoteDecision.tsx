import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useBenchStep } from '../../../api/depot';
import type { RmaUnit } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { EMPTY_VALUE, formatCents } from '../../../lib/format';
import { DESK_OR_CUSTOMER } from '../serviceLabels';

const DECISION_COLORS = { pending: 'orange', approved: 'green', declined: 'gray' } as const;

/**
 * A machine not covered is quoted after diagnosis: the customer (or the desk for it) approves
 * the repair, or declines it and gets the machine back as it is.
 */
export function QuoteDecision({ unit }: { unit: RmaUnit }) {
  const mayDecide = useHasAnyRole(DESK_OR_CUSTOMER);
  const decide = useBenchStep(unit.id);
  const quote = unit.quote;
  if (!quote) return <>{EMPTY_VALUE}</>;
  const waiting = unit.status === 'awaiting_quote_approval';
  // Which answer is on its way, to spin that button only.
  const sending = decide.isPending
    ? (decide.variables?.body as { approve?: boolean } | undefined)?.approve
    : undefined;

  const answer = (approve: boolean) =>
    decide.mutate(
      { step: 'quote-decision', body: { approve } },
      {
        onSuccess: () =>
          notifications.show({
            color: approve ? 'green' : 'gray',
            title: `${unit.serial}: quote ${approve ? 'approved' : 'declined'}`,
            message: approve ? 'The depot repairs it.' : 'It comes back unrepaired.',
          }),
      },
    );

  return (
    <Stack gap={4} data-testid={`quote-${unit.serial}`}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" ff="monospace" fw={600}>
          {formatCents(quote.totalCents)}
        </Text>
        {quote.decision && (
          <Badge size="xs" variant="light" color={DECISION_COLORS[quote.decision]}>
            {quote.decision}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        Parts {formatCents(quote.partsCents)} · labour {formatCents(quote.labourCents)}
        {quote.capped ? ' · capped at value' : ''}
      </Text>
      {waiting && mayDecide && (
        <Group gap={6} wrap="nowrap">
          <Button
            size="compact-sm"
            loading={sending === true}
            disabled={decide.isPending}
            onClick={() => answer(true)}
            data-testid={`quote-approve-${unit.serial}`}
          >
            Approve
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            loading={sending === false}
            disabled={decide.isPending}
            onClick={() => answer(false)}
            data-testid={`quote-decline-${unit.serial}`}
          >
            Decline
          </Button>
        </Group>
      )}
      <ProblemAlert error={decide.error} title="Not recorded" />
    </Stack>
  );
}
