import { Badge } from '@mantine/core';
import type { ApiToken } from '../../../api/types';
import { tokenStatus, type TokenStatus } from '../../../lib/tokenStatus';

const STATUS_COLORS: Record<TokenStatus, string> = {
  active: 'green',
  expired: 'gray',
  revoked: 'red',
};
const STATUS_LABELS: Record<TokenStatus, string> = {
  active: 'Active',
  expired: 'Expired',
  revoked: 'Revoked',
};

export function TokenStatusBadge({ token }: { token: ApiToken }) {
  const status = tokenStatus(token);
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="token-status">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
