import { Stack, Text, Tooltip } from '@mantine/core';
import type { Peg } from '../../../api/planningTypes';
import { EMPTY_VALUE } from '../../../lib/format';
import { pegLabel } from '../productionLabels';

const SHOWN = 2;

/** What a requirement is for: the model and plan week of each peg, the rest behind "+N more". */
export function PegList({ pegs }: { pegs: Peg[] }) {
  if (pegs.length === 0) return <Text size="xs">{EMPTY_VALUE}</Text>;
  const rest = pegs.slice(SHOWN);
  return (
    <Stack gap={0} data-testid="pegs">
      {pegs.slice(0, SHOWN).map((peg) => (
        <Text key={`${peg.model}|${peg.week}`} size="xs" style={{ whiteSpace: 'nowrap' }}>
          {pegLabel(peg)}
        </Text>
      ))}
      {rest.length > 0 && (
        <Tooltip
          multiline
          w={320}
          label={rest.map(pegLabel).join('\n')}
          style={{ whiteSpace: 'pre-line' }}
        >
          <Text size="xs" c="dimmed" style={{ cursor: 'help' }}>
            +{rest.length} more
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}
