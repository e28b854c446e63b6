import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { DEFAULT_RULES_SITE, useSetTicketRules, useTicketRules } from '../../../api/fleetHealth';
import type {
  HealthFault,
  SiteTicketRules,
  TicketRuleKey,
  TicketRules,
  TicketRulesInput,
} from '../../../api/fleetHealthTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { FAULT_OPTIONS } from './healthFormat';

interface TicketRulesFormProps {
  /** A site's id, or `*` for the defaults every site follows. */
  siteId: string;
  canEdit: boolean;
  onSaved?: () => void;
}

/**
 * What a site's faults turn into: RMA drafts (for which faults, out of warranty too, confirmed
 * at once or not) and when a field visit is asked for instead. Each rule is the site's own or
 * follows the defaults; "Use default" puts one back.
 */
export function TicketRulesForm({ siteId, canEdit, onSaved }: TicketRulesFormProps) {
  const rules = useTicketRules(siteId);
  if (rules.error) return <ProblemAlert error={rules.error} title="Rules could not be loaded" />;
  if (!rules.data) return <Skeleton height={360} radius="md" />;
  // Remount on a save so the form starts again from what the server holds.
  return (
    <RulesEditor
      key={JSON.stringify(rules.data)}
      current={rules.data}
      canEdit={canEdit}
      onSaved={onSaved}
    />
  );
}

/** A rule's value in words, for "Default: …" under a rule the site sets itself. */
function ruleText(key: TicketRuleKey, rules: TicketRules): string {
  const value = rules[key];
  if (key === 'rmaFaults')
    return (
      FAULT_OPTIONS.filter((o) => rules.rmaFaults.includes(o.value))
        .map((o) => o.label)
        .join(', ') || 'none'
    );
  if (key === 'visitMinShareBp') return `${rules.visitMinShareBp / 100}%`;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

const changed = <K extends TicketRuleKey>(a: TicketRules[K], b: TicketRules[K]) =>
  JSON.stringify(a) !== JSON.stringify(b);

function RulesEditor(props: {
  current: SiteTicketRules;
  canEdit: boolean;
  onSaved?: (() => void) | undefined;
}) {
  const { current, canEdit, onSaved } = props;
  const defaults = current.siteId === DEFAULT_RULES_SITE;
  const save = useSetTicketRules(current.siteId);
  const [values, setValues] = useState<TicketRules>(current.rules);
  const set = <K extends TicketRuleKey>(key: K, value: TicketRules[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    save.reset();
  };
  const changes: TicketRulesInput = {};
  for (const key of Object.keys(values) as TicketRuleKey[])
    if (changed(values[key], current.rules[key])) Object.assign(changes, { [key]: values[key] });
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(changes, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: 'Ticket rules saved',
          message: defaults
            ? 'Every site follows them where it has no rule of its own.'
            : 'They apply to the faults that open from now on.',
        });
        onSaved?.();
      },
    });
  };
  const reset = (key: TicketRuleKey) => save.mutate({ [key]: null });

  const row = (key: TicketRuleKey, label: string, control: ReactNode) => {
    const own = key in current.own;
    return (
      <Stack gap={4} data-testid={`rules-${key}`}>
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <Badge
            size="xs"
            variant="light"
            color={own ? 'indigo' : 'gray'}
            style={{ flexShrink: 0 }}
          >
            {own ? (defaults ? 'Set here' : "Site's own") : defaults ? 'Built-in' : 'Default'}
          </Badge>
        </Group>
        {control}
        {own && (
          <Text size="xs" c="dimmed" data-testid={`rules-default-${key}`}>
            {defaults ? 'Built-in' : 'Default'}: {ruleText(key, current.defaults)}
          </Text>
        )}
        {own && canEdit && (
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => reset(key)}
            disabled={save.isPending}
            style={{ alignSelf: 'flex-start' }}
            data-testid={`rules-reset-${key}`}
          >
            {defaults ? 'Back to built-in' : 'Use the default'}
          </Button>
        )}
      </Stack>
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="ticket-rules-form">
      <Stack gap="md">
        {row(
          'enabled',
          'Turn faults into tickets',
          <Switch
            checked={values.enabled}
            onChange={(e) => set('enabled', e.currentTarget.checked)}
            disabled={!canEdit}
            label={values.enabled ? 'On' : 'Off: faults are only listed'}
            data-testid="rules-enabled-input"
          />,
        )}
        {row(
          'rmaFaults',
          'Faults that draft an RMA (units built here)',
          <Checkbox.Group
            value={values.rmaFaults}
            onChange={(v) => set('rmaFaults', v as HealthFault[])}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6}>
              {FAULT_OPTIONS.map((o) => (
                <Checkbox
                  key={o.value}
                  value={o.value}
                  label={o.label}
                  disabled={!canEdit}
                  data-testid={`rules-fault-${o.value}`}
                />
              ))}
            </SimpleGrid>
          </Checkbox.Group>,
        )}
        {row(
          'draftOutOfWarranty',
          'Machines out of warranty',
          <Switch
            checked={values.draftOutOfWarranty}
            onChange={(e) => set('draftOutOfWarranty', e.currentTarget.checked)}
            disabled={!canEdit}
            label="Draft them too (the depot quotes the repair)"
          />,
        )}
        {row(
          'autoApprove',
          'Confirmation',
          <Switch
            checked={values.autoApprove}
            onChange={(e) => set('autoApprove', e.currentTarget.checked)}
            disabled={!canEdit}
            label="Open the RMA at once, without anyone confirming the draft"
            data-testid="rules-autoApprove-input"
          />,
        )}
        <Text size="sm" c="dimmed">
          A field visit is asked for instead once enough of the site is faulty, by count or share:
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {row(
            'visitMinMachines',
            'Machines',
            <NumberInput
              value={values.visitMinMachines}
              onChange={(v) => typeof v === 'number' && set('visitMinMachines', v)}
              min={1}
              max={100_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              disabled={!canEdit}
              aria-label="Visit from this many faulty machines"
              data-testid="rules-visitMinMachines-input"
            />,
          )}
          {row(
            'visitMinShareBp',
            'Share of site',
            <NumberInput
              value={values.visitMinShareBp / 100}
              onChange={(v) => typeof v === 'number' && set('visitMinShareBp', Math.round(v * 100))}
              min={0.01}
              max={100}
              decimalScale={2}
              allowNegative={false}
              suffix="%"
              disabled={!canEdit}
              aria-label="Visit from this share of faulty machines"
              data-testid="rules-visitMinShareBp-input"
            />,
          )}
          {row(
            'visitMaxMachines',
            'Most per visit',
            <NumberInput
              value={values.visitMaxMachines}
              onChange={(v) => typeof v === 'number' && set('visitMaxMachines', v)}
              min={1}
              max={200}
              allowDecimal={false}
              allowNegative={false}
              disabled={!canEdit}
              aria-label="At most this many machines on one visit"
              data-testid="rules-visitMaxMachines-input"
            />,
          )}
        </SimpleGrid>
        <ProblemAlert error={save.error} title="Rules not saved" />
        {canEdit ? (
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!dirty}
              data-testid="rules-save"
            >
              Save rules
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Technicians, sales and the site&apos;s customer change these rules.
          </Text>
        )}
      </Stack>
    </form>
  );
}
