import { useState } from 'react';
import { Drawer, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { usePart } from '../../api/catalog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isIsoDate, todayIso } from '../../lib/isoDates';
import { BomRevisionsList } from './BomRevisionsList';
import { BomTree } from './BomTree';
import { PartFacts } from './PartFacts';
import { WhereUsedTable } from './WhereUsedTable';

interface PartDrawerProps {
  /** Id or part number of the part shown; the drawer is closed when null. */
  partId: string | null;
  onOpenPart: (partId: string) => void;
  onClose: () => void;
}

export function PartDrawer({ partId, onOpenPart, onClose }: PartDrawerProps) {
  const isSmallScreen = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened={partId !== null}
      onClose={onClose}
      position="right"
      size={isSmallScreen ? '100%' : 'xl'}
      title={<Text fw={600}>Part</Text>}
    >
      {partId && <PartDetail key={partId} partId={partId} onOpenPart={onOpenPart} />}
    </Drawer>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={5}>{title}</Title>
      {children}
    </Stack>
  );
}

function PartDetail({ partId, onOpenPart }: { partId: string; onOpenPart: (id: string) => void }) {
  const part = usePart(partId);
  const [date, setDate] = useState(todayIso());
  const asOf = isIsoDate(date) ? date : todayIso();

  if (part.error) return <ProblemAlert error={part.error} title="Part could not be loaded" />;
  if (part.isPending)
    return (
      <Text c="dimmed" size="sm">
        Loading part…
      </Text>
    );
  const { data } = part;
  return (
    <Stack gap="lg" data-testid="part-detail">
      <div>
        <Title order={3} ff="monospace" data-testid="part-detail-number">
          {data.partNumber}
        </Title>
        <Text c="dimmed">{data.name}</Text>
      </div>
      <PartFacts part={data} />
      <Group align="flex-end" gap="sm">
        <TextInput
          label="As built on"
          type="date"
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          w={180}
          data-testid="part-date"
        />
        <Text size="xs" c="dimmed" pb={8}>
          The BOM tree and where-used follow the revisions in force on this date.
        </Text>
      </Group>
      <Section title="BOM tree">
        <BomTree key={`${data.id}:${asOf}`} partId={data.id} date={asOf} />
      </Section>
      <Section title="BOM revisions">
        <BomRevisionsList partId={data.id} date={asOf} />
      </Section>
      <Section title="Where used">
        <WhereUsedTable partId={data.id} date={asOf} onOpen={onOpenPart} />
      </Section>
    </Stack>
  );
}
