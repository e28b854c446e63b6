import { TextInput } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';

interface StationInputProps {
  station: string;
  onChange: (station: string) => void;
}

/** The station this kiosk stands at; recorded with every action done here. */
export function StationInput({ station, onChange }: StationInputProps) {
  return (
    <TextInput
      label="Station"
      placeholder="e.g. SMT-1"
      size="lg"
      w={200}
      leftSection={<IconMapPin size={20} />}
      value={station}
      onChange={(event) => onChange(event.currentTarget.value.toUpperCase())}
      autoComplete="off"
      spellCheck={false}
      data-testid="kiosk-station"
    />
  );
}
