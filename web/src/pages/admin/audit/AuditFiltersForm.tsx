import { useState, type FormEvent } from 'react';
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { AuditFilters } from '../../../api/audit';
import { endOfLocalDay, startOfLocalDay } from '../../../lib/dates';

interface AuditFiltersFormProps {
  onApply: (filters: AuditFilters) => void;
}

const EMPTY_DRAFT = {
  entityType: '',
  entityId: '',
  actorId: '',
  action: '',
  fromDate: '',
  toDate: '',
};
type Draft = typeof EMPTY_DRAFT;

function toFilters(draft: Draft): AuditFilters {
  const filters: AuditFilters = {};
  if (draft.entityType.trim()) filters.entityType = draft.entityType.trim();
  if (draft.entityId.trim()) filters.entityId = draft.entityId.trim();
  if (draft.actorId.trim()) filters.actorId = draft.actorId.trim();
  if (draft.action.trim()) filters.action = draft.action.trim();
  const from = startOfLocalDay(draft.fromDate);
  const to = endOfLocalDay(draft.toDate);
  if (from !== undefined) filters.from = from;
  if (to !== undefined) filters.to = to;
  return filters;
}

export function AuditFiltersForm({ onApply }: AuditFiltersFormProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const field = (key: keyof Draft) => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [key]: value }));
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(toFilters(draft));
  };

  const clear = () => {
    setDraft(EMPTY_DRAFT);
    onApply({});
  };

  return (
    <form onSubmit={submit} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <TextInput label="Entity type" placeholder="e.g. user" {...field('entityType')} />
        <TextInput label="Entity ID" {...field('entityId')} />
        <TextInput label="Actor ID" {...field('actorId')} />
        <TextInput label="Action" placeholder="e.g. user.updated" {...field('action')} />
        <TextInput label="From" type="date" {...field('fromDate')} />
        <TextInput label="To" type="date" {...field('toDate')} />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm" gap="xs">
        <Button variant="default" onClick={clear}>
          Clear
        </Button>
        <Button type="submit">Apply filters</Button>
      </Group>
    </form>
  );
}
