import { useState, type FormEvent } from 'react';
import {
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { useHtsLines } from '../../../api/trade';
import type { DutyQuery } from '../../../api/tradeTypes';
import { todayIso } from '../../../lib/isoDates';
import { centsOf } from '../../../lib/money';
import { ScenarioSelect } from '../ScenarioSelect';
import { MINER_HTS } from '../tradeLabels';

interface DutyFormProps {
  onSubmit: (query: DutyQuery) => void;
  loading: boolean;
  /** Per-field messages from the server. */
  errors: Partial<Record<string, string>>;
}

export function DutyForm({ onSubmit, loading, errors }: DutyFormProps) {
  const htsLines = useHtsLines();
  const [hts, setHts] = useState(MINER_HTS);
  const [origin, setOrigin] = useState('');
  const [valueDollars, setValueDollars] = useState<number | string>('');
  const [entryDate, setEntryDate] = useState(todayIso());
  const [scenario, setScenario] = useState<string | null>(null);
  const complete =
    hts.trim() !== '' && /^[A-Za-z]{2}$/.test(origin.trim()) && typeof valueDollars === 'number';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const customsValueCents = centsOf(valueDollars);
    if (customsValueCents === undefined) return;
    const query: DutyQuery = {
      hts: hts.trim(),
      origin: origin.trim().toUpperCase(),
      customsValueCents,
      entryDate,
    };
    if (scenario) query.scenario = scenario;
    onSubmit(query);
  };

  // Options are the codes themselves (picking one fills in the code); the list shows what each is.
  const descriptions = new Map(
    (htsLines.data?.items ?? []).map((line) => [line.code, line.description]),
  );

  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <form onSubmit={submit} noValidate data-testid="duty-form">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
          <Autocomplete
            label="HTS line"
            description="HTSUS code, dots optional"
            required
            data={[...descriptions.keys()]}
            renderOption={({ option }) => (
              <div>
                <Text size="sm" ff="monospace">
                  {option.value}
                </Text>
                <Text size="xs" c="dimmed">
                  {descriptions.get(option.value)}
                </Text>
              </div>
            )}
            value={hts}
            onChange={setHts}
            error={errors.hts}
            data-testid="duty-hts"
          />
          <TextInput
            label="Country of origin"
            placeholder="CN"
            description="Two-letter code"
            required
            maxLength={2}
            value={origin}
            onChange={(event) => setOrigin(event.currentTarget.value.toUpperCase())}
            error={errors.origin}
            data-testid="duty-origin"
          />
          <NumberInput
            label="Customs value"
            description="Transaction (FOB) value, US dollars"
            required
            prefix="$"
            thousandSeparator=","
            decimalScale={2}
            min={0}
            allowNegative={false}
            value={valueDollars}
            onChange={setValueDollars}
            error={errors.customsValueCents}
            data-testid="duty-value"
          />
          <TextInput
            label="Entry date"
            description="The rows in force on this day apply"
            type="date"
            required
            value={entryDate}
            onChange={(event) => setEntryDate(event.currentTarget.value)}
            error={errors.entryDate}
            data-testid="duty-date"
          />
          <ScenarioSelect
            label="Scenario"
            description="Optional what-if overlay"
            placeholder="Tariffs in force"
            value={scenario}
            onChange={setScenario}
            data-testid="duty-scenario"
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button
            type="submit"
            leftSection={<IconCalculator size={16} />}
            loading={loading}
            disabled={!complete || entryDate === ''}
            data-testid="duty-submit"
          >
            Compute duty
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
