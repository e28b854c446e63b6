import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DraftPurchaseOrdersResult } from '../../../api/planningTypes';
import { purchaseOrderPath } from '../../supply/supplyPaths';

/** Skipped purchases, one line per part and reason: "CH-T21 (×11): no supplier prices this part". */
function groupSkipped(skipped: DraftPurchaseOrdersResult['skipped']) {
  const groups = new Map<string, { partNumber: string; reason: string; count: number }>();
  for (const item of skipped) {
    const key = `${item.partNumber}|${item.reason}`;
    const group = groups.get(key) ?? { partNumber: item.partNumber, reason: item.reason, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.entries()];
}

interface DraftPosResultProps {
  result: DraftPurchaseOrdersResult;
  onClose: () => void;
}

/** The draft purchase orders just made, one per supplier, and the purchases left out and why. */
export function DraftPosResult({ result, onClose }: DraftPosResultProps) {
  const { created, skipped } = result;
  const title =
    created.length === 0
      ? 'No purchase order drafted'
      : `${created.length} draft purchase ${created.length === 1 ? 'order' : 'orders'} created`;
  return (
    <Alert
      color={created.length ? 'green' : 'yellow'}
      variant="light"
      icon={<IconCircleCheck size={18} />}
      title={title}
      withCloseButton
      onClose={onClose}
      data-testid="draft-pos-result"
    >
      <Stack gap="xs">
        {created.length > 0 && (
          <List size="sm" spacing={2}>
            {created.map((po) => (
              <List.Item key={po.id}>
                <Anchor
                  component={Link}
                  to={purchaseOrderPath(po.number)}
                  ff="monospace"
                  fw={600}
                  size="sm"
                  data-testid={`draft-po-link-${po.number}`}
                >
                  {po.number}
                </Anchor>{' '}
                to {po.supplier}, {po.lines} {po.lines === 1 ? 'line' : 'lines'}
                {po.warnings.length > 0 && (
                  <Text size="xs" c="orange.8">
                    {po.warnings.join(' ')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {skipped.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              Skipped {skipped.length} {skipped.length === 1 ? 'purchase' : 'purchases'}:
            </Text>
            <List size="sm" spacing={2} data-testid="draft-pos-skipped">
              {groupSkipped(skipped).map(([key, group]) => (
                <List.Item key={key}>
                  <Text span ff="monospace" size="sm">
                    {group.partNumber}
                  </Text>
                  {group.count > 1 ? ` (×${group.count})` : ''}: {group.reason}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {created.length > 0 && (
          <Text size="xs" c="dimmed">
            Drafts: open one to check, approve and send it.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
