import type { ReactNode } from 'react';
import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconMapPinCheck } from '@tabler/icons-react';
import { useLocation, useParams } from 'react-router';
import { useVisit, useVisitStep } from '../../../api/field';
import type { VisitDetail } from '../../../api/fieldTypes';
import { useFaultCodes } from '../../../api/service';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RecordPage } from '../../../components/RecordPage';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { whenDone } from '../../../lib/whenDone';
import { DEPOT_BENCH, FIELD_PLANNERS } from '../serviceLabels';
import { FIELD_PATH, MY_RMAS_PATH } from '../servicePaths';
import { useVanSpares } from './useVanSpares';
import { VisitAddUnits } from './VisitAddUnits';
import { VisitFacts } from './VisitFacts';
import { VisitPhotos } from './VisitPhotos';
import { VisitSignoff } from './VisitSignoff';
import { VisitUnitCard } from './VisitUnitCard';

/**
 * One field visit (`/service/field/visits/:number`, or under "My RMAs" for a customer), built
 * for the technician's phone: where and for whom, the kit, check in, a result per machine with
 * the parts used, photos, and the site's sign-off.
 */
export function VisitPage() {
  const number = useParams().number ?? '';
  const mine = useLocation().pathname.startsWith(`${MY_RMAS_PATH}/`);
  const visit = useVisit(number);
  const back = mine ? { to: MY_RMAS_PATH, label: 'My RMAs' } : { to: FIELD_PATH, label: 'Field' };
  return (
    <RecordPage back={back} query={visit} errorTitle="Visit could not be loaded">
      {(data) => <VisitView visitKey={number} visit={data} />}
    </RecordPage>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

function VisitView({ visitKey, visit }: { visitKey: string; visit: VisitDetail }) {
  const worker = useHasAnyRole(DEPOT_BENCH);
  const planner = useHasAnyRole(FIELD_PLANNERS);
  const isCustomer = useCurrentUser().roles.includes('customer');
  const codes = useFaultCodes().data?.items ?? [];
  const faultName = (code: string) => codes.find((c) => c.code === code)?.name ?? code;
  const onSite = worker && visit.status === 'checked_in';
  // Machines join only a visit no technician has yet (the server says the same).
  const growable = planner && visit.status === 'planned' && visit.technician === null;
  const van = useVanSpares(worker ? (visit.technician?.code ?? null) : null);
  const kit = visit.kit.map((k) => k.partNumber);
  const done = visit.units.filter((u) => u.result !== null).length;

  return (
    <>
      <PageHeader
        title={visit.number}
        description={`${visit.site.name} · ${visit.site.city}, ${visit.site.state}`}
      />
      <Stack gap="lg">
        <VisitFacts visit={visit} />
        {worker && visit.status === 'scheduled' && <CheckIn visitKey={visitKey} />}
        {visit.status === 'completed' && (
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            title="Completed"
            data-testid="visit-completed"
          >
            Signed off by {visit.signoffName} on {formatDateTime(visit.completedAt)}.
          </Alert>
        )}
        {visit.note && (
          <Text size="sm" data-testid="visit-note">
            {visit.note}
          </Text>
        )}
        <Section title="Parts kit">
          {visit.kit.length === 0 ? (
            <Text size="sm" c="dimmed">
              No part expected for these faults.
            </Text>
          ) : (
            <List size="sm" data-testid="visit-kit">
              {visit.kit.map((k) => (
                <List.Item key={k.partNumber}>
                  <Text span ff="monospace" size="sm">
                    {k.partNumber}
                  </Text>{' '}
                  × {formatNumber(k.quantity)}
                </List.Item>
              ))}
            </List>
          )}
          {onSite && !van.loading && !van.hasVan && (
            <Text size="xs" c="orange.8">
              This technician has no van: no part can be recorded as used.
            </Text>
          )}
        </Section>
        <Section title={`Machines · ${done} of ${visit.units.length} done`}>
          {visit.units.map((u) => (
            <VisitUnitCard
              key={u.serial}
              visitKey={visitKey}
              unit={u}
              faultName={faultName}
              editable={onSite}
              spares={van.spares}
              kit={kit}
              showCost={!isCustomer}
            />
          ))}
        </Section>
        {growable && (
          <Section title="Add machines">
            <Paper withBorder radius="md" p="sm">
              <VisitAddUnits visitKey={visitKey} visit={visit} faultCodes={codes} />
            </Paper>
          </Section>
        )}
        <Section title="Photos">
          <Paper withBorder radius="md" p="sm">
            <VisitPhotos
              visitKey={visitKey}
              attachments={visit.attachments}
              editable={worker && (visit.status === 'checked_in' || visit.status === 'completed')}
            />
          </Paper>
        </Section>
        {onSite && (
          <Section title="Sign-off">
            <Paper withBorder radius="md" p="md">
              <VisitSignoff visitKey={visitKey} visit={visit} />
            </Paper>
          </Section>
        )}
      </Stack>
    </>
  );
}

/** On site: the one big button of a scheduled visit. */
function CheckIn({ visitKey }: { visitKey: string }) {
  const checkIn = useVisitStep(visitKey);
  return (
    <Stack gap="xs">
      <Button
        size="xl"
        fullWidth
        leftSection={<IconMapPinCheck size={24} />}
        loading={checkIn.isPending}
        onClick={() =>
          whenDone(checkIn.mutateAsync({ step: 'check-in' }), (r) =>
            notifications.show({
              color: 'green',
              title: `${r.number}: on site`,
              message: 'Checked in.',
            }),
          )
        }
        data-testid="visit-check-in"
      >
        Check in
      </Button>
      <ProblemAlert error={checkIn.error} title="Not checked in" />
    </Stack>
  );
}
