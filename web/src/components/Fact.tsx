import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

interface FactProps {
  label: string;
  children: ReactNode;
  'data-testid'?: string;
}

/** A small label over a value, for the facts grid of a detail page. */
export function Fact({ label, children, 'data-testid': testId }: FactProps) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}
