import { Code, SimpleGrid } from '@mantine/core';
import type { Part } from '../../api/catalogTypes';
import { Fact } from '../../components/Fact';
import { EMPTY_VALUE, formatCents, formatDateTime } from '../../lib/format';
import { PART_KIND_LABELS, TRACKING_LABELS } from './partLabels';

/** The part master fields of one part. */
export function PartFacts({ part }: { part: Part }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" data-testid="part-facts">
      <Fact label="Kind">{PART_KIND_LABELS[part.kind]}</Fact>
      <Fact label="HTS line">{part.htsCode ? <Code>{part.htsCode}</Code> : EMPTY_VALUE}</Fact>
      <Fact label="Default origin">{part.defaultOrigin ?? EMPTY_VALUE}</Fact>
      <Fact label="Standard cost">
        {part.standardCostCents === null
          ? 'None (costed from its BOM)'
          : formatCents(part.standardCostCents)}
      </Fact>
      <Fact label="Unit of measure">{part.uom}</Fact>
      <Fact label="Tracking">{TRACKING_LABELS[part.tracking] ?? part.tracking}</Fact>
      <Fact label="Updated">{formatDateTime(part.updatedAt)}</Fact>
      {part.note && <Fact label="Note">{part.note}</Fact>}
    </SimpleGrid>
  );
}
