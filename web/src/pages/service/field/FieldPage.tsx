import { Stack, Tabs } from '@mantine/core';
import { IconBox, IconListDetails, IconRoute, IconUsers } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { PageHeader } from '../../../components/PageHeader';
import type { FieldView } from '../servicePaths';
import { DispatchBoard } from './dispatch/DispatchBoard';
import { MyVisits } from './MyVisits';
import { RefurbPoolView } from './pool/RefurbPoolView';
import { TechniciansView } from './technicians/TechniciansView';
import { VisitsView } from './visits/VisitsView';

const VIEWS: { value: FieldView; label: string; icon: typeof IconRoute }[] = [
  { value: 'dispatch', label: 'Dispatch board', icon: IconRoute },
  { value: 'visits', label: 'Visits', icon: IconListDetails },
  { value: 'technicians', label: 'Technicians', icon: IconUsers },
  { value: 'pool', label: 'Refurbished pool', icon: IconBox },
];

/**
 * Field service (`/service/field`): a technician's own visits first, then the views of the
 * desk (`?view=`): the dispatch board, every visit with the sites worth a crew, the
 * technicians, and the refurbished machines shipped ahead of repairs.
 */
export function FieldPage() {
  // Admins pass every role check but work no visits: "My visits" is for technicians.
  const technician = useCurrentUser().roles.includes('technician');
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v.value === params.get('view'))?.value ?? 'dispatch';
  const select = (value: string | null) => {
    if (!value) return;
    // Each view keeps its own filters: they are not carried to another.
    setParams(new URLSearchParams({ view: value }), { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Field service"
        description="Crews sent to sites with many failed machines: visits, the dispatch plan that routes them, and the refurbished machines shipped ahead of repairs."
      />
      <Stack gap="lg">
        {technician && <MyVisits />}
        <Tabs value={view} onChange={select} variant="pills" keepMounted={false}>
          <Tabs.List mb="md" style={{ flexWrap: 'wrap' }}>
            {VIEWS.map(({ value, label, icon: Icon }) => (
              <Tabs.Tab
                key={value}
                value={value}
                leftSection={<Icon size={16} />}
                data-testid={`field-view-${value}`}
              >
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="dispatch">
            <DispatchBoard />
          </Tabs.Panel>
          <Tabs.Panel value="visits">
            <VisitsView />
          </Tabs.Panel>
          <Tabs.Panel value="technicians">
            <TechniciansView />
          </Tabs.Panel>
          <Tabs.Panel value="pool">
            <RefurbPoolView />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
