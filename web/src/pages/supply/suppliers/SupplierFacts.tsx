import { SimpleGrid } from '@mantine/core';
import type { Supplier } from '../../../api/supplyTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatCents, formatDateTime } from '../../../lib/format';
import { originLabel } from '../../trade/tradeLabels';

export function SupplierFacts({ supplier }: { supplier: Supplier }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" data-testid="supplier-facts">
      <Fact label="Code">{supplier.code}</Fact>
      <Fact label="Country">{originLabel(supplier.country)}</Fact>
      <Fact label="Lead time">{supplier.leadTimeDays} days</Fact>
      <Fact label="Minimum order">{formatCents(supplier.minOrderCents)}</Fact>
      <Fact label="Contact">{supplier.contactEmail ?? EMPTY_VALUE}</Fact>
      <Fact label="Updated">{formatDateTime(supplier.updatedAt)}</Fact>
      {supplier.note && <Fact label="Note">{supplier.note}</Fact>}
    </SimpleGrid>
  );
}
