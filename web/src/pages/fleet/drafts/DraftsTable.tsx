import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RepairDraft } from '../../../api/fleetHealthTypes';
import type { FleetSite } from '../../../api/fleetTypes';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { repairDraftPath } from '../fleetPaths';
import { DraftStatusBadge } from '../health/HealthBadges';
import { RmaLink, WarrantyStateBadge, useFaultCodeName } from './draftBits';

const nowrap = { whiteSpace: 'nowrap' } as const;

interface DraftsTableProps {
  drafts: RepairDraft[];
  loading: boolean;
  sites: ReadonlyMap<string, FleetSite>;
  showCustomer: boolean;
}

/** Repair drafts, newest first: the unit, what was found, its warranty, and what came of it. */
export function DraftsTable({ drafts, loading, sites, showCustomer }: DraftsTableProps) {
  const faultName = useFaultCodeName();
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="drafts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Draft</Table.Th>
            <Table.Th>Machine</Table.Th>
            <Table.Th>Site</Table.Th>
            <Table.Th>Fault</Table.Th>
            <Table.Th>Warranty</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>RMA</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.length === 0 && (
            <TableMessageRow colSpan={7}>
              {loading ? 'Loading repair drafts…' : 'No repair draft matches.'}
            </TableMessageRow>
          )}
          {drafts.map((d) => {
            const site = sites.get(d.siteId);
            return (
              <Table.Tr key={d.id} data-testid={`draft-row-${d.number}`}>
                <Table.Td style={nowrap}>
                  <Anchor component={Link} to={repairDraftPath(d.number)} ff="monospace" size="sm">
                    {d.number}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(d.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td style={nowrap}>
                  <Text size="sm" ff="monospace">
                    {d.unitSerial}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[d.model, d.ip, d.hostname].filter(Boolean).join(' · ') || EMPTY_VALUE}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{`${d.siteCode} · ${d.siteName}`}</Text>
                  {showCustomer && site && (
                    <Text size="xs" c="dimmed">
                      {site.customerName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td maw={360}>
                  <Text size="sm" fw={600}>
                    {faultName(d.faultCode)}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2} title={d.summary}>
                    {d.summary}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <WarrantyStateBadge state={d.warrantyState} />
                </Table.Td>
                <Table.Td style={nowrap}>
                  <DraftStatusBadge status={d.status} />
                  {d.decidedBy && (
                    <Text size="xs" c="dimmed">
                      {d.decidedBy}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={nowrap}>
                  {d.rmaNumber ? <RmaLink number={d.rmaNumber} /> : EMPTY_VALUE}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
