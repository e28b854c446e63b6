import { EmptyState, Paper } from '@mantine/core';
import { PageHeader } from '../components/PageHeader';
import type { AppSection } from '../sections';

/** Placeholder page of a section that has no screens yet: says what will appear there. */
export function SectionEmptyStatePage({ section }: { section: AppSection }) {
  const Icon = section.icon;
  return (
    <>
      <PageHeader title={section.label} />
      <Paper withBorder radius="md" p="xl">
        <EmptyState
          data-testid="empty-state"
          icon={<Icon size={32} stroke={1.5} />}
          withIndicatorBackground
          title={`${section.label} is coming soon`}
          description={section.emptyState}
        />
      </Paper>
    </>
  );
}
