import type { ReactNode } from 'react';
import { Skeleton } from '@mantine/core';
import { BackLink } from './BackLink';
import { ProblemAlert } from './ProblemAlert';

/**
 * The frame of one record's page: a link back to its list, then the record once loaded, a
 * placeholder while it loads, or why it could not be loaded.
 */
export function RecordPage<T>({
  back,
  query,
  errorTitle,
  children,
}: {
  back: { to: string; label: string };
  query: { error: unknown; isPending: boolean; data: T | undefined };
  errorTitle: string;
  children: (record: T) => ReactNode;
}) {
  return (
    <>
      <BackLink to={back.to} label={back.label} />
      {query.error ? (
        <ProblemAlert error={query.error} title={errorTitle} />
      ) : query.isPending ? (
        <Skeleton height={360} radius="md" />
      ) : (
        children(query.data as T)
      )}
    </>
  );
}
