import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { PurchaseOrderLine } from '../../../api/supplyTypes';
import { formatNumber } from '../../../lib/format';
import { TRACKING_LABELS } from '../partLabels';
import type { ReceiveLineDraft } from './receiptDraft';
import { SerialScanner } from './SerialScanner';

interface ReceiveLineBlockProps {
  line: PurchaseOrderLine;
  draft: ReceiveLineDraft;
  onChange: (draft: ReceiveLineDraft) => void;
  /** Serials scanned on the receipt's other lines. */
  elsewhere: ReadonlySet<string>;
  autoFocus: boolean;
  /** Server messages for this line by field; '' is about the line as a whole. */
  errors: Partial<Record<string, string>>;
}

/** What came in on one open line: serials, a lot and its quantity, or a plain quantity. */
export function ReceiveLineBlock({
  line,
  draft,
  onChange,
  elsewhere,
  autoFocus,
  errors,
}: ReceiveLineBlockProps) {
  const testId = `receive-line-${line.lineNo}`;
  const quantity = (
    <NumberInput
      label="Quantity received"
      placeholder={`Up to ${formatNumber(line.openQuantity)}`}
      min={1}
      max={line.openQuantity}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      hideControls
      rightSection={
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => onChange({ ...draft, quantity: line.openQuantity })}
          aria-label={`Receive all ${line.openQuantity} open`}
        >
          All
        </Button>
      }
      rightSectionWidth={52}
      value={draft.quantity}
      onChange={(value) => onChange({ ...draft, quantity: value })}
      error={errors.quantity}
      autoFocus={autoFocus}
      data-testid={`${testId}-quantity`}
    />
  );

  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text fw={600} ff="monospace">
              Line {line.lineNo} · {line.partNumber}
            </Text>
            <Text size="sm" c="dimmed">
              {line.partName}
            </Text>
          </div>
          <Group gap="xs">
            <Badge variant="outline" color="gray" radius="sm" tt="none">
              {TRACKING_LABELS[line.tracking] ?? line.tracking}
            </Badge>
            <Badge variant="light" radius="sm" tt="none">
              {formatNumber(line.openQuantity)} open of {formatNumber(line.quantity)}
            </Badge>
          </Group>
        </Group>
        {line.tracking === 'serial' && (
          <SerialScanner
            serials={draft.serials}
            onChange={(serials) => onChange({ ...draft, serials })}
            open={line.openQuantity}
            elsewhere={elsewhere}
            autoFocus={autoFocus}
            error={errors.serials ?? errors.quantity}
            data-testid={`${testId}-serials`}
          />
        )}
        {line.tracking === 'lot' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Lot code"
              placeholder="As printed on the reel or tray"
              value={draft.lotCode}
              onChange={(event) => onChange({ ...draft, lotCode: event.currentTarget.value })}
              error={errors.lot}
              data-testid={`${testId}-lot`}
            />
            <TextInput
              label="Date code"
              placeholder="e.g. 2545"
              value={draft.dateCode}
              onChange={(event) => onChange({ ...draft, dateCode: event.currentTarget.value })}
              data-testid={`${testId}-date-code`}
            />
            {quantity}
          </SimpleGrid>
        )}
        {line.tracking === 'none' && quantity}
        {errors[''] && (
          <Text size="sm" c="red" role="alert">
            {errors['']}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
