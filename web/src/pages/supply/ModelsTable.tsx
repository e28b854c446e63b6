import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { MinerModel } from '../../api/catalogTypes';
import { TableMessageRow } from '../../components/TableMessageRow';
import { EMPTY_VALUE, formatNumber } from '../../lib/format';
import { UncertainBadge } from './UncertainBadge';

interface ModelsTableProps {
  models: MinerModel[];
  loading: boolean;
}

const COLUMN_COUNT = 10;

interface SpecProps {
  model: MinerModel;
  /** The model fields this value shows; any of them uncertain adds the badge. */
  fields: string[];
  numeric?: boolean;
  children: ReactNode;
}

function Spec({ model, fields, numeric = false, children }: SpecProps) {
  const uncertain = fields.some((field) => model.uncertainFields.includes(field));
  return (
    <Group gap={0} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
      <Text size="sm" span>
        {children}
      </Text>
      {uncertain && <UncertainBadge />}
    </Group>
  );
}

const orEmpty = (value: string | number | null) => (value === null ? EMPTY_VALUE : value);

export function ModelsTable({ models, loading }: ModelsTableProps) {
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="models-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Model</Table.Th>
            <Table.Th ta="right">TH/s</Table.Th>
            <Table.Th ta="right">W</Table.Th>
            <Table.Th ta="right">J/TH</Table.Th>
            <Table.Th>Cooling</Table.Th>
            <Table.Th>Boards × chips</Table.Th>
            <Table.Th>Chip</Table.Th>
            <Table.Th ta="right">Fans</Table.Th>
            <Table.Th>PSU</Table.Th>
            <Table.Th>Built here</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {models.length === 0 && (
            <TableMessageRow colSpan={COLUMN_COUNT}>
              {loading ? 'Loading models…' : 'No models yet.'}
            </TableMessageRow>
          )}
          {models.map((model) => (
            <Table.Tr key={model.id} data-testid={`model-row-${model.name}`}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={600}>
                    {model.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {model.maker}
                    {model.released ? ` · ${model.released}` : ''}
                  </Text>
                  {model.note && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {model.note}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td ta="right">
                <Spec model={model} fields={['hashrateThs']} numeric>
                  {formatNumber(model.hashrateThs)}
                </Spec>
              </Table.Td>
              <Table.Td ta="right">
                <Spec model={model} fields={['powerW']} numeric>
                  {formatNumber(model.powerW)}
                </Spec>
              </Table.Td>
              <Table.Td ta="right">
                <Spec model={model} fields={['efficiencyJth', 'efficiencyJthX100']} numeric>
                  {model.efficiencyJth.toFixed(1)}
                </Spec>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={model.cooling === 'water' ? 'cyan' : 'gray'}>
                  {model.cooling}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Spec model={model} fields={['boards', 'chipsPerBoard']}>
                  {model.boards} × {orEmpty(model.chipsPerBoard)}
                </Spec>
              </Table.Td>
              <Table.Td>
                <Spec model={model} fields={['chip']}>
                  {orEmpty(model.chip)}
                </Spec>
              </Table.Td>
              <Table.Td ta="right">
                <Spec model={model} fields={['fans']} numeric>
                  {orEmpty(model.fans)}
                </Spec>
              </Table.Td>
              <Table.Td>
                <Spec model={model} fields={['psu']}>
                  {orEmpty(model.psu)}
                </Spec>
              </Table.Td>
              <Table.Td>
                {model.unitPartId ? (
                  <Stack gap={2}>
                    <Anchor
                      component={Link}
                      to={`/supply/parts?part=${model.unitPartId}`}
                      size="sm"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      BOM tree
                    </Anchor>
                    <Anchor
                      component={Link}
                      to={`/trade/compare?model=${encodeURIComponent(model.name)}`}
                      size="sm"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      Build vs import
                    </Anchor>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    No BOM
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
