import { Anchor, Badge, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useSerial } from '../../../api/supply';
import type { StockSerial } from '../../../api/supplyTypes';
import { BackLink } from '../../../components/BackLink';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { EMPTY_VALUE, formatCents, formatDateTime } from '../../../lib/format';
import { LOCATION_KIND_LABELS, SERIAL_STATUS_COLORS, SERIAL_STATUS_LABELS } from '../supplyLabels';
import { MovesTable } from './MovesTable';
import { SerialLookup } from './SerialLookup';
import { useStockNames } from './useStockNames';
import { INVENTORY_PATH, partPath } from '../supplyPaths';

/** One serial number (`/supply/inventory/serials/:serial`): where it is and how it got there. */
export function SerialPage() {
  const serial = useParams().serial ?? '';
  const found = useSerial(serial);
  const lookup = (
    <Paper withBorder radius="md" p="md" maw={520}>
      <SerialLookup key={serial} initial={serial} />
    </Paper>
  );

  return (
    <>
      <BackLink to={INVENTORY_PATH} label="Inventory" />
      {found.error ? (
        <Stack gap="md">
          <PageHeader title={serial} />
          <ProblemAlert error={found.error} title="Serial not found" data-testid="serial-error" />
          {lookup}
        </Stack>
      ) : found.isPending ? (
        <Skeleton height={320} radius="md" />
      ) : (
        <Stack gap="lg">
          <SerialDetail serial={found.data} />
          {lookup}
        </Stack>
      )}
    </>
  );
}

function SerialDetail({ serial }: { serial: StockSerial }) {
  const names = useStockNames();
  const part = names.part(serial.partId);
  const location = names.location(serial.locationId);
  return (
    <Stack gap="lg" data-testid="serial-detail">
      <PageHeader
        title={serial.serial}
        description={part ? `${part.partNumber} · ${part.name}` : undefined}
      />
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        <Fact label="Status">
          <Badge
            color={SERIAL_STATUS_COLORS[serial.status]}
            variant="light"
            data-testid="serial-status"
          >
            {SERIAL_STATUS_LABELS[serial.status]}
          </Badge>
        </Fact>
        <Fact label="Location" data-testid="serial-location">
          {location
            ? `${location.code} · ${LOCATION_KIND_LABELS[location.kind]}`
            : (serial.locationId ?? 'Not in stock')}
        </Fact>
        <Fact label="Part">
          <Anchor component={Link} to={partPath(serial.partId)} size="sm">
            {part?.partNumber ?? serial.partId}
          </Anchor>
        </Fact>
        <Fact label="Landed unit cost">{formatCents(serial.unitCostCents)}</Fact>
        <Fact label="Received on">{serial.receivedOn}</Fact>
        <Fact label="Reserved">{serial.reservationId ? 'Yes' : EMPTY_VALUE}</Fact>
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={4}>History</Title>
        <Paper withBorder radius="md">
          <MovesTable moves={serial.history} loading={false} compact data-testid="serial-history" />
        </Paper>
        <Text size="xs" c="dimmed">
          Newest first · last change {formatDateTime(serial.updatedAt)}
        </Text>
      </Stack>
    </Stack>
  );
}
