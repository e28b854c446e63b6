import { Anchor, Badge, Button, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useFaultCodes } from '../../../api/service';
import type { RepairedComponent, WarrantyRma, WarrantyVoid } from '../../../api/serviceTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE } from '../../../lib/format';
import { RmaStatusBadge } from '../RmaStatusBadge';
import { rmaPath } from '../servicePaths';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The machine's RMAs, newest first as the server lists them. */
export function WarrantyRmasTable({ rmas, basePath }: { rmas: WarrantyRma[]; basePath: string }) {
  const codes = useFaultCodes().data?.items ?? [];
  const faultName = (code: string) => codes.find((c) => c.code === code)?.name ?? code;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="warranty-rmas">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>RMA</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Fault</Table.Th>
            <Table.Th>Requested</Table.Th>
            <Table.Th>Shipped back</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rmas.length === 0 && <TableMessageRow colSpan={5}>Never returned.</TableMessageRow>}
          {rmas.map((r) => (
            <Table.Tr key={r.number} data-testid={`warranty-rma-${r.number}`}>
              <Table.Td>
                <Anchor component={Link} to={rmaPath(r.number, basePath)} ff="monospace" size="sm">
                  {r.number}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <RmaStatusBadge status={r.status} />
              </Table.Td>
              <Table.Td>{faultName(r.fault)}</Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {r.requestedOn}
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {r.shippedOn ?? EMPTY_VALUE}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Voids in force; `onLift` (staff who may) adds a "Lift" action to each. */
export function VoidsTable({
  voids,
  onLift,
}: {
  voids: WarrantyVoid[];
  onLift: ((v: WarrantyVoid) => void) | null;
}) {
  const columns = onLift ? 4 : 3;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" data-testid="warranty-voids">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>On</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th>Evidence</Table.Th>
            {onLift && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {voids.length === 0 && <TableMessageRow colSpan={columns}>Not voided.</TableMessageRow>}
          {voids.map((v) => (
            <Table.Tr key={v.id} data-testid={`warranty-void-${v.id}`}>
              <Table.Td ff="monospace" style={nowrap}>
                {v.voidedOn}
              </Table.Td>
              <Table.Td>{v.reason}</Table.Td>
              <Table.Td>{v.evidence}</Table.Td>
              {onLift && (
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onLift(v)}
                    data-testid="warranty-void-lift"
                  >
                    Lift
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Parts a repair put in: each covered on its own from the day the machine shipped back. */
export function RepairedPartsTable({ components }: { components: RepairedComponent[] }) {
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" data-testid="warranty-components">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Part</Table.Th>
            <Table.Th>Serial</Table.Th>
            <Table.Th>Covered until</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {components.length === 0 && (
            <TableMessageRow colSpan={3}>No part replaced.</TableMessageRow>
          )}
          {components.map((c) => (
            <Table.Tr key={c.serial}>
              <Table.Td ff="monospace">{c.partNumber}</Table.Td>
              <Table.Td ff="monospace">{c.serial}</Table.Td>
              <Table.Td>
                {c.endsOn ?? 'From ship-back'}{' '}
                <Badge size="xs" variant="light" color={c.covered ? 'green' : 'gray'}>
                  {c.covered ? 'Covered' : 'Not covered'}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
