import { Paper, Text } from '@mantine/core';
import { useMinerModels } from '../../api/catalog';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UncertainBadge } from './UncertainBadge';
import { ModelsTable } from './ModelsTable';

export function ModelsPage() {
  const models = useMinerModels();
  const items = models.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Models"
        description="Miner models and their specifications. A model built here links to its unit's BOM tree and to its build-vs-import comparison."
      />
      {models.error && <ProblemAlert error={models.error} title="Models could not be loaded" />}
      <Paper withBorder radius="md" mt={models.error ? 'md' : 0}>
        <ModelsTable models={items} loading={models.isPending} />
      </Paper>
      <Text size="xs" c="dimmed" mt="xs" component="div">
        <UncertainBadge /> marks a value not confirmed by the maker&apos;s specification.
      </Text>
    </>
  );
}
