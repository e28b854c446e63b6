import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconBarcode, IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { unitPath } from '../productionPaths';

/** Scan or type a unit or hashboard serial to open its genealogy and burn-in record. */
export function UnitLookup({ initial = '' }: { initial?: string }) {
  const navigate = useNavigate();
  const [serial, setSerial] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = serial.trim();
    if (value) navigate(unitPath(value));
  };
  return (
    <form onSubmit={submit} role="search" data-testid="unit-lookup">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label="Find a unit"
          placeholder="Unit or hashboard serial"
          leftSection={<IconBarcode size={16} />}
          value={serial}
          onChange={(event) => setSerial(event.currentTarget.value)}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: 1 }}
          data-testid="unit-lookup-input"
        />
        <Button
          type="submit"
          variant="default"
          leftSection={<IconSearch size={16} />}
          disabled={serial.trim() === ''}
          data-testid="unit-lookup-submit"
        >
          Find
        </Button>
      </Group>
    </form>
  );
}
