import type { ComponentProps } from 'react';
import { Anchor, FileInput, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera } from '@tabler/icons-react';
import { useUploadVisitAttachment } from '../../../api/field';
import { attachmentUrl } from '../../../api/service';
import type { RmaAttachment } from '../../../api/serviceTypes';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatDateTime } from '../../../lib/format';
import { attachmentContentType, formatBytes } from '../rma/attachmentType';

/** The phone's camera opens directly; the hidden input is reachable by tests. */
const CAMERA_INPUT_PROPS = {
  capture: 'environment',
  'data-testid': 'visit-photo-file',
} as ComponentProps<'input'>;

interface VisitPhotosProps {
  visitKey: string;
  attachments: RmaAttachment[];
  /** The technician on site adds photos; others see them. */
  editable: boolean;
}

/** Photos of the machines and the site: each uploads as soon as it is taken. */
export function VisitPhotos({ visitKey, attachments, editable }: VisitPhotosProps) {
  const upload = useUploadVisitAttachment(visitKey);

  const send = (file: File | null) => {
    if (!file) return;
    upload.mutate(
      { file, contentType: attachmentContentType(file) },
      {
        onSuccess: (saved) =>
          notifications.show({ color: 'green', title: 'Photo attached', message: saved.fileName }),
      },
    );
  };

  return (
    <Stack gap="xs">
      <Stack gap={4} data-testid="visit-attachments">
        {attachments.length === 0 && (
          <Text size="sm" c="dimmed">
            No photo yet.
          </Text>
        )}
        {attachments.map((a) => (
          <Group
            key={a.id}
            justify="space-between"
            gap="xs"
            wrap="nowrap"
            data-testid="visit-attachment"
          >
            <Anchor href={attachmentUrl(a.id)} download={a.fileName} size="sm" truncate>
              {a.fileName}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatBytes(a.sizeBytes)} · {formatDateTime(a.uploadedAt)}
            </Text>
          </Group>
        ))}
      </Stack>
      {editable && (
        <FileInput
          aria-label="Take or pick a photo"
          placeholder={upload.isPending ? 'Uploading…' : 'Take a photo'}
          accept="image/*"
          leftSection={<IconCamera size={16} />}
          value={null}
          onChange={send}
          disabled={upload.isPending}
          fileInputProps={CAMERA_INPUT_PROPS}
          size="md"
          data-testid="visit-photo-button"
        />
      )}
      <ProblemAlert error={upload.error} title="Photo not attached" />
    </Stack>
  );
}
