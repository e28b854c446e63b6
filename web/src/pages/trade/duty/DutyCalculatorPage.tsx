import { Text } from '@mantine/core';
import { useComputeDuty } from '../../../api/trade';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { formatCents } from '../../../lib/format';
import { originLabel } from '../tradeLabels';
import { DutyForm } from './DutyForm';
import { DutyResultTable } from './DutyResultTable';

const FIELDS = ['hts', 'origin', 'customsValueCents', 'entryDate', 'scenario'] as const;

export function DutyCalculatorPage() {
  const duty = useComputeDuty();
  const serverErrors = splitFieldErrors(duty.error, FIELDS);
  const asked = duty.variables;

  return (
    <>
      <PageHeader
        title="Duty calculator"
        description="The duty on one entry line: every program in force on the entry date, its rate and amount. Duty is charged on the customs (transaction) value, not on freight."
      />
      <DutyForm onSubmit={duty.mutate} loading={duty.isPending} errors={serverErrors.byField} />
      {duty.error && (
        <ProblemAlert
          error={duty.error}
          fieldErrors={serverErrors.other}
          title="No duty computed"
        />
      )}
      {duty.data && asked && !duty.error && (
        <>
          <Text size="sm" c="dimmed" mb="xs" data-testid="duty-summary">
            HTS {asked.hts} · origin {originLabel(asked.origin)} · customs value{' '}
            {formatCents(asked.customsValueCents)} · entered {asked.entryDate}
            {duty.data.scenario ? ` · scenario “${duty.data.scenario}”` : ' · tariffs in force'}
          </Text>
          <DutyResultTable result={duty.data} />
        </>
      )}
    </>
  );
}
