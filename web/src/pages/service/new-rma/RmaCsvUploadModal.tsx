import { useState, type ComponentProps, type FormEvent } from 'react';
import { Button, Code, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { isApiError } from '../../../api/problem';
import { useImportRmas } from '../../../api/service';
import type { RmasOpened } from '../../../api/serviceTypes';
import { CsvErrorsAlert } from '../../../components/csv/CsvErrorsAlert';
import { ProblemAlert } from '../../../components/ProblemAlert';

/** The hidden file input, reachable by tests. */
const FILE_INPUT_PROPS = { 'data-testid': 'rma-csv-file' } as ComponentProps<'input'>;

interface RmaCsvUploadModalProps {
  opened: boolean;
  onClose: () => void;
  /** The customer staff named on the form; null lets the server take it from the machines. */
  customer: string | null;
  onOpened: (result: RmasOpened) => void;
}

/** Many machines at once: a CSV of serial, fault code, note; refused rows are listed by line. */
export function RmaCsvUploadModal({ opened, onClose, customer, onOpened }: RmaCsvUploadModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Open RMAs from a CSV file" size="lg">
      {opened && <UploadForm customer={customer} onOpened={onOpened} onDone={onClose} />}
    </Modal>
  );
}

function UploadForm(props: {
  customer: string | null;
  onOpened: (result: RmasOpened) => void;
  onDone: () => void;
}) {
  const upload = useImportRmas();
  const [file, setFile] = useState<File | null>(null);
  const refused =
    isApiError(upload.error) && upload.error.code === 'CSV_INVALID' ? upload.error : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) upload.mutate({ file, customer: props.customer }, { onSuccess: props.onOpened });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="rma-csv-form">
      <Stack>
        <Text size="sm">
          One machine a row, with a header line <Code>serial,fault_code,note</Code>. The fault code
          is one of the depot&rsquo;s codes (e.g. <Code>fan</Code>, <Code>psu</Code>,{' '}
          <Code>firmware</Code>); the note is optional.
        </Text>
        <Text size="sm" c="dimmed">
          The file is taken all or nothing: if any row is refused, no RMA is opened.
        </Text>
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} />}
          value={file}
          onChange={(picked) => {
            setFile(picked);
            upload.reset();
          }}
          clearable
          fileInputProps={FILE_INPUT_PROPS}
          data-testid="rma-csv-button"
        />
        {refused ? (
          <CsvErrorsAlert error={refused} />
        ) : (
          <ProblemAlert error={upload.error} title="The file was not taken" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Close
          </Button>
          <Button
            type="submit"
            loading={upload.isPending}
            disabled={!file}
            data-testid="rma-csv-submit"
          >
            Open RMAs
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
