import { Button, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { TicketRulesForm } from './TicketRulesForm';

/** Who sets a site's rules: the service desk, or the customer for its own sites. */
export const RULE_EDITORS = ['technician', 'sales', 'customer'] as const;

/** "Ticket rules" on a site's page: the site's rules in a dialog, editable by those who may. */
export function TicketRulesButton({ siteId, siteLabel }: { siteId: string; siteLabel: string }) {
  const [opened, dialog] = useDisclosure(false);
  const canEdit = useHasAnyRole(RULE_EDITORS);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconAdjustmentsHorizontal size={16} />}
        onClick={dialog.open}
        data-testid="ticket-rules-button"
      >
        Ticket rules
      </Button>
      <Modal
        opened={opened}
        onClose={dialog.close}
        title={`Ticket rules · ${siteLabel}`}
        size="lg"
        data-testid="ticket-rules-modal"
      >
        <Text size="sm" c="dimmed" mb="md">
          What this site&apos;s faults turn into. A rule not set here follows the defaults of every
          site.
        </Text>
        {opened && <TicketRulesForm siteId={siteId} canEdit={canEdit} onSaved={dialog.close} />}
      </Modal>
    </>
  );
}
