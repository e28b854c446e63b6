import type { ReactNode } from 'react';
import { Alert, Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useFleetSites } from '../../../api/fleet';
import { useRepairDraft } from '../../../api/fleetHealth';
import type { RepairDraft } from '../../../api/fleetHealthTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { Fact } from '../../../components/Fact';
import { PageHeader } from '../../../components/PageHeader';
import { RecordPage } from '../../../components/RecordPage';
import { EMPTY_VALUE, formatDateTime } from '../../../lib/format';
import { unitPath } from '../../production/productionPaths';
import { warrantyPath } from '../../service/servicePaths';
import { FLEET_DRAFTS_PATH, fleetMachinePath, fleetSitePath } from '../fleetPaths';
import { DraftStatusBadge } from '../health/HealthBadges';
import { WarrantyEvidenceList } from '../health/WarrantyEvidenceList';
import { DRAFT_DECIDERS, DraftDecision } from './DraftDecision';
import { DraftBoardSerials, DraftWarrantyFacts } from './DraftSerialsWarranty';
import { DraftBurnInTable, DraftEpisodesTable } from './DraftTelemetry';
import { RmaLink, WarrantyStateBadge, useFaultCodeName } from './draftBits';

/**
 * One repair draft (`/fleet/repair-drafts/:id`, by id or number): what was found, the evidence
 * gathered with it, and Confirm (opens the RMA) or Dismiss while it awaits a decision.
 */
export function RepairDraftPage() {
  const key = useParams().id ?? '';
  const draft = useRepairDraft(key);
  return (
    <RecordPage
      back={{ to: FLEET_DRAFTS_PATH, label: 'Repair drafts' }}
      query={draft}
      errorTitle="Repair draft could not be loaded"
    >
      {(data) => <DraftView draft={data} />}
    </RecordPage>
  );
}

function Section({ title, note, children }: { title: string; note?: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <div>
        <Title order={4}>{title}</Title>
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
      </div>
      {children}
    </Stack>
  );
}

function Outcome({ draft }: { draft: RepairDraft }) {
  if (draft.status === 'confirmed')
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck size={18} />}
        title="Confirmed: the RMA is open"
        data-testid="draft-outcome"
      >
        <Text size="sm">
          {draft.rmaNumber ? (
            <>
              RMA <RmaLink number={draft.rmaNumber} testId="draft-rma-link" /> was opened
            </>
          ) : (
            'Confirmed'
          )}{' '}
          by {draft.decidedBy ?? EMPTY_VALUE} on {formatDateTime(draft.decidedAt)}.
          {draft.decisionNote && ` “${draft.decisionNote}”`}
        </Text>
      </Alert>
    );
  if (draft.status === 'dismissed')
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconCircleX size={18} />}
        title="Dismissed: no RMA was opened"
        data-testid="draft-outcome"
      >
        <Text size="sm">
          By {draft.decidedBy ?? EMPTY_VALUE} on {formatDateTime(draft.decidedAt)}: “
          {draft.decisionNote ?? EMPTY_VALUE}”
        </Text>
      </Alert>
    );
  return null;
}

function DraftView({ draft }: { draft: RepairDraft }) {
  const mayDecide = useHasAnyRole(DRAFT_DECIDERS);
  const isCustomer = useCurrentUser().roles.includes('customer');
  const faultName = useFaultCodeName();
  const site = useFleetSites().data?.items.find((s) => s.site.id === draft.siteId)?.site;
  const e = draft.evidence;
  const unitLink = isCustomer ? warrantyPath : unitPath;
  return (
    <>
      <PageHeader
        title={`Repair draft ${draft.number}`}
        description={draft.summary}
        actions={draft.status === 'draft' && mayDecide && <DraftDecision draft={draft} />}
      />
      <Stack gap="lg">
        <Outcome draft={draft} />
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm" data-testid="draft-facts">
            <Fact label="Status">
              <DraftStatusBadge status={draft.status} />
            </Fact>
            <Fact label="Unit">
              <Anchor component={Link} to={unitLink(draft.unitSerial)} ff="monospace" size="sm">
                {draft.unitSerial}
              </Anchor>
              <Text size="xs" c="dimmed">
                {draft.model ?? EMPTY_VALUE}
              </Text>
            </Fact>
            <Fact label="Machine">
              <Anchor
                component={Link}
                to={fleetMachinePath(draft.machineId)}
                ff="monospace"
                size="sm"
                data-testid="draft-machine-link"
              >
                {draft.ip ?? 'Its readings'}
              </Anchor>
              {draft.hostname && (
                <Text size="xs" c="dimmed">
                  {draft.hostname}
                </Text>
              )}
            </Fact>
            <Fact label="Site">
              <Anchor component={Link} to={fleetSitePath(draft.siteId)} size="sm">
                {`${draft.siteCode} · ${draft.siteName}`}
              </Anchor>
              {site && !isCustomer && (
                <Text size="xs" c="dimmed">
                  {site.customerName}
                </Text>
              )}
            </Fact>
            <Fact label="Fault for the depot">{faultName(draft.faultCode)}</Fact>
            <Fact label="Warranty when drafted">
              <WarrantyStateBadge state={draft.warrantyState} />
            </Fact>
            <Fact label="Drafted">{formatDateTime(draft.createdAt)}</Fact>
            <Fact label="RMA">
              {draft.rmaNumber ? <RmaLink number={draft.rmaNumber} /> : EMPTY_VALUE}
            </Fact>
          </SimpleGrid>
        </Paper>
        <Section title="Faults" note="Open on the machine when the draft was made.">
          <Paper withBorder radius="md">
            <DraftEpisodesTable episodes={e.episodes ?? []} />
          </Paper>
        </Section>
        <Section title="Burn-in against the field" note="Boards matched by serial.">
          <Paper withBorder radius="md">
            {e.burnIn ? (
              <DraftBurnInTable burnIn={e.burnIn} />
            ) : (
              <Text size="sm" c="dimmed" p="sm" data-testid="draft-burn-in-none">
                No burn-in record for this unit.
              </Text>
            )}
          </Paper>
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title="Board serials">
            <Paper withBorder radius="md" p="md">
              {e.boardSerials ? (
                <DraftBoardSerials read={e.boardSerials.read} fitted={e.boardSerials.fitted} />
              ) : (
                <Text size="sm" c="dimmed">
                  Not recorded.
                </Text>
              )}
            </Paper>
          </Section>
          <Section title="Warranty">
            <Paper withBorder radius="md" p="md">
              {e.warranty ? (
                <DraftWarrantyFacts warranty={e.warranty} />
              ) : (
                <Text size="sm" c="dimmed">
                  Not recorded.
                </Text>
              )}
            </Paper>
          </Section>
        </SimpleGrid>
        <Section title="Warranty evidence">
          <WarrantyEvidenceList items={e.warrantyEvidence ?? []} />
        </Section>
      </Stack>
    </>
  );
}
