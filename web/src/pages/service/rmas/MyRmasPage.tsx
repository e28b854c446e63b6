import { Paper, Stack, Text, Title } from '@mantine/core';
import { useVisits } from '../../../api/field';
import { VisitsTable } from '../field/visits/VisitsTable';
import { MY_RMAS_PATH } from '../servicePaths';
import { RmaList } from './RmaList';

/** A customer user's own RMAs (the server returns only theirs), and crews sent to its sites. */
export function MyRmasPage() {
  return (
    <>
      <RmaList
        title="My RMAs"
        description="Machines you send back for repair. Open an RMA for one machine or upload a list; each site gets its own."
        basePath={MY_RMAS_PATH}
        customers={null}
      />
      <MyFieldVisits />
    </>
  );
}

/** Visits of the factory's technicians to the customer's sites, read-only; shown once any. */
function MyFieldVisits() {
  const visits = useVisits({});
  const items = visits.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" mt="xl" data-testid="my-field-visits">
      <Title order={4}>Field visits</Title>
      <Text size="sm" c="dimmed">
        Where many machines at a site fail, a technician comes to repair them there.
      </Text>
      <Paper withBorder radius="md">
        <VisitsTable visits={items} loading={false} basePath={MY_RMAS_PATH} showCustomer={false} />
      </Paper>
    </Stack>
  );
}
