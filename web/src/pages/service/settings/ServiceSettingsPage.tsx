import { useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useFaultCodes, useServiceTiers } from '../../../api/service';
import { useServiceSettings, useWarrantyPolicies } from '../../../api/serviceSetup';
import type { WarrantyPolicy } from '../../../api/serviceTypes';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { FaultCodeModal, type FaultCodeEditing } from './FaultCodeModal';
import { FaultCodesTable } from './FaultCodesTable';
import { PoliciesTable } from './PoliciesTable';
import { PolicyModal } from './PolicyModal';
import { ServiceSettingsTable } from './ServiceSettingsTable';
import { TierModal, type TierEditing } from './TierModal';
import { TiersTable } from './TiersTable';

function Section(props: {
  title: string;
  action?: ReactNode;
  error: unknown;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{props.title}</Title>
        {props.action}
      </Group>
      <ProblemAlert error={props.error} title={`${props.title} could not be loaded`} />
      <Paper withBorder radius="md">
        {props.children}
      </Paper>
    </Stack>
  );
}

/** Warranty terms per model, service tiers, the fault-code taxonomy and the service's figures. */
export function ServiceSettingsPage() {
  const policies = useWarrantyPolicies();
  const tiers = useServiceTiers();
  const codes = useFaultCodes();
  const settings = useServiceSettings();
  const [policy, setPolicy] = useState<WarrantyPolicy | null>(null);
  const [tier, setTier] = useState<TierEditing | null>(null);
  const [code, setCode] = useState<FaultCodeEditing | null>(null);
  const lastOrder = Math.max(0, ...(codes.data?.items ?? []).map((c) => c.sortOrder));

  return (
    <>
      <PageHeader
        title="Service settings"
        description="Changes apply from now on: RMAs already open keep the cover and SLA they were opened with."
      />
      <Stack gap="lg">
        <Section title="Warranty policies" error={policies.error}>
          <PoliciesTable
            policies={policies.data?.items ?? []}
            loading={policies.isPending}
            onEdit={setPolicy}
          />
        </Section>
        <Section
          title="Service tiers"
          error={tiers.error}
          action={
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} />}
              onClick={() => setTier({ kind: 'create' })}
            >
              New tier
            </Button>
          }
        >
          <TiersTable
            tiers={tiers.data?.items ?? []}
            loading={tiers.isPending}
            onEdit={(t) => setTier({ kind: 'edit', tier: t })}
          />
        </Section>
        <Section
          title="Fault codes"
          error={codes.error}
          action={
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPlus size={14} />}
              onClick={() => setCode({ kind: 'create', sortOrder: lastOrder + 10 })}
            >
              New fault code
            </Button>
          }
        >
          <FaultCodesTable
            codes={codes.data?.items ?? []}
            loading={codes.isPending}
            onEdit={(c) => setCode({ kind: 'edit', code: c })}
          />
        </Section>
        <Section title="Figures" error={settings.error}>
          {settings.data && <ServiceSettingsTable settings={settings.data} />}
        </Section>
      </Stack>
      <PolicyModal policy={policy} onClose={() => setPolicy(null)} />
      <TierModal editing={tier} onClose={() => setTier(null)} />
      <FaultCodeModal editing={code} onClose={() => setCode(null)} />
    </>
  );
}
