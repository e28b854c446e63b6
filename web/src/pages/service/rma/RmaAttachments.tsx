import { useState, type ComponentProps, type FormEvent } from 'react';
import { Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconUpload } from '@tabler/icons-react';
import { attachmentUrl, useUploadAttachment } from '../../../api/service';
import type { RmaDetail } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { TableMessageRow } from '../../../components/TableMessageRow';
import { formatDateTime } from '../../../lib/format';
import { ATTACHMENT_ACCEPT, attachmentContentType, formatBytes } from './attachmentType';

/** The hidden file input, reachable by tests. */
const FILE_INPUT_PROPS = { 'data-testid': 'attachment-file' } as ComponentProps<'input'>;

/** Photos of labels and damage, miner logs: listed with download links, and uploaded here. */
export function RmaAttachments({ rma }: { rma: RmaDetail }) {
  const upload = useUploadAttachment(rma.number);
  const [file, setFile] = useState<File | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    upload.mutate(
      { file, contentType: attachmentContentType(file) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: 'Attached', message: saved.fileName });
          setFile(null);
        },
      },
    );
  };

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing="xs" data-testid="rma-attachments">
          <Table.Tbody>
            {rma.attachments.length === 0 && (
              <TableMessageRow colSpan={3}>No photo or log yet.</TableMessageRow>
            )}
            {rma.attachments.map((a) => (
              <Table.Tr key={a.id} data-testid="rma-attachment">
                <Table.Td>
                  <Anchor href={attachmentUrl(a.id)} download={a.fileName} size="sm">
                    {a.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(a.sizeBytes)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(a.uploadedAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <form onSubmit={submit} noValidate data-testid="attachment-form">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <FileInput
            aria-label="Photo or log"
            placeholder="Photo (PNG, JPEG, WebP), PDF or log"
            accept={ATTACHMENT_ACCEPT}
            leftSection={<IconPaperclip size={16} />}
            value={file}
            onChange={(picked) => {
              setFile(picked);
              upload.reset();
            }}
            clearable
            fileInputProps={FILE_INPUT_PROPS}
            style={{ flex: '1 1 240px' }}
            data-testid="attachment-button"
          />
          <Button
            type="submit"
            variant="default"
            leftSection={<IconUpload size={16} />}
            loading={upload.isPending}
            disabled={!file}
            data-testid="attachment-submit"
          >
            Upload
          </Button>
        </Group>
      </form>
      <ProblemAlert error={upload.error} title="Not attached" />
    </Stack>
  );
}
