import { useState, type FormEvent } from 'react';
import { Button, Group, MultiSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEventTypes } from '../../../api/events';
import { useCreateSubscription, type CreateSubscriptionInput } from '../../../api/webhooks';
import type { CreatedSubscription } from '../../../api/types';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';

const FIELDS = ['url', 'eventTypes', 'description'] as const;

interface NewSubscriptionFormProps {
  onCreated: (created: CreatedSubscription) => void;
  onCancel: () => void;
}

export function NewSubscriptionForm({ onCreated, onCancel }: NewSubscriptionFormProps) {
  const eventTypes = useEventTypes();
  const createSubscription = useCreateSubscription();
  const [url, setUrl] = useState('');
  const [selectedTypes, setSelectedTypes] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const serverErrors = splitFieldErrors(createSubscription.error, FIELDS);

  const descriptions = new Map(
    (eventTypes.data?.items ?? []).map((item) => [item.type, item.description]),
  );
  const typeOptions = (eventTypes.data?.items ?? []).map((item) => ({
    value: item.type,
    label: item.type,
  }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input: CreateSubscriptionInput = { url: url.trim(), eventTypes: selectedTypes };
    if (description.trim()) input.description = description.trim();
    createSubscription.mutate(input, { onSuccess: onCreated });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={createSubscription.error} fieldErrors={serverErrors.other} />
        <TextInput
          label="Endpoint URL"
          placeholder="https://example.com/rigline/webhooks"
          type="url"
          required
          data-autofocus
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={serverErrors.byField.url}
        />
        {eventTypes.error && (
          <ProblemAlert error={eventTypes.error} title="Event types could not be loaded" />
        )}
        <MultiSelect
          label="Event types"
          placeholder={selectedTypes.length ? undefined : 'Pick the events to receive'}
          required
          searchable
          data={typeOptions}
          value={selectedTypes}
          onChange={setSelectedTypes}
          nothingFoundMessage={
            eventTypes.isPending ? 'Loading event types…' : 'No event type matches'
          }
          renderOption={({ option }) => (
            <div>
              <Text size="sm">{option.label}</Text>
              {descriptions.get(option.value) && (
                <Text size="xs" c="dimmed">
                  {descriptions.get(option.value)}
                </Text>
              )}
            </div>
          )}
          error={serverErrors.byField.eventTypes}
        />
        <Textarea
          label="Description"
          placeholder="Who receives these events and why"
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={serverErrors.byField.description}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={createSubscription.isPending}
            disabled={!url.trim() || selectedTypes.length === 0}
          >
            Create subscription
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
