import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBarcode, IconTruckLoading } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { WorkOrder } from '../../../api/productionTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { LINE_ROLES } from '../productionLabels';
import { kioskPath } from '../productionPaths';
import { KitModal } from './KitModal';

/** For line roles on an open work order: kit its parts to the line, open the kiosk on it. */
export function WorkOrderActions({ order }: { order: WorkOrder }) {
  const onLine = useHasAnyRole(LINE_ROLES);
  const [kitOpened, kitModal] = useDisclosure(false);
  const open = order.status === 'released' || order.status === 'in_progress';
  const toKit = Math.max(0, order.quantity - order.kittedUnits);
  if (!onLine) return null;
  return (
    <>
      {open && (
        <Button
          variant="default"
          leftSection={<IconBarcode size={16} />}
          component={Link}
          to={kioskPath({ mode: 'hashboard', wo: order.number })}
          data-testid="work-order-kiosk"
        >
          Shop floor
        </Button>
      )}
      {open && toKit > 0 && (
        <Button
          leftSection={<IconTruckLoading size={16} />}
          onClick={kitModal.open}
          data-testid="work-order-kit"
        >
          Kit
        </Button>
      )}
      {/* Stays mounted once kitted, so the result shows until it is closed. */}
      <KitModal
        number={order.number}
        remaining={toKit}
        opened={kitOpened}
        onClose={kitModal.close}
      />
    </>
  );
}
