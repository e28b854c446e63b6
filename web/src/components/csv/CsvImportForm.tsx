import { useState, type ComponentProps, type FormEvent } from 'react';
import { Alert, Button, Checkbox, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconFileTypeCsv } from '@tabler/icons-react';
import { useCsvImport, type CsvKind } from '../../api/csv';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../ProblemAlert';
import { CsvErrorsAlert } from './CsvErrorsAlert';
import { CSV_HELP, describeResult } from './csvHelp';

/** The hidden file input, reachable by tests. */
const FILE_INPUT_PROPS = { 'data-testid': 'csv-file' } as ComponentProps<'input'>;

interface CsvImportFormProps {
  kind: CsvKind;
  onDone: () => void;
}

/** Pick a file, optionally only check it, import it; shows the counts or every bad row. */
export function CsvImportForm({ kind, onDone }: CsvImportFormProps) {
  const mutation = useCsvImport(kind);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const refused =
    isApiError(mutation.error) && mutation.error.code === 'CSV_INVALID' ? mutation.error : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) mutation.mutate({ file, dryRun });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="csv-import-form">
      <Stack>
        <Text size="sm">{CSV_HELP[kind]}</Text>
        <Text size="sm" c="dimmed">
          The file is imported all or nothing: if any row is refused, nothing is written. Export
          first to get the columns.
        </Text>
        <FileInput
          label="CSV file"
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} />}
          value={file}
          onChange={(picked) => {
            setFile(picked);
            mutation.reset();
          }}
          clearable
          fileInputProps={FILE_INPUT_PROPS}
          data-testid="csv-file-button"
        />
        <Checkbox
          label="Check only (dry run)"
          checked={dryRun}
          onChange={(event) => {
            setDryRun(event.currentTarget.checked);
            mutation.reset();
          }}
          data-testid="csv-dry-run"
        />
        {mutation.data && (
          <Alert
            color="green"
            variant="light"
            icon={<IconCircleCheck size={18} />}
            data-testid="csv-result"
          >
            {describeResult(mutation.data)}
          </Alert>
        )}
        {refused ? (
          <CsvErrorsAlert error={refused} />
        ) : (
          <ProblemAlert error={mutation.error} title="The file was not imported" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={!file}
            data-testid="csv-submit"
          >
            Import
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
