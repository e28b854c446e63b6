import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { FleetMachineDetail } from '../../../api/fleetTypes';
import { Fact } from '../../../components/Fact';
import { EMPTY_VALUE, formatDateTime, formatNumber } from '../../../lib/format';
import { useCurrentUser } from '../../../auth/CurrentUserContext';
import { unitPath } from '../../production/productionPaths';
import { warrantyPath } from '../../service/servicePaths';
import {
  FIRMWARE_LABELS,
  MATCHED_BY_LABELS,
  formatHashrateVs,
  formatRpm,
  formatTemp,
  formatUptime,
  formatWatts,
} from '../fleetFormat';
import { MachineFlags, MachineStatusBadge } from '../MachineBadges';

/** Who the machine is, what it was matched to, and what it said last. */
export function MachineFacts({ machine: m }: { machine: FleetMachineDetail }) {
  const reading = m.reading;
  // Staff open the unit's build record; a customer its warranty.
  const unitLink = useCurrentUser().roles.includes('customer') ? warrantyPath : unitPath;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" data-testid="machine-facts">
      <Fact label="Status">
        <MachineStatusBadge online={m.online} />
        {!m.online && (
          <Text size="xs" c="dimmed">
            Last online {formatDateTime(m.lastOnlineAt)}
          </Text>
        )}
      </Fact>
      <Fact label="Address" data-testid="machine-ip">
        <Text ff="monospace" size="sm">
          {m.ip}
        </Text>
        {m.hostname && (
          <Text size="xs" c="dimmed">
            {m.hostname}
          </Text>
        )}
      </Fact>
      <Fact label="MAC">
        <Text ff="monospace" size="sm">
          {m.mac ?? EMPTY_VALUE}
        </Text>
      </Fact>
      <Fact label="Serial it reports">
        <Text ff="monospace" size="sm">
          {m.unitSerial ?? EMPTY_VALUE}
        </Text>
      </Fact>
      <Fact label="Built here as" data-testid="machine-matched">
        {m.matchedSerial ? (
          <>
            <Anchor component={Link} to={unitLink(m.matchedSerial)} ff="monospace" size="sm">
              {m.matchedSerial}
            </Anchor>
            <Text size="xs" c="dimmed">
              Matched {m.matchedBy ? MATCHED_BY_LABELS[m.matchedBy] : ''}
            </Text>
          </>
        ) : (
          <MachineFlags machine={m} />
        )}
        {m.matchedSerial && <MachineFlags machine={m} />}
      </Fact>
      <Fact label="Model">{[m.make, m.model].filter(Boolean).join(' ') || EMPTY_VALUE}</Fact>
      <Fact label="Firmware">
        {FIRMWARE_LABELS[m.firmware] ?? m.firmware}
        {m.firmwareVersion && (
          <Text size="xs" c="dimmed">
            {m.firmwareVersion}
          </Text>
        )}
      </Fact>
      <Fact label="Hashrate / ideal" data-testid="machine-hashrate">
        {formatHashrateVs(m.hashrateThs, m.idealThs)}
      </Fact>
      <Fact label="Power">{formatWatts(m.powerW)}</Fact>
      <Fact label="Hottest chip / slowest fan">
        {formatTemp(m.chipTempMaxC)} / {formatRpm(m.fanMinRpm)}
      </Fact>
      <Fact label="Boards">{formatNumber(m.boards)}</Fact>
      <Fact label="Uptime">{formatUptime(reading?.uptimeS)}</Fact>
      <Fact label="First seen">{formatDateTime(m.firstSeenAt)}</Fact>
      <Fact label="Last seen">{formatDateTime(m.lastSeenAt)}</Fact>
    </SimpleGrid>
  );
}
