import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRemoveHoliday, useSetHoliday } from '../../../api/plant';
import type { Holiday } from '../../../api/plantTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { splitFieldErrors } from '../../../lib/fieldErrors';
import { isIsoDate, todayIso } from '../../../lib/isoDates';

const FIELDS = ['date', 'name'] as const;

interface HolidaysCardProps {
  holidays: Holiday[];
  canEdit: boolean;
}

/** Days the plant is closed; past ones dimmed. Planners add and remove them. */
export function HolidaysCard({ holidays, canEdit }: HolidaysCardProps) {
  const add = useSetHoliday();
  const remove = useRemoveHoliday();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const errors = splitFieldErrors(add.error, FIELDS);
  const today = todayIso();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(
      { date, name: name.trim() },
      {
        onSuccess: (holiday) => {
          notifications.show({
            color: 'green',
            title: 'Holiday added',
            message: `${holiday.date} · ${holiday.name}`,
          });
          setDate('');
          setName('');
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Title order={4}>Holidays</Title>
      {canEdit && (
        <form onSubmit={submit} noValidate data-testid="holiday-form">
          <Stack gap="xs">
            <ProblemAlert
              error={add.error}
              fieldErrors={errors.other}
              title="The holiday was not added"
            />
            <Group gap="sm" align="flex-start">
              <TextInput
                type="date"
                aria-label="Holiday date"
                value={date}
                onChange={(event) => setDate(event.currentTarget.value)}
                error={errors.byField.date}
                w={170}
              />
              <TextInput
                aria-label="Holiday name"
                placeholder="Name"
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                error={errors.byField.name}
                style={{ flex: '1 1 200px' }}
              />
              <Button
                type="submit"
                variant="default"
                leftSection={<IconPlus size={16} />}
                loading={add.isPending}
                disabled={!isIsoDate(date) || !name.trim()}
              >
                Add holiday
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              Adding a date that is already a holiday renames it.
            </Text>
          </Stack>
        </form>
      )}
      <Paper withBorder radius="md">
        <Table verticalSpacing={6} data-testid="holidays-table">
          <Table.Tbody>
            {holidays.length === 0 && (
              <TableMessageRow colSpan={3}>No holidays declared.</TableMessageRow>
            )}
            {holidays.map((holiday) => (
              <Table.Tr
                key={holiday.date}
                c={holiday.date < today ? 'dimmed' : undefined}
                data-testid={`holiday-${holiday.date}`}
              >
                <Table.Td ff="monospace" w={130}>
                  {holiday.date}
                </Table.Td>
                <Table.Td>{holiday.name}</Table.Td>
                <Table.Td w={48}>
                  {canEdit && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${holiday.name} on ${holiday.date}`}
                      loading={remove.isPending && remove.variables === holiday.date}
                      onClick={() => remove.mutate(holiday.date)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <ProblemAlert error={remove.error} title="The holiday was not removed" />
    </Stack>
  );
}
