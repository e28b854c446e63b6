import type { CSSProperties } from 'react';
import { Select } from '@mantine/core';
import { useParts } from '../../api/catalog';
import type { Part } from '../../api/catalogTypes';

interface PartSelectProps {
  label?: string;
  /** Part number, or null when none is picked. */
  value: string | null;
  onChange: (partNumber: string | null, part: Part | undefined) => void;
  error?: string;
  required?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Picks a part from the part master by number or name. */
export function PartSelect({
  label,
  value,
  onChange,
  error,
  required,
  style,
  'data-testid': testId,
}: PartSelectProps) {
  const parts = useParts({});
  const items = parts.data?.items ?? [];
  const byNumber = new Map(items.map((part) => [part.partNumber, part]));
  return (
    <Select
      label={label}
      aria-label={label ? undefined : 'Part'}
      placeholder={parts.isPending ? 'Loading parts…' : 'Part number or name'}
      data={items.map((part) => ({
        value: part.partNumber,
        label: `${part.partNumber} · ${part.name}`,
      }))}
      value={value}
      onChange={(partNumber) =>
        onChange(partNumber, partNumber ? byNumber.get(partNumber) : undefined)
      }
      searchable
      required={required}
      limit={50}
      nothingFoundMessage="No part matches"
      error={error ?? (parts.error ? 'Parts could not be loaded' : undefined)}
      style={style}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
