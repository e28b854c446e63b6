import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBarcode, IconPackageImport } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useReceiveAtDepot } from '../../../api/depot';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { repairPath } from '../servicePaths';
import { MONO_INPUT } from '../monoInput';

/** Scan a machine at the depot door: it is received on its approved RMA and goes to the bench. */
export function ReceiveBox() {
  const navigate = useNavigate();
  const receive = useReceiveAtDepot();
  const [serial, setSerial] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = serial.trim();
    if (!value) return;
    receive.mutate(
      { serial: value },
      {
        onSuccess: (received) => {
          notifications.show({
            color: 'green',
            title: `${received.serial} received`,
            message: `On ${received.rma}: its SLA clock runs again.`,
          });
          navigate(repairPath(received.unitId));
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" mb="md">
      <form onSubmit={submit} noValidate data-testid="depot-receive">
        <Stack gap="xs">
          <Text fw={600}>Receive a machine</Text>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label="Serial to receive"
              placeholder="Scan the serial label"
              leftSection={<IconBarcode size={16} />}
              value={serial}
              onChange={(event) => {
                setSerial(event.currentTarget.value);
                receive.reset();
              }}
              autoComplete="off"
              spellCheck={false}
              styles={MONO_INPUT}
              style={{ flex: 1, minWidth: 0 }}
              data-testid="depot-receive-input"
            />
            <Button
              type="submit"
              leftSection={<IconPackageImport size={16} />}
              loading={receive.isPending}
              disabled={!serial.trim()}
              data-testid="depot-receive-submit"
            >
              Receive
            </Button>
          </Group>
          <ProblemAlert error={receive.error} title="Not received" />
        </Stack>
      </form>
    </Paper>
  );
}
