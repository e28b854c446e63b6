import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconBarcode, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { serialPath } from '../supplyPaths';

/** Scan or type a serial number to see where it is and every move it made. */
export function SerialLookup({ initial = '' }: { initial?: string }) {
  const navigate = useNavigate();
  const [serial, setSerial] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = serial.trim();
    if (value) navigate(serialPath(value));
  };
  return (
    <form onSubmit={submit} role="search" data-testid="serial-lookup">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Find a serial"
          placeholder="Scan or type a serial number"
          leftSection={<IconBarcode size={16} />}
          value={serial}
          onChange={(event) => setSerial(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: 1 }}
          data-testid="serial-lookup-input"
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconSearch size={16} />}
          disabled={serial.trim() === ''}
          data-testid="serial-lookup-submit"
        >
          Find
        </Button>
      </Group>
    </form>
  );
}
