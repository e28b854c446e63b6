import { useState } from 'react';
import { Button, Modal } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { CSV_IMPORTERS, csvExportUrl, type CsvKind } from '../../api/csv';
import { useHasAnyRole } from '../../auth/useHasAnyRole';
import { CsvImportForm } from './CsvImportForm';
import { CSV_LABELS } from './csvHelp';

interface CsvImportExportProps {
  kind: CsvKind;
  /** Names the records on the buttons, for pages offering more than one kind ("Export BOMs CSV"). */
  noun?: string;
}

/** "Export CSV" (a download link) and, for those allowed to, "Import CSV…" (a modal). */
export function CsvImportExport({ kind, noun }: CsvImportExportProps) {
  const canImport = useHasAnyRole(CSV_IMPORTERS[kind]);
  const [opened, setOpened] = useState(false);
  const what = noun ? `${noun} CSV` : 'CSV';
  const close = () => setOpened(false);

  return (
    <>
      <Button
        component="a"
        href={csvExportUrl(kind)}
        download
        variant="default"
        leftSection={<IconDownload size={16} />}
        data-testid={`csv-export-${kind}`}
      >
        Export {what}
      </Button>
      {canImport && (
        <Button
          variant="default"
          leftSection={<IconUpload size={16} />}
          onClick={() => setOpened(true)}
          data-testid={`csv-import-${kind}`}
        >
          Import {what}…
        </Button>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={`Import ${CSV_LABELS[kind]} from CSV`}
        size="lg"
      >
        {opened && <CsvImportForm kind={kind} onDone={close} />}
      </Modal>
    </>
  );
}
