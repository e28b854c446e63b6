import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useVisits } from '../../../../api/field';
import { VISIT_STATUSES, type VisitStatus } from '../../../../api/fieldTypes';
import { useHasAnyRole } from '../../../../auth/useHasAnyRole';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { FIELD_PLANNERS } from '../../serviceLabels';
import { VISIT_STATUS_OPTIONS } from '../fieldLabels';
import { OnsiteCandidates } from './OnsiteCandidates';
import { PlanVisitModal, type PlanVisitTarget } from './PlanVisitModal';
import { VisitsTable } from './VisitsTable';

/**
 * Every visit in route order, filtered by status (`?status=`), with "Plan a visit" for the
 * desk and the sites big enough to send a crew to. `?customer=&site=` opens the form for a site.
 */
export function VisitsView() {
  const planner = useHasAnyRole(FIELD_PLANNERS);
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = (VISIT_STATUSES as readonly string[]).includes(raw ?? '')
    ? (raw as VisitStatus)
    : null;
  const visits = useVisits({ status });
  const [target, setTarget] = useState<PlanVisitTarget | null>(() =>
    planner && params.get('site')
      ? { customer: params.get('customer'), site: params.get('site') }
      : null,
  );

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const close = () => {
    setTarget(null);
    // The shortcut's site is used once: a reload does not open the form again.
    const next = new URLSearchParams(params);
    next.delete('customer');
    next.delete('site');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" gap="sm">
          <Select
            aria-label="Filter by status"
            placeholder="Every status"
            data={VISIT_STATUS_OPTIONS}
            value={status}
            onChange={(value) => setParam('status', value)}
            clearable
            style={{ flex: '0 1 220px' }}
            data-testid="visit-status-filter"
          />
          {planner && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setTarget({ customer: null, site: null })}
              data-testid="plan-visit"
            >
              Plan a visit
            </Button>
          )}
        </Group>
        {visits.error && <ProblemAlert error={visits.error} title="Visits could not be loaded" />}
        <Paper withBorder radius="md">
          <VisitsTable visits={visits.data?.items ?? []} loading={visits.isPending} />
        </Paper>
      </Stack>
      <Stack gap="xs">
        <Title order={4}>On-site candidates</Title>
        <Paper withBorder radius="md">
          <OnsiteCandidates onPlan={planner ? setTarget : null} />
        </Paper>
      </Stack>
      <PlanVisitModal target={target} onClose={close} />
    </Stack>
  );
}
