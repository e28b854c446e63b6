import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { CalendarTab } from './CalendarTab';
import { HeadcountPlanTab } from './HeadcountPlanTab';
import { RolesTab } from './RolesTab';
import { RosterTab } from './RosterTab';
import { RoutingsTab } from './RoutingsTab';
import { WorkCentresTab } from './WorkCentresTab';

const TABS = [
  { value: 'work-centres', label: 'Work centres', Panel: WorkCentresTab },
  { value: 'calendar', label: 'Calendar', Panel: CalendarTab },
  { value: 'routings', label: 'Routings', Panel: RoutingsTab },
  { value: 'roles', label: 'Roles', Panel: RolesTab },
  { value: 'headcount', label: 'Headcount plan', Panel: HeadcountPlanTab },
  { value: 'roster', label: 'Roster', Panel: RosterTab },
] as const;

const DEFAULT_TAB = TABS[0].value;

/** The plant and its people; the open tab lives in the address (?tab=) so it can be linked. */
export function PlantPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = TABS.find((t) => t.value === requested)?.value ?? DEFAULT_TAB;
  const open = (value: string | null) =>
    setParams(value && value !== DEFAULT_TAB ? { tab: value } : {}, { replace: true });

  return (
    <>
      <PageHeader
        title="Plant & people"
        description="What capacity is made of: work centres and their shifts, the calendar, routings, roles with their learning curves, the headcount plan and the roster."
      />
      <Tabs value={tab} onChange={open} keepMounted={false} variant="outline">
        <Tabs.List mb="md">
          {TABS.map((t) => (
            <Tabs.Tab key={t.value} value={t.value} data-testid={`plant-tab-${t.value}`}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
