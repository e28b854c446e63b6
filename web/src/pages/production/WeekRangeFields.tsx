import { Button, Input, SegmentedControl, TextInput } from '@mantine/core';
import type { WeekRange } from './useWeekRange';

interface WeekRangeFieldsProps {
  range: WeekRange;
  choices: readonly string[];
  /** Prefix of the inputs' test ids: `<prefix>-weeks`, `<prefix>-from`. */
  testIdPrefix: string;
}

/** "12 / 26 / 52 weeks" and the first week, with a way back to this week. */
export function WeekRangeFields({ range, choices, testIdPrefix }: WeekRangeFieldsProps) {
  return (
    <>
      <Input.Wrapper label="Weeks shown">
        <SegmentedControl
          display="flex"
          aria-label="Weeks shown"
          value={String(range.weeks)}
          onChange={range.setWeeks}
          data={choices.map((value) => ({ value, label: `${value} weeks` }))}
          data-testid={`${testIdPrefix}-weeks`}
        />
      </Input.Wrapper>
      <TextInput
        type="date"
        label="From the week of"
        value={range.from ?? ''}
        onChange={(event) => range.setFrom(event.currentTarget.value || null)}
        style={{ flex: '0 1 180px' }}
        data-testid={`${testIdPrefix}-from`}
      />
      {range.from && (
        <Button variant="subtle" size="sm" onClick={() => range.setFrom(null)}>
          This week
        </Button>
      )}
    </>
  );
}
