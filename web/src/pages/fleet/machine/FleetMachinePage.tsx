import { useMemo, type ReactNode } from 'react';
import { Alert, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconReplace } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { useFleetMachine } from '../../../api/fleet';
import type { FleetMachineDetail } from '../../../api/fleetTypes';
import { PageHeader } from '../../../components/PageHeader';
import { RecordPage } from '../../../components/RecordPage';
import { formatDateTime } from '../../../lib/format';
import { FLEET_SITES_PATH, fleetSitePath } from '../fleetPaths';
import { formatRpm } from '../fleetFormat';
import { boardBaselines } from './boardChartOptions';
import { BoardsTable } from './BoardsTable';
import { MachineFacts } from './MachineFacts';
import { MachineEvidence, MachineFaults } from './MachineHealth';
import { MachineHistoryChart } from './MachineHistoryChart';
import { PoolsTable } from './PoolsTable';

/**
 * One machine (`/fleet/machines/:id`): who it is and what it was matched to, the faults found on
 * it and their tickets, its history board by board against its burn-in here, its latest
 * reading, fans, pools, problems, and what was recorded that bears on its warranty.
 */
export function FleetMachinePage() {
  const id = useParams().id ?? '';
  const machine = useFleetMachine(id);
  const site = machine.data?.site;
  const back = site
    ? { to: fleetSitePath(site.id), label: `${site.code} · ${site.name}` }
    : { to: FLEET_SITES_PATH, label: 'Sites' };
  return (
    <RecordPage back={back} query={machine} errorTitle="Machine could not be loaded">
      {(data) => <MachineView machine={data} />}
    </RecordPage>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

function MachineView({ machine }: { machine: FleetMachineDetail }) {
  const reading = machine.reading;
  const problems = machine.problems.length ? machine.problems : (reading?.problems ?? []);
  const baselines = useMemo(() => boardBaselines(machine), [machine]);
  return (
    <>
      <PageHeader
        title={machine.ip}
        description={`${machine.model ?? 'Model not reported'} · ${machine.site.customerName} · ${machine.site.code} ${machine.site.name}`}
      />
      <Stack gap="lg">
        <MachineFacts machine={machine} />
        {problems.length > 0 && (
          <Alert
            color={machine.online ? 'orange' : 'red'}
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Problems"
            data-testid="machine-problems"
          >
            <List size="sm">
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {machine.swappedBoards.length > 0 && (
          <Alert
            color="grape"
            variant="light"
            icon={<IconReplace size={18} />}
            title="Hashboards from other units"
            data-testid="machine-swapped-boards"
          >
            <Text size="sm" ff="monospace">
              {machine.swappedBoards.join(', ')}
            </Text>
          </Alert>
        )}
        <Section title="Faults">
          <MachineFaults machineId={machine.id} />
        </Section>
        <Section title="History">
          <MachineHistoryChart machine={machine} />
        </Section>
        {reading === null ? (
          <Text c="dimmed" size="sm">
            No full reading kept yet.
          </Text>
        ) : (
          <>
            <Section title="Hashboards">
              <Text size="sm" c="dimmed" mt={-4}>
                As read {formatDateTime(reading.at, true)}
              </Text>
              <Paper withBorder radius="md">
                <BoardsTable
                  boards={reading.boards}
                  swapped={machine.swappedBoards}
                  baselines={baselines}
                />
              </Paper>
            </Section>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Section title="Fans">
                <Paper withBorder radius="md" p="sm" data-testid="machine-fans">
                  {reading.fansRpm.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No fan reported.
                    </Text>
                  ) : (
                    <Group gap="lg">
                      {reading.fansRpm.map((rpm, i) => (
                        <Text key={i} size="sm" ff="monospace">
                          Fan {i + 1}: {formatRpm(rpm)}
                        </Text>
                      ))}
                    </Group>
                  )}
                </Paper>
              </Section>
              <Section title="Firmware repairs">
                <Paper withBorder radius="md" p="sm" data-testid="machine-repairs">
                  {reading.repairs.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      The firmware answered cleanly.
                    </Text>
                  ) : (
                    <List size="sm">
                      {reading.repairs.map((r) => (
                        <List.Item key={r}>{r}</List.Item>
                      ))}
                    </List>
                  )}
                </Paper>
              </Section>
            </SimpleGrid>
            <Section title="Pools">
              <Paper withBorder radius="md">
                <PoolsTable pools={reading.pools} />
              </Paper>
            </Section>
          </>
        )}
        <Section title="Warranty evidence">
          <MachineEvidence machineId={machine.id} />
        </Section>
      </Stack>
    </>
  );
}
