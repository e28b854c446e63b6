import { useState } from 'react';
import {
  ActionIcon,
  Box,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFlask, IconPlus, IconTrash } from '@tabler/icons-react';
import { useWhatIf } from '../../../api/capacity';
import type { CapacityReport } from '../../../api/capacityTypes';
import { useHeadcountPlan } from '../../../api/plant';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { listFieldErrors } from '../../../lib/listErrors';
import {
  cellsOf,
  isRowComplete,
  monthsOf,
  plannedHeadcount,
  whatIfRow,
  type WhatIfRow,
} from './whatIfDraft';
import { WhatIfResults } from './WhatIfResults';

interface WhatIfPanelProps {
  report: CapacityReport;
  /** The range of the report, sent with the scenario. */
  from: string | null;
  weeks: number;
}

const DEFAULT_ROLE = 'assembler';

/** Headcount targets changed for some months and roles, and what capacity would then be. */
export function WhatIfPanel({ report, from, weeks }: WhatIfPanelProps) {
  const whatIf = useWhatIf();
  const plan = useHeadcountPlan();
  const months = monthsOf(report.weeks);
  const roles = report.roles.map((r) => ({ value: r.code, label: r.name }));
  const firstRole = roles.find((r) => r.value === DEFAULT_ROLE)?.value ?? roles[0]?.value ?? null;
  const [rows, setRows] = useState<WhatIfRow[]>(() => [whatIfRow(months[0] ?? null, firstRole)]);
  const errors = listFieldErrors(whatIf.error, 'headcount');

  const change = (key: number, patch: Partial<WhatIfRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  const run = () => whatIf.mutate({ from: from ?? undefined, weeks, headcount: cellsOf(rows) });

  return (
    <Stack gap="sm">
      <Title order={4}>What if</Title>
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed" mb="sm">
          Set a role&apos;s headcount from a month on and see what the weeks could build. Nothing is
          saved.
        </Text>
        <Stack gap="xs">
          {rows.map((row, index) => {
            const rowErrors = errors.byItem.get(index) ?? {};
            const planned = plannedHeadcount(plan.data ?? [], row.role, row.month);
            return (
              <Group key={row.key} gap="sm" align="flex-start" data-testid={`whatif-row-${index}`}>
                <Select
                  aria-label={`Month, change ${index + 1}`}
                  placeholder="Month"
                  data={months}
                  value={row.month}
                  onChange={(month) => change(row.key, { month })}
                  error={rowErrors.month}
                  w={130}
                  data-testid="whatif-month"
                />
                <Select
                  aria-label={`Role, change ${index + 1}`}
                  placeholder="Role"
                  data={roles}
                  value={row.role}
                  onChange={(role) => change(row.key, { role })}
                  error={rowErrors.role}
                  w={260}
                  data-testid="whatif-role"
                />
                <NumberInput
                  aria-label={`Headcount, change ${index + 1}`}
                  placeholder="Headcount"
                  min={0}
                  max={100_000}
                  allowDecimal={false}
                  allowNegative={false}
                  value={row.headcount}
                  onChange={(headcount) => change(row.key, { headcount })}
                  error={rowErrors.headcount}
                  description={
                    planned === undefined ? 'Not in the plan' : `Plan: ${formatNumber(planned)}`
                  }
                  inputWrapperOrder={['input', 'description', 'error']}
                  w={140}
                  data-testid="whatif-headcount"
                />
                {rows.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={6}
                    aria-label={`Remove change ${index + 1}`}
                    onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            );
          })}
        </Stack>
        <Group justify="space-between" mt="sm">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              setRows((current) => [...current, whatIfRow(current.at(-1)?.month ?? null, null)])
            }
            data-testid="whatif-add"
          >
            Add a change
          </Button>
          <Button
            leftSection={<IconFlask size={16} />}
            onClick={run}
            disabled={!rows.every(isRowComplete)}
            loading={whatIf.isPending}
            data-testid="whatif-run"
          >
            Run what-if
          </Button>
        </Group>
        {whatIf.error && (
          <Box mt="sm">
            <ProblemAlert
              error={whatIf.error}
              fieldErrors={errors.other}
              title="The what-if could not run"
            />
          </Box>
        )}
      </Paper>
      {whatIf.data && !whatIf.isPending && <WhatIfResults result={whatIf.data} />}
    </Stack>
  );
}
