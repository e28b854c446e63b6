import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useRecordUnit } from '../../../api/field';
import type { VisitResult, VisitUnit } from '../../../api/fieldTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents } from '../../../lib/format';
import { RESULT_COLORS, RESULT_LABELS } from '../field/fieldLabels';
import type { VanSpare } from './useVanSpares';
import { emptyPart, partInput, VisitPartRows, type PartDraft } from './VisitPartRows';

interface VisitUnitCardProps {
  /** The visit's address key, as the page loaded it. */
  visitKey: string;
  unit: VisitUnit;
  faultName: (code: string) => string;
  /** The technician on site records results (checked in); others read them. */
  editable: boolean;
  spares: VanSpare[];
  kit: string[];
  /** What parts cost is the factory's business: customers see what was used, not its cost. */
  showCost: boolean;
}

const RESULTS: VisitResult[] = ['fixed', 'not_fixed', 'to_depot'];

/**
 * One machine of the visit: its fault, the parts used from the van and a note, then one tap on
 * the result records it all. A recorded result shows, and may be changed.
 */
export function VisitUnitCard({
  visitKey,
  unit,
  faultName,
  editable,
  spares,
  kit,
  showCost,
}: VisitUnitCardProps) {
  const record = useRecordUnit(visitKey);
  const [changing, setChanging] = useState(false);
  const [parts, setParts] = useState<PartDraft[]>([]);
  const [note, setNote] = useState('');
  const inputs = parts.map((p) => partInput(p, spares));
  const partsReady = inputs.every((p) => p !== null);
  const open = editable && (unit.result === null || changing);
  const sending = record.isPending ? record.variables?.input.result : undefined;

  const save = (result: VisitResult) =>
    record.mutate(
      {
        serial: unit.serial,
        input: {
          result,
          ...(inputs.length ? { parts: inputs.filter((p) => p !== null) } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        },
      },
      {
        onSuccess: () => {
          notifications.show({
            color: RESULT_COLORS[result],
            title: `${unit.serial}: ${RESULT_LABELS[result].toLowerCase()}`,
            message: inputs.length
              ? `${inputs.length} part${inputs.length === 1 ? '' : 's'} taken from the van.`
              : 'Result recorded.',
          });
          setParts([]);
          setNote('');
          setChanging(false);
        },
      },
    );

  return (
    <Paper withBorder radius="md" p="md" data-testid={`visit-unit-${unit.serial}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text ff="monospace" fw={700} style={{ overflowWrap: 'anywhere' }}>
              {unit.serial}
            </Text>
            <Text size="sm" c="dimmed">
              {faultName(unit.faultCode)}
            </Text>
          </Stack>
          {unit.result && (
            <Badge
              size="lg"
              color={RESULT_COLORS[unit.result]}
              variant="light"
              style={{ flexShrink: 0 }}
              data-testid="unit-result"
              data-result={unit.result}
            >
              {RESULT_LABELS[unit.result]}
            </Badge>
          )}
        </Group>
        {unit.note && <Text size="sm">{unit.note}</Text>}
        {unit.partsUsed.length > 0 && (
          <List size="sm" data-testid="unit-parts-used">
            {unit.partsUsed.map((p, i) => (
              <List.Item key={`${p.partNumber}:${i}`}>
                <Text span ff="monospace" size="sm">
                  {p.partNumber}
                </Text>{' '}
                {p.installedSerial
                  ? `${p.removedSerial} → ${p.installedSerial}`
                  : `× ${p.quantity}`}{' '}
                {showCost && p.costCents !== null && (
                  <Text span size="xs" c="dimmed">
                    {formatCents(p.costCents)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {editable && unit.result !== null && !changing && (
          <Group justify="flex-end">
            <Button size="compact-sm" variant="subtle" onClick={() => setChanging(true)}>
              Change the result
            </Button>
          </Group>
        )}
        {open && (
          <>
            <VisitPartRows
              serial={unit.serial}
              parts={parts}
              onChange={setParts}
              spares={spares}
              kit={kit}
            />
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                onClick={() => setParts([...parts, emptyPart()])}
                disabled={spares.length === 0}
                data-testid="unit-add-part"
              >
                {spares.length ? 'Add a part used' : 'No spare in the van'}
              </Button>
            </Group>
            <Textarea
              aria-label={`Note on ${unit.serial}`}
              placeholder="What was found and done (optional)"
              autosize
              minRows={1}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-testid="unit-note"
            />
            {!partsReady && (
              <Text size="xs" c="orange.8">
                Finish each part row (or remove it) to record the result.
              </Text>
            )}
            <ProblemAlert error={record.error} title="Not recorded" />
            <SimpleGrid cols={3} spacing="xs">
              {RESULTS.map((result) => (
                <Button
                  key={result}
                  size="md"
                  px={4}
                  color={RESULT_COLORS[result]}
                  variant={result === 'fixed' ? 'filled' : 'light'}
                  loading={sending === result}
                  disabled={record.isPending || !partsReady}
                  onClick={() => save(result)}
                  data-testid={`unit-result-${result}`}
                >
                  {RESULT_LABELS[result]}
                </Button>
              ))}
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Paper>
  );
}
