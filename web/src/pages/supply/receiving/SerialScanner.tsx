import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { Button, Group, Pill, Stack, Text, TextInput } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { addSerials, scanMessage, splitSerials } from './serialScan';

interface SerialScannerProps {
  serials: string[];
  onChange: (serials: string[]) => void;
  /** Units still open on the line: the most serials it takes. */
  open: number;
  /** Serials scanned on the receipt's other lines. */
  elsewhere: ReadonlySet<string>;
  autoFocus?: boolean;
  /** A message from the server about this line. */
  error?: string;
  'data-testid'?: string;
}

/**
 * Serial entry for a barcode scanner: each scan ends with Enter and adds one serial; pasting a
 * list adds them all. Duplicates and serials beyond the open quantity are refused inline.
 */
export function SerialScanner({
  serials,
  onChange,
  open,
  elsewhere,
  autoFocus,
  error,
  'data-testid': testId = 'serial-scanner',
}: SerialScannerProps) {
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const add = (scanned: string[]) => {
    if (scanned.length === 0) return;
    const result = addSerials(serials, scanned, open, elsewhere);
    setMessage(scanMessage(result, open));
    if (result.serials.length !== serials.length) onChange(result.serials);
    setValue('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // A scan ends with Enter: it adds the serial and never submits the form.
    event.preventDefault();
    add(splitSerials(value));
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const scanned = splitSerials(event.clipboardData.getData('text'));
    if (scanned.length < 2) return;
    event.preventDefault();
    add([...splitSerials(value), ...scanned]);
  };

  const complete = serials.length === open;
  return (
    <Stack gap="xs" data-testid={testId}>
      <TextInput
        label="Scan serials"
        description="Each scan ends with Enter; paste a list to add many at once."
        placeholder={complete ? 'Every open unit is scanned' : 'Scan or type a serial, then Enter'}
        leftSection={<IconBarcode size={16} />}
        rightSection={
          <Text
            size="sm"
            fw={600}
            c={complete ? 'green.7' : 'dimmed'}
            aria-label={`${serials.length} of ${open} scanned`}
            data-testid={`${testId}-count`}
          >
            {serials.length} / {open}
          </Text>
        }
        rightSectionWidth={72}
        value={value}
        onChange={(event) => {
          setValue(event.currentTarget.value);
          if (message) setMessage(null);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        error={message ?? error}
        data-testid={`${testId}-input`}
      />
      {serials.length > 0 && (
        <Group gap={6} justify="space-between" align="flex-start" wrap="nowrap">
          <Pill.Group data-testid={`${testId}-list`}>
            {serials.map((serial) => (
              <Pill
                key={serial}
                withRemoveButton
                onRemove={() => onChange(serials.filter((s) => s !== serial))}
                removeButtonProps={{ 'aria-label': `Remove ${serial}` }}
                ff="monospace"
              >
                {serial}
              </Pill>
            ))}
          </Pill.Group>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onChange([])}>
            Clear
          </Button>
        </Group>
      )}
      {serials.length === 0 && (
        <Text size="xs" c="dimmed">
          No serial scanned: the line is not received.
        </Text>
      )}
    </Stack>
  );
}
