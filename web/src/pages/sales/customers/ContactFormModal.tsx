import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCreateContact } from '../../../api/sales';
import type { ContactInput } from '../../../api/salesTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { splitFieldErrors } from '../../../lib/fieldErrors';

interface ContactFormModalProps {
  /** Customer code. */
  customer: string;
  opened: boolean;
  onClose: () => void;
}

const CONTACT_FIELDS = ['name', 'email', 'phone', 'role'] as const;
type ContactDraft = Record<(typeof CONTACT_FIELDS)[number], string>;
const EMPTY_CONTACT: ContactDraft = { name: '', email: '', phone: '', role: '' };

/** Add a person at the customer: who to call about orders, deliveries or repairs. */
export function ContactFormModal({ customer, opened, onClose }: ContactFormModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Add a contact at ${customer}`}>
      {opened && <ContactForm customer={customer} onDone={onClose} />}
    </Modal>
  );
}

function ContactForm({ customer, onDone }: { customer: string; onDone: () => void }) {
  const create = useCreateContact(customer);
  const [draft, setDraft] = useState<ContactDraft>(EMPTY_CONTACT);
  const errors = splitFieldErrors(create.error, CONTACT_FIELDS);
  const field = (key: keyof ContactDraft) => ({
    value: draft[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      setDraft((current) => ({ ...current, [key]: event.currentTarget.value })),
    error: errors.byField[key],
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input: ContactInput = {
      name: draft.name.trim(),
      email: draft.email.trim(),
      phone: draft.phone.trim() || null,
      role: draft.role.trim() || null,
    };
    create.mutate(input, {
      onSuccess: (contact) => {
        notifications.show({ color: 'green', title: 'Contact added', message: contact.name });
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="contact-form">
      <Stack>
        <ProblemAlert
          error={create.error}
          fieldErrors={errors.other}
          title="The contact was not added"
        />
        <TextInput label="Name" required data-autofocus {...field('name')} />
        <TextInput label="Email" type="email" required {...field('email')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput label="Phone" {...field('phone')} />
          <TextInput label="Role" placeholder="e.g. Site manager" {...field('role')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={!draft.name.trim() || !/^\S+@\S+\.\S+$/.test(draft.email.trim())}
          >
            Add contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
