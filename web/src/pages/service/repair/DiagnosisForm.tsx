import { useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { IconStethoscope } from '@tabler/icons-react';
import { useBenchStep } from '../../../api/depot';
import { useFaultCodes } from '../../../api/service';
import type { BenchStepResult, BenchUnit } from '../../../api/depotTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { whenDone } from '../../../lib/whenDone';

interface DiagnosisFormProps {
  unit: BenchUnit;
  onResult: (result: BenchStepResult) => void;
}

/**
 * The faults found, from the taxonomy. A covered machine goes to repair; one not covered is
 * quoted and waits for the customer; none found sends it back as it is.
 */
export function DiagnosisForm({ unit, onResult }: DiagnosisFormProps) {
  const step = useBenchStep(unit.unitId);
  const codes = useFaultCodes();
  const [found, setFound] = useState<string[]>(() => [unit.reportedFault]);
  const [note, setNote] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The diagnosis moves the machine on and unmounts this form: the page shows the quote.
    whenDone(
      step.mutateAsync({
        step: 'diagnosis',
        body: { codes: found, ...(note.trim() ? { note: note.trim() } : {}) },
      }),
      onResult,
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="diagnosis-form">
      <Stack gap="sm">
        <MultiSelect
          label="Faults found"
          description="Leave empty when no fault is found: the machine goes back as it is"
          placeholder={found.length ? undefined : 'No fault found'}
          data={(codes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
          value={found}
          onChange={setFound}
          searchable
          clearable
          data-testid="diagnosis-codes"
        />
        <Textarea
          label="Note"
          placeholder="What was measured or seen (optional)"
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="diagnosis-note"
        />
        {unit.eligibility === 'out_of_warranty' || unit.eligibility === 'void' ? (
          <Text size="sm" c="orange.8">
            Not covered: the customer gets a quote to approve before any repair.
          </Text>
        ) : null}
        <ProblemAlert error={step.error} title="Diagnosis not recorded" />
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconStethoscope size={16} />}
            loading={step.isPending}
            data-testid="diagnosis-submit"
          >
            Record diagnosis
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
