import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RmaUnit } from '../../../api/serviceTypes';
import { EMPTY_VALUE } from '../../../lib/format';
import { EligibilityBadge } from '../EligibilityBadge';
import { RmaStatusBadge } from '../RmaStatusBadge';
import { repairPath, warrantyPath } from '../servicePaths';
import { SlaClock } from '../SlaClock';
import { QuoteDecision } from './QuoteDecision';

interface RmaUnitsTableProps {
  units: RmaUnit[];
  /** Fault code → its name. */
  faultName: (code: string) => string;
  /** Staff open each machine's repair screen. */
  linkBench: boolean;
}

const nowrap = { whiteSpace: 'nowrap' } as const;
/** Eligibilities repaired free: their cover has an end date worth showing. */
const COVERED: ReadonlySet<string> = new Set(['doa', 'in_warranty', 'repair_warranty']);

/** The RMA's machines: what was reported and found, cover, where each stands and its clock. */
export function RmaUnitsTable({ units, faultName, linkBench }: RmaUnitsTableProps) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" data-testid="rma-units">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Serial</Table.Th>
            <Table.Th>Fault</Table.Th>
            <Table.Th>Cover</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>SLA</Table.Th>
            <Table.Th>Quote</Table.Th>
            <Table.Th>Shipped back</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.id} data-testid={`rma-unit-${u.serial}`}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor
                    component={Link}
                    to={linkBench ? repairPath(u.id) : warrantyPath(u.serial)}
                    ff="monospace"
                    fw={600}
                    size="sm"
                    style={nowrap}
                    data-testid="rma-unit-link"
                  >
                    {u.serial}
                  </Anchor>
                  <Text size="xs" c="dimmed" style={nowrap}>
                    {u.model} · {u.builtHere ? 'built here' : 'imported'}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{faultName(u.reportedFault)}</Text>
                {u.note && (
                  <Text size="xs" c="dimmed">
                    {u.note}
                  </Text>
                )}
                {u.diagnosis.length > 0 && (
                  <Text size="xs" data-testid="rma-unit-diagnosis">
                    Found: {u.diagnosis.map(faultName).join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <EligibilityBadge eligibility={u.eligibility} />
                <Text size="xs" c="dimmed" style={nowrap}>
                  {u.warrantyEndsOn && COVERED.has(u.eligibility)
                    ? `until ${u.warrantyEndsOn}`
                    : EMPTY_VALUE}
                </Text>
              </Table.Td>
              <Table.Td>
                <RmaStatusBadge status={u.status} testId="rma-unit-status" />
                {u.replacementSerial && (
                  <Text size="xs" c="teal.8" style={nowrap} data-testid="rma-unit-replacement">
                    Replaced ahead by{' '}
                    <Text span inherit ff="monospace">
                      {u.replacementSerial}
                    </Text>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SlaClock sla={u.sla} />
              </Table.Td>
              <Table.Td>
                <QuoteDecision unit={u} />
              </Table.Td>
              <Table.Td ff="monospace" style={nowrap}>
                {u.shippedOn ?? EMPTY_VALUE}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
