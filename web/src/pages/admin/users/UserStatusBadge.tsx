import { Badge, Tooltip } from '@mantine/core';
import type { User } from '../../../api/types';
import { formatDateTime } from '../../../lib/format';
import { userStatus, type UserStatus } from '../../../lib/userStatus';

const STATUS_COLORS: Record<UserStatus, string> = {
  active: 'green',
  disabled: 'gray',
  locked: 'orange',
};
const STATUS_LABELS: Record<UserStatus, string> = {
  active: 'Active',
  disabled: 'Disabled',
  locked: 'Locked',
};

export function UserStatusBadge({ user }: { user: User }) {
  const status = userStatus(user);
  const badge = (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="user-status">
      {STATUS_LABELS[status]}
    </Badge>
  );
  if (status !== 'locked') return badge;
  return (
    <Tooltip label={`Locked after failed sign-ins until ${formatDateTime(user.lockedUntil)}`}>
      {badge}
    </Tooltip>
  );
}
