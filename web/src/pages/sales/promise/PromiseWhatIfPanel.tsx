import { useState } from 'react';
import {
  Box,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { usePromiseWhatIf } from '../../../api/promise';
import { useSupplySources } from '../../../api/sales';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatBp } from '../../../lib/format';
import { ScenarioSelect } from '../../trade/ScenarioSelect';
import {
  EMPTY_WHAT_IF,
  whatIfInputOf,
  whatIfProblems,
  withHoldSource,
  type WhatIfDraft,
} from './whatIfDraft';
import { PromiseWhatIfResults } from './PromiseWhatIfResults';

/**
 * The book promised under a tariff scenario, a US plant running above or below plan, or a customs
 * hold on one lane; compared line by line with the latest stored run. Nothing is saved.
 */
export function PromiseWhatIfPanel() {
  const whatIf = usePromiseWhatIf();
  const sources = useSupplySources();
  const [draft, setDraft] = useState<WhatIfDraft>(EMPTY_WHAT_IF);
  const problems = whatIfProblems(draft);
  const imports = (sources.data?.items ?? []).filter((s) => s.kind === 'import' && s.active);
  const held = imports.find((s) => s.code === draft.holdSource);

  const set = <K extends keyof WhatIfDraft>(key: K, value: WhatIfDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  return (
    <Stack gap="sm">
      <Title order={4}>What if</Title>
      <Paper withBorder radius="md" p="md" data-testid="promise-whatif">
        <Text size="sm" c="dimmed" mb="sm">
          Promise the open book under other conditions and see which lines move against the latest
          run. Nothing is saved.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <ScenarioSelect
            label="Tariff scenario"
            value={draft.scenario}
            onChange={(scenario) => set('scenario', scenario)}
            placeholder="Tariffs in force"
            data-testid="whatif-scenario"
          />
          <NumberInput
            label="US plant capacity"
            description="Of the build plan; 100% as planned"
            suffix="%"
            min={0}
            max={1000}
            allowNegative={false}
            decimalScale={1}
            value={draft.capacityPct}
            onChange={(value) => set('capacityPct', value)}
            error={problems.capacityPct}
            data-testid="whatif-capacity"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="sm">
          <Select
            label="Customs hold on"
            description={
              held
                ? `Now ${formatBp(held.holdProbabilityBp, 0)} held, ${held.holdP50Days} / ${held.holdP90Days} days`
                : 'An import lane; none for no hold'
            }
            placeholder={sources.isPending ? 'Loading sources…' : 'No hold'}
            data={imports.map((s) => ({ value: s.code, label: `${s.code} · ${s.name}` }))}
            value={draft.holdSource}
            onChange={(code) =>
              setDraft((d) =>
                withHoldSource(
                  d,
                  imports.find((s) => s.code === code),
                ),
              )
            }
            clearable
            error={sources.error ? 'Sources could not be loaded' : undefined}
            data-testid="whatif-hold-source"
          />
          <NumberInput
            label="Chance of a hold"
            description="Of shipments on the lane"
            suffix="%"
            min={0}
            max={100}
            allowNegative={false}
            decimalScale={1}
            disabled={!draft.holdSource}
            value={draft.holdProbabilityPct}
            onChange={(value) => set('holdProbabilityPct', value)}
            error={problems.holdProbabilityPct}
            data-testid="whatif-hold-probability"
          />
          <NumberInput
            label="Median hold"
            description="Days (P50)"
            suffix=" d"
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            disabled={!draft.holdSource}
            value={draft.holdP50Days}
            onChange={(value) => set('holdP50Days', value)}
            error={problems.holdP50Days}
            data-testid="whatif-hold-p50"
          />
          <NumberInput
            label="Long hold"
            description="Days (P90)"
            suffix=" d"
            min={0}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            disabled={!draft.holdSource}
            value={draft.holdP90Days}
            onChange={(value) => set('holdP90Days', value)}
            error={problems.holdP90Days}
            data-testid="whatif-hold-p90"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => setDraft(EMPTY_WHAT_IF)}>
            Reset
          </Button>
          <Button
            leftSection={<IconFlask size={16} />}
            onClick={() => whatIf.mutate(whatIfInputOf(draft))}
            disabled={Object.keys(problems).length > 0}
            loading={whatIf.isPending}
            data-testid="whatif-run"
          >
            Run what-if
          </Button>
        </Group>
        {whatIf.error && (
          <Box mt="sm">
            <ProblemAlert error={whatIf.error} title="The what-if could not run" />
          </Box>
        )}
      </Paper>
      {whatIf.data && !whatIf.isPending && <PromiseWhatIfResults result={whatIf.data} />}
    </Stack>
  );
}
