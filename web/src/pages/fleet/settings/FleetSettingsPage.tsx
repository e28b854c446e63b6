import { Paper, Skeleton, Stack } from '@mantine/core';
import { useFleetSettings } from '../../../api/fleet';
import { FLEET_SETTING_KEYS } from '../../../api/fleetTypes';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { FleetSettingRow } from './FleetSettingRow';

/** When a silent machine counts as offline, and how long each resolution of history is kept. */
export function FleetSettingsPage() {
  const settings = useFleetSettings();
  return (
    <>
      <PageHeader
        title="Fleet settings"
        description="Each figure is saved on its own; retention applies at the next clean-up of the telemetry store."
      />
      {settings.error && (
        <ProblemAlert error={settings.error} title="Fleet settings could not be loaded" />
      )}
      {settings.isPending && <Skeleton height={320} radius="md" />}
      {settings.data && (
        <Paper withBorder radius="md" p="md" maw={720}>
          <Stack gap="lg" data-testid="fleet-settings">
            {FLEET_SETTING_KEYS.map((key) => (
              <FleetSettingRow key={key} name={key} value={settings.data[key]} />
            ))}
          </Stack>
        </Paper>
      )}
    </>
  );
}
