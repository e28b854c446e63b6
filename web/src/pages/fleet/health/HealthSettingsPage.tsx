import { Paper, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { DEFAULT_RULES_SITE, useHealthThresholds } from '../../../api/fleetHealth';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ThresholdsForm } from './ThresholdsForm';
import { TicketRulesForm } from './TicketRulesForm';

/** Who tunes detection (admins always may). */
const THRESHOLD_EDITORS = ['technician'] as const;
/** Who sets the default ticket rules: the service desk (customers set their own sites'). */
const DEFAULT_RULE_EDITORS = ['technician', 'sales'] as const;

/**
 * Fleet health set-up (`/fleet/health`, staff): the thresholds detection judges each model by,
 * and the ticket rules every site follows unless it sets its own.
 */
export function HealthSettingsPage() {
  const [params, setParams] = useSearchParams();
  const thresholds = useHealthThresholds();
  const mayTune = useHasAnyRole(THRESHOLD_EDITORS);
  const maySetRules = useHasAnyRole(DEFAULT_RULE_EDITORS);
  const models = thresholds.data?.items ?? [];
  const wanted = params.get('model');
  const current = models.find((m) => m.model === wanted) ?? models[0];
  return (
    <>
      <PageHeader
        title="Fleet health"
        description="When detection opens a fault, per model, and what faults turn into at sites without rules of their own."
      />
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={4}>Detection thresholds</Title>
          <Text size="sm" c="dimmed">
            Chip limits are not published per model: set each model&apos;s own. A change applies to
            the next readings.
          </Text>
          {thresholds.error && (
            <ProblemAlert error={thresholds.error} title="Thresholds could not be loaded" />
          )}
          {thresholds.isPending && <Skeleton height={480} radius="md" />}
          {thresholds.data && models.length === 0 && (
            <Text size="sm" c="dimmed">
              No miner model in the catalog yet.
            </Text>
          )}
          {current && (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Select
                  label="Model"
                  data={models.map((m) => {
                    const own = Object.keys(m.overrides).length;
                    return { value: m.model, label: own ? `${m.model} (${own} set)` : m.model };
                  })}
                  value={current.model}
                  onChange={(value) =>
                    value && setParams({ ...Object.fromEntries(params), model: value })
                  }
                  allowDeselect={false}
                  searchable
                  maw={360}
                  data-testid="thresholds-model"
                />
                <ThresholdsForm key={JSON.stringify(current)} current={current} canEdit={mayTune} />
              </Stack>
            </Paper>
          )}
        </Stack>
        <Stack gap="xs" maw={880}>
          <Title order={4}>Default ticket rules</Title>
          <Text size="sm" c="dimmed">
            Every site follows these where it has no rule of its own (set on the site&apos;s page).
          </Text>
          <Paper withBorder radius="md" p="md">
            <TicketRulesForm siteId={DEFAULT_RULES_SITE} canEdit={maySetRules} />
          </Paper>
        </Stack>
      </Stack>
    </>
  );
}
