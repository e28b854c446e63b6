import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useWorkOrder } from '../../../api/production';
import type { UnitKind, WorkOrderDetail, WorkOrderUnit } from '../../../api/productionTypes';
import { BackLink } from '../../../components/BackLink';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { OperationsTable } from '../OperationsTable';
import { UNIT_KIND_LABELS } from '../productionLabels';
import { unitPath, WORK_ORDERS_PATH } from '../productionPaths';
import { UnitStatusBadge } from '../UnitStatusBadge';
import { WorkOrderStatusBadge } from '../WorkOrderStatusBadge';
import { WorkOrderActions } from './WorkOrderActions';

/**
 * One work order (`/production/work-orders/:number`): its units, its hashboards and the
 * shop-floor log; line leads kit it from here and open the kiosk on it.
 */
export function WorkOrderPage() {
  const number = useParams().number ?? '';
  const order = useWorkOrder(number);
  return (
    <>
      <BackLink to={WORK_ORDERS_PATH} label="Work orders" />
      {order.error ? (
        <Stack gap="md">
          <PageHeader title={number} />
          <ProblemAlert error={order.error} title="Work order not found" />
        </Stack>
      ) : order.isPending ? (
        <Skeleton height={320} radius="md" />
      ) : (
        <WorkOrderDetailView order={order.data} />
      )}
    </>
  );
}

function WorkOrderDetailView({ order }: { order: WorkOrderDetail }) {
  const units = order.units.filter((u) => u.kind === 'unit');
  const hashboards = order.units.filter((u) => u.kind === 'hashboard');
  const passed = units.filter((u) => u.status === 'passed').length;
  return (
    <Stack gap="lg" data-testid="work-order-detail">
      <PageHeader
        title={order.number}
        description={order.modelName}
        actions={<WorkOrderActions order={order} />}
      />
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        <Fact label="Status">
          <WorkOrderStatusBadge status={order.status} />
        </Fact>
        <Fact label="Quantity">{formatNumber(order.quantity)}</Fact>
        <Fact label="Week">{order.weekStart}</Fact>
        <Fact label="Units built" data-testid="work-order-built">
          {formatNumber(units.length)} · {formatNumber(passed)} passed
        </Fact>
        <Fact label="Kitted" data-testid="work-order-kitted">
          {formatNumber(order.kittedUnits)} of {formatNumber(order.quantity)} units
        </Fact>
        <Fact label="Released">{formatDateTime(order.createdAt)}</Fact>
      </SimpleGrid>
      <UnitsSection title="Units" kind="unit" units={units} />
      <UnitsSection title="Hashboards" kind="hashboard" units={hashboards} />
      <OperationsTable title="Operations log" operations={order.operations} showSerial />
    </Stack>
  );
}

interface UnitsSectionProps {
  title: string;
  kind: UnitKind;
  units: WorkOrderUnit[];
}

function UnitsSection({ title, kind, units }: UnitsSectionProps) {
  return (
    <Stack gap="xs">
      <Title order={4}>
        {title}{' '}
        <Text span c="dimmed" size="sm">
          ({formatNumber(units.length)})
        </Text>
      </Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={560}>
          <Table highlightOnHover verticalSpacing="xs" data-testid={`work-order-${kind}s`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Serial</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Station</Table.Th>
                <Table.Th>Built</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {units.length === 0 && (
                <TableMessageRow colSpan={4}>
                  No {UNIT_KIND_LABELS[kind].toLowerCase()} built yet.
                </TableMessageRow>
              )}
              {units.map((unit) => (
                <Table.Tr key={unit.serial} data-testid={`${kind}-row-${unit.serial}`}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={unitPath(unit.serial)}
                      ff="monospace"
                      fw={600}
                      size="sm"
                      data-testid={`${kind}-link`}
                    >
                      {unit.serial}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <UnitStatusBadge status={unit.status} />
                  </Table.Td>
                  <Table.Td>{unit.station ?? EMPTY_VALUE}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(unit.builtAt)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
