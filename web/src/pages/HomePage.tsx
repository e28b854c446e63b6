import { SimpleGrid, Skeleton, Text } from '@mantine/core';
import { HOME_REFRESH_MS, useHomeCounts } from '../api/home';
import { PageHeader } from '../components/PageHeader';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatDateTime } from '../lib/format';
import { HomeCountCard } from './HomeCountCard';

const GRID_COLUMNS = { base: 1, xs: 2, md: 3, lg: 4 };

export function HomePage() {
  const home = useHomeCounts();
  const counts = home.data?.counts ?? [];

  return (
    <>
      <PageHeader
        title="Home"
        description={`Live counts across the factory, refreshed every ${HOME_REFRESH_MS / 1000} seconds.`}
      />
      {home.error && <ProblemAlert error={home.error} title="Counts could not be refreshed" />}
      {home.isPending && (
        <SimpleGrid cols={GRID_COLUMNS}>
          {[0, 1, 2, 3].map((placeholder) => (
            <Skeleton key={placeholder} height={110} radius="md" />
          ))}
        </SimpleGrid>
      )}
      {home.data && counts.length === 0 && <Text c="dimmed">There is nothing to count yet.</Text>}
      {counts.length > 0 && (
        <SimpleGrid cols={GRID_COLUMNS} mt={home.error ? 'md' : 0}>
          {counts.map((count) => (
            <HomeCountCard key={count.key} count={count} />
          ))}
        </SimpleGrid>
      )}
      {home.dataUpdatedAt > 0 && (
        <Text size="xs" c="dimmed" mt="md">
          Last updated {formatDateTime(home.dataUpdatedAt, true)}
        </Text>
      )}
    </>
  );
}
