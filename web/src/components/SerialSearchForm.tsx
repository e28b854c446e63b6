import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconBarcode, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

export interface SerialSearchFormProps {
  label: string;
  placeholder: string;
  /** The page a trimmed, non-empty serial opens. */
  pathOf: (serial: string) => string;
  /** Test id of the form; the input and button get `-input` and `-submit` after it. */
  testId: string;
  initial?: string;
}

/** A search form to scan or type a serial number and open its page. */
export function SerialSearchForm({
  label,
  placeholder,
  pathOf,
  testId,
  initial = '',
}: SerialSearchFormProps) {
  const navigate = useNavigate();
  const [serial, setSerial] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = serial.trim();
    if (value) navigate(pathOf(value));
  };
  return (
    <form onSubmit={submit} role="search" data-testid={testId}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          placeholder={placeholder}
          leftSection={<IconBarcode size={16} />}
          value={serial}
          onChange={(event) => setSerial(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: 1 }}
          data-testid={`${testId}-input`}
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconSearch size={16} />}
          disabled={serial.trim() === ''}
          data-testid={`${testId}-submit`}
        >
          Find
        </Button>
      </Group>
    </form>
  );
}
