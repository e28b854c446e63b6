import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useExplosion } from '../../api/catalog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatCents, formatNumber } from '../../lib/format';
import { branchKeys, visibleRows } from './bomTreeRows';

interface BomTreeProps {
  partId: string;
  date: string;
}

const INDENT_PX = 18;

/** The multi-level BOM as built on `date`, costed; branches expand and collapse. */
export function BomTree({ partId, date }: BomTreeProps) {
  const explosion = useExplosion(partId, date);
  // The root starts open; everything else on demand.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set(['0']));
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  if (explosion.error) return <ProblemAlert error={explosion.error} title="No BOM tree" />;
  if (explosion.isPending)
    return (
      <Text size="sm" c="dimmed">
        Exploding the BOM…
      </Text>
    );
  const { tree, labourCentsPerHour } = explosion.data;
  if (tree.children.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="bom-tree">
        Bought part: no BOM in force on {date}; costed at {formatCents(tree.unitCostCents)}.
      </Text>
    );

  const rows = visibleRows(tree, expanded);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text size="xs" c="dimmed">
          Labour at {formatCents(labourCentsPerHour)}/h · costs per one unit of each part
        </Text>
        <Group gap={4}>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setExpanded(new Set(branchKeys(tree)))}
          >
            Expand all
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => setExpanded(new Set())}>
            Collapse all
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={680}>
        <Table verticalSpacing={4} highlightOnHover data-testid="bom-tree">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Part number</Table.Th>
              <Table.Th ta="right">Qty per parent</Table.Th>
              <Table.Th ta="right">Extended qty</Table.Th>
              <Table.Th ta="right">Unit cost</Table.Th>
              <Table.Th ta="right">Material</Table.Th>
              <Table.Th ta="right">Labour</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ key, node, hasChildren }) => {
              const open = expanded.has(key);
              return (
                <Table.Tr key={key} data-testid={`bom-node-${node.partNumber}`}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" pl={node.level * INDENT_PX}>
                      {hasChildren ? (
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          onClick={() => toggle(key)}
                          aria-label={`${open ? 'Collapse' : 'Expand'} ${node.partNumber}`}
                          aria-expanded={open}
                        >
                          {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                        </ActionIcon>
                      ) : (
                        <span style={{ width: 22, flexShrink: 0 }} />
                      )}
                      <Text
                        size="sm"
                        ff="monospace"
                        fw={hasChildren ? 600 : 400}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {node.partNumber}
                      </Text>
                      {node.revision && (
                        <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
                          rev {node.revision}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(node.quantity)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(node.extendedQuantity)}</Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCents(node.unitCostCents)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCents(node.materialCents)}
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatCents(node.labourCents)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
