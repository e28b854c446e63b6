import { Stack, Title } from '@mantine/core';
import { PageHeader } from '../../../components/PageHeader';
import { CustomsEntriesTable } from './CustomsEntriesTable';
import { RefundExposureCard } from './RefundExposureCard';

export function EntriesPage() {
  return (
    <>
      <PageHeader
        title="Entries & refunds"
        description="Customs entries as filed (receiving an import files one) and the duty they paid under programs voided since: the refund exposure."
      />
      <Stack gap="lg">
        <RefundExposureCard />
        <Stack gap="xs">
          <Title order={4}>Customs entries</Title>
          <CustomsEntriesTable />
        </Stack>
      </Stack>
    </>
  );
}
