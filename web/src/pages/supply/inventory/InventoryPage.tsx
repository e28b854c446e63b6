import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useMoves } from '../../../api/supply';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { BalancesSection } from './BalancesSection';
import { MovesTable } from './MovesTable';
import { SerialLookup } from './SerialLookup';
import { ValuationCard } from './ValuationCard';

export function InventoryPage() {
  const moves = useMoves();
  const items = moves.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <PageHeader
        title="Inventory"
        description="Stock by location, lot and serial number, what it is worth, and every move of the stock ledger."
      />
      <Stack gap="lg">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ValuationCard />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder radius="md" p="md" h="100%">
              <SerialLookup />
              <Text size="xs" c="dimmed" mt="xs">
                Where a serialized part is now, its status and its history, move by move.
              </Text>
            </Paper>
          </Grid.Col>
        </Grid>
        <BalancesSection />
        <Stack gap="sm">
          <Title order={4}>Recent moves</Title>
          {moves.error && <ProblemAlert error={moves.error} title="Moves could not be loaded" />}
          <Paper withBorder radius="md">
            <MovesTable moves={items} loading={moves.isPending} />
          </Paper>
          <LoadMoreButton
            hasMore={moves.hasNextPage}
            loading={moves.isFetchingNextPage}
            onLoadMore={() => void moves.fetchNextPage()}
          />
        </Stack>
      </Stack>
    </>
  );
}
