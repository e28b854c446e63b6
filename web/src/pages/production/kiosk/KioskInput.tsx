import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Loader, TextInput } from '@mantine/core';
import { IconBarcode, IconCornerDownLeft } from '@tabler/icons-react';
import { problemText } from '../../../lib/problemText';
import type { KioskField } from './useKioskField';

interface KioskInputProps {
  field: KioskField;
  label: string;
  placeholder: string;
  description?: ReactNode;
  /** Called with the trimmed value on Enter; an empty value is passed too (e.g. "assemble now"). */
  onSubmit: (value: string) => void;
  /** A server problem, a message or any error, shown under the input. */
  error?: unknown;
  /** Shows a spinner in the input and takes no other entry while this one is sent. */
  loading?: boolean;
  /** Shows a spinner only: scans keep coming while earlier ones are checked. */
  busy?: boolean;
  disabled?: boolean;
  /** Test id of the input; the button and the error get `-submit` and `-error` after it. */
  testId: string;
  submitLabel?: string;
}

/** A large scanner-friendly input: focused on arrival, Enter submits, errors right under it. */
export function KioskInput({
  field,
  label,
  placeholder,
  description,
  onSubmit,
  error,
  loading,
  busy,
  disabled,
  testId,
  submitLabel = 'Enter',
}: KioskInputProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(field.value.trim());
  };
  return (
    <form onSubmit={submit} data-testid={`${testId}-form`}>
      <TextInput
        ref={field.ref}
        label={label}
        description={description}
        placeholder={placeholder}
        size="xl"
        leftSection={<IconBarcode size={26} />}
        rightSection={loading || busy ? <Loader size="sm" /> : undefined}
        value={field.value}
        onChange={(event) => field.setValue(event.currentTarget.value)}
        error={problemText(error)}
        errorProps={{ 'data-testid': `${testId}-error`, role: 'alert', size: 'md' }}
        autoFocus
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        disabled={disabled}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        inputContainer={(input) => (
          <Group gap="sm" wrap="nowrap">
            <div style={{ flex: 1 }}>{input}</div>
            <Button
              type="submit"
              size="xl"
              leftSection={<IconCornerDownLeft size={22} />}
              disabled={disabled || loading}
              data-testid={`${testId}-submit`}
            >
              {submitLabel}
            </Button>
          </Group>
        )}
        data-testid={testId}
      />
    </form>
  );
}
