import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { ReleaseWorkOrderForm } from './ReleaseWorkOrderForm';

/** Opens the form to release a work order to the line. */
export function ReleaseWorkOrderButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={open} data-testid="release-open">
        Release work order
      </Button>
      <Modal opened={opened} onClose={close} title="Release work order">
        <ReleaseWorkOrderForm onDone={close} />
      </Modal>
    </>
  );
}
