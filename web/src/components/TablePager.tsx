import { useState } from 'react';
import { Group, Pagination, Text } from '@mantine/core';
import { formatNumber } from '../lib/format';

/**
 * One page of a long list held in memory; the page is clamped, so a list that shrinks (a
 * filter) never leaves it past the end.
 */
export function usePagedRows<T>(rows: readonly T[], pageSize: number) {
  const [requested, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(requested, pages);
  const start = (page - 1) * pageSize;
  return {
    page,
    pages,
    setPage,
    start,
    rows: rows.slice(start, start + pageSize),
    total: rows.length,
  };
}

interface TablePagerProps {
  paged: ReturnType<typeof usePagedRows<unknown>>;
  /** What the rows are, e.g. "planned orders". */
  noun: string;
  'data-testid'?: string;
}

/** "Rows 51–100 of 592" and the page buttons, under a table; hidden for a single page. */
export function TablePager({ paged, noun, 'data-testid': testId }: TablePagerProps) {
  if (paged.pages <= 1) return null;
  const last = Math.min(paged.start + paged.rows.length, paged.total);
  return (
    <Group justify="space-between" gap="sm" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {formatNumber(paged.start + 1)}–{formatNumber(last)} of {formatNumber(paged.total)} {noun}
      </Text>
      <Pagination
        size="sm"
        total={paged.pages}
        value={paged.page}
        onChange={paged.setPage}
        siblings={1}
        boundaries={1}
      />
    </Group>
  );
}
