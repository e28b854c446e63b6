import { Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DraftWarranty } from '../../../api/fleetHealthTypes';
import { Fact } from '../../../components/Fact';
import { formatNumber } from '../../../lib/format';
import { EligibilityBadge } from '../../service/EligibilityBadge';
import { WARRANTY_STATE_LABELS } from '../../service/serviceLabels';

function SerialList(props: {
  title: string;
  note: string;
  serials: string[];
  mark: (serial: string) => { label: string; color: string } | null;
  testId: string;
}) {
  const { title, note, serials, mark, testId } = props;
  return (
    <Stack gap={4} data-testid={testId}>
      <div>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      </div>
      {serials.length === 0 ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <List size="sm" spacing={2} listStyleType="none">
          {serials.map((s) => {
            const badge = mark(s);
            return (
              <List.Item key={s}>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {s}
                  </Text>
                  {badge && (
                    <Badge size="xs" variant="light" color={badge.color}>
                      {badge.label}
                    </Badge>
                  )}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
    </Stack>
  );
}

/**
 * The hashboard serials the machine reports beside the serialized parts fitted to the unit
 * here: a board read that was not fitted here came from another unit. The fitted list holds
 * the control board and power supply too, which a miner does not report, so a part there
 * that was not read is no finding by itself.
 */
export function DraftBoardSerials({ read, fitted }: { read: string[]; fitted: string[] }) {
  const readSet = new Set(read);
  const fittedSet = new Set(fitted);
  const foreign = read.filter((s) => !fittedSet.has(s)).length;
  return (
    <Stack gap="sm">
      <Text size="sm" c={foreign ? 'orange.8' : 'dimmed'} data-testid="draft-serials-verdict">
        {foreign === 0
          ? 'Every board the machine reports was fitted to this unit here.'
          : `${foreign} of the boards read ${foreign === 1 ? 'was' : 'were'} not fitted to this unit here.`}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <SerialList
          title="Read from the machine"
          note="Hashboards, when the fault opened."
          serials={read}
          mark={(s) => (fittedSet.has(s) ? null : { label: 'Not fitted here', color: 'grape' })}
          testId="draft-serials-read"
        />
        <SerialList
          title="Fitted here"
          note="Serialized parts of the unit as built or repaired here."
          serials={fitted}
          mark={(s) => (readSet.has(s) ? { label: 'Read', color: 'green' } : null)}
          testId="draft-serials-fitted"
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The unit's warranty when the draft was made. */
export function DraftWarrantyFacts({ warranty: w }: { warranty: DraftWarranty }) {
  return (
    <Stack gap="sm" data-testid="draft-warranty">
      {w.doa && (
        <Text size="sm" c="red.8">
          Still inside its dead-on-arrival window.
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        <Fact label="Eligibility">
          <EligibilityBadge eligibility={w.eligibility} />
        </Fact>
        <Fact label="Warranty">{WARRANTY_STATE_LABELS[w.state] ?? w.state}</Fact>
        <Fact label="From">{w.startsOn}</Fact>
        <Fact label="To">{w.endsOn}</Fact>
        <Fact label="Days left">{formatNumber(w.daysLeft)}</Fact>
      </SimpleGrid>
      {w.voids.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600} c="red.8">
            Voided
          </Text>
          <List size="sm">
            {w.voids.map((v, i) => (
              <List.Item key={v.id ?? i}>
                {v.voidedOn}: {v.reason}
                {v.evidence ? ` (${v.evidence})` : ''}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
