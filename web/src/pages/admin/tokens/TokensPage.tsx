import { useState } from 'react';
import { Button, Paper } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useRevokeToken, useTokens } from '../../../api/tokens';
import type { ApiToken } from '../../../api/types';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { NewTokenModal } from './NewTokenModal';
import { TokensTable } from './TokensTable';

export function TokensPage() {
  const tokens = useTokens();
  const revokeToken = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const closeRevoke = () => {
    setRevoking(null);
    revokeToken.reset();
  };

  const confirmRevoke = () => {
    if (!revoking) return;
    revokeToken.mutate(revoking.id, {
      onSuccess: (token) => {
        notifications.show({ color: 'green', title: 'Token revoked', message: token.name });
        closeRevoke();
      },
    });
  };

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let integrations and site collectors call the Rigline API without a browser session."
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="new-token"
          >
            New token
          </Button>
        }
      />
      {tokens.error && <ProblemAlert error={tokens.error} title="Tokens could not be loaded" />}
      <Paper withBorder radius="md" mt={tokens.error ? 'md' : 0}>
        <TokensTable
          tokens={tokens.data?.items ?? []}
          loading={tokens.isPending}
          onRevoke={setRevoking}
        />
      </Paper>
      <NewTokenModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke token"
        message={`Revoke “${revoking?.name ?? ''}” (${revoking?.prefix ?? ''}…)? Anything using it stops working at once. This cannot be undone.`}
        confirmLabel="Revoke token"
        danger
        loading={revokeToken.isPending}
        error={revokeToken.error}
        onConfirm={confirmRevoke}
        onClose={closeRevoke}
      />
    </>
  );
}
