import { Select } from '@mantine/core';
import type { ReasonKind } from '../../../api/plantTypes';
import { useReasonCodes } from '../../../api/shopFloor';

interface ReasonSelectProps {
  kind: ReasonKind;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  testId: string;
}

/** A rework or scrap reason from the plant's reason codes. */
export function ReasonSelect({ kind, value, onChange, error, testId }: ReasonSelectProps) {
  const reasons = useReasonCodes();
  const options = (reasons.data ?? [])
    .filter((reason) => reason.kind === kind)
    .map((reason) => ({ value: reason.code, label: reason.name }));
  return (
    <Select
      label="Reason"
      placeholder={reasons.isPending ? 'Loading reasons…' : `Pick a ${kind} reason`}
      data={options}
      value={value}
      onChange={onChange}
      size="lg"
      required
      searchable
      error={error}
      nothingFoundMessage="No such reason"
      data-testid={testId}
    />
  );
}
