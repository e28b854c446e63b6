import { useRef, useState, type FormEvent } from 'react';
import { Box, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useReceiveShipment } from '../../../api/logistics';
import type { ShipmentDetail, ShipmentSerial } from '../../../api/logisticsTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatNumber } from '../../../lib/format';
import { todayIso } from '../../../lib/isoDates';

interface ReceiptModalProps {
  shipment: ShipmentDetail;
  opened: boolean;
  onClose: () => void;
}

/** Confirm which serials reached the site: every outstanding one is ticked to start with. */
export function ReceiptModal({ shipment, opened, onClose }: ReceiptModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Confirm receipt of ${shipment.number}`}>
      {opened && <ReceiptForm shipment={shipment} onDone={onClose} />}
    </Modal>
  );
}

const ROW_HEIGHT = 30;

function ReceiptForm({ shipment, onDone }: { shipment: ShipmentDetail; onDone: () => void }) {
  const receive = useReceiveShipment(shipment.number);
  const outstanding = shipment.serials.filter((s) => !s.receivedOn);
  // Unticked serials are kept, not ticked ones: "all" is the usual answer and the default.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [on, setOn] = useState(todayIso());
  const ticked = outstanding.length - unticked.size;

  const toggle = (serial: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (!next.delete(serial)) next.add(serial);
      return next;
    });
  const toggleAll = () =>
    setUnticked(unticked.size === 0 ? new Set(outstanding.map((s) => s.serial)) : new Set());

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // No list means every outstanding serial, which keeps a large receipt's request small.
    const serials =
      unticked.size === 0
        ? undefined
        : outstanding.filter((s) => !unticked.has(s.serial)).map((s) => s.serial);
    receive.mutate(
      { serials, on },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'green',
            title:
              result.status === 'delivered' ? `${result.shipment} delivered` : 'Units received',
            message:
              result.outstanding > 0
                ? `${formatNumber(result.received)} received, ${formatNumber(result.outstanding)} still to come`
                : `${formatNumber(result.received)} units are now in the installed base.`,
          });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="receipt-form">
      <Stack>
        <Text size="sm" c="dimmed">
          Untick the serials that did not arrive; they stay outstanding. Warranty runs from the day
          the shipment left ({shipment.departedOn}).
        </Text>
        <TextInput
          label="Received on"
          type="date"
          required
          max={todayIso()}
          value={on}
          onChange={(event) => setOn(event.currentTarget.value)}
          data-testid="receipt-on"
        />
        <Group justify="space-between">
          <Checkbox
            label={`All ${formatNumber(outstanding.length)} outstanding`}
            checked={unticked.size === 0}
            indeterminate={unticked.size > 0 && ticked > 0}
            onChange={toggleAll}
            data-testid="receipt-all"
          />
          <Text size="sm" fw={600} data-testid="receipt-count">
            {formatNumber(ticked)} to receive
          </Text>
        </Group>
        <SerialChecklist serials={outstanding} unticked={unticked} onToggle={toggle} />
        <ProblemAlert error={receive.error} title="Receipt not recorded" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={receive.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={receive.isPending}
            disabled={ticked === 0 || !on}
            data-testid="receipt-submit"
          >
            Confirm receipt
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface SerialChecklistProps {
  serials: ShipmentSerial[];
  unticked: ReadonlySet<string>;
  onToggle: (serial: string) => void;
}

/** A scrolling list that renders only the rows in view: a shipment may hold thousands. */
function SerialChecklist({ serials, unticked, onToggle }: SerialChecklistProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: serials.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <Box
      ref={scrollRef}
      h={Math.min(320, serials.length * ROW_HEIGHT + 8)}
      style={{
        overflowY: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
      data-testid="receipt-serials"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const unit = serials[row.index]!;
          return (
            <Group
              key={unit.serial}
              px="sm"
              gap="xs"
              wrap="nowrap"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: row.size,
                transform: `translateY(${row.start}px)`,
              }}
            >
              <Checkbox
                checked={!unticked.has(unit.serial)}
                onChange={() => onToggle(unit.serial)}
                label={
                  <Text span size="sm" ff="monospace">
                    {unit.serial}
                  </Text>
                }
                aria-label={`Received ${unit.serial}`}
                data-testid={`receipt-serial-${unit.serial}`}
              />
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {unit.model} · {unit.pallet}
              </Text>
            </Group>
          );
        })}
      </div>
    </Box>
  );
}
