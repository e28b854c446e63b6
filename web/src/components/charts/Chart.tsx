import { lazy, Suspense } from 'react';
import { Skeleton } from '@mantine/core';
import type { ChartProps } from './chartTypes';

const EChart = lazy(() => import('./EChart'));

/** An ECharts chart, its library loaded on first use. */
export function Chart(props: ChartProps) {
  return (
    <Suspense fallback={<Skeleton height={props.height} radius="md" />}>
      <EChart {...props} />
    </Suspense>
  );
}
