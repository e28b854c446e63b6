import type { ReactNode } from 'react';
import { Anchor, Badge, Code, Group, List, Text } from '@mantine/core';
import { IconCpu, IconPackage, IconServerBolt, IconStack2 } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Unit, UnitComponentFields } from '../../../api/productionTypes';
import { formatNumber } from '../../../lib/format';
import { serialPath } from '../../supply/supplyPaths';
import { unitPath } from '../productionPaths';

/** One level of the tree: indented under its parent, with a guide line. */
const BRANCH_STYLE = {
  marginInlineStart: 8,
  paddingInlineStart: 20,
  borderInlineStart: '1px solid var(--mantine-color-default-border)',
};

/** What a unit is made of: hashboards (with their chip lots), serialized parts and bulk parts. */
export function GenealogyTree({ unit }: { unit: Unit }) {
  return (
    <div data-testid="genealogy">
      <Group gap="xs" wrap="nowrap">
        <IconServerBolt size={18} />
        <Text fw={600} ff="monospace" size="sm">
          {unit.serial}
        </Text>
        <Text size="sm" c="dimmed">
          {unit.partNumber} · {unit.modelName}
        </Text>
      </Group>
      {unit.components.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs" ml="lg">
          No components recorded.
        </Text>
      ) : (
        <List listStyleType="none" spacing={6} mt={6} style={BRANCH_STYLE}>
          {unit.components.map((component, index) => (
            <ComponentItem
              key={`${component.partId}|${component.serial ?? component.lotCode ?? index}`}
              component={component}
            >
              {component.components.length > 0 && (
                <List listStyleType="none" spacing={4} mt={4} style={BRANCH_STYLE}>
                  {component.components.map((child, childIndex) => (
                    <ComponentItem
                      key={`${child.partId}|${child.serial ?? child.lotCode ?? childIndex}`}
                      component={child}
                    />
                  ))}
                </List>
              )}
            </ComponentItem>
          ))}
        </List>
      )}
    </div>
  );
}

function componentIcon(component: UnitComponentFields) {
  if (component.builtHere) return <IconStack2 size={16} />;
  if (component.lotCode) return <IconCpu size={16} />;
  return <IconPackage size={16} />;
}

interface ComponentItemProps {
  component: UnitComponentFields;
  children?: ReactNode;
}

function ComponentItem({ component, children }: ComponentItemProps) {
  return (
    <List.Item
      data-testid="genealogy-part"
      data-part={component.partNumber}
      data-built-here={component.builtHere ? 'true' : undefined}
    >
      <Group gap="xs" wrap="nowrap">
        {componentIcon(component)}
        <Text size="sm" ff="monospace" fw={600}>
          {component.partNumber}
        </Text>
        {component.serial && (
          <Anchor
            component={Link}
            to={component.builtHere ? unitPath(component.serial) : serialPath(component.serial)}
            size="sm"
            ff="monospace"
            data-testid="genealogy-serial"
          >
            {component.serial}
          </Anchor>
        )}
        {component.lotCode && (
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed">
              lot
            </Text>
            <Code data-testid="genealogy-lot">{component.lotCode}</Code>
          </Group>
        )}
        {component.quantity !== 1 || (!component.serial && !component.lotCode) ? (
          <Badge variant="light" color="gray" size="sm">
            ×{formatNumber(component.quantity)}
          </Badge>
        ) : null}
        {component.builtHere && (
          <Badge variant="light" color="indigo" size="sm">
            Built here
          </Badge>
        )}
      </Group>
      {children}
    </List.Item>
  );
}
