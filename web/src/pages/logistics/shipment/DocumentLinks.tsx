import { Button, Group } from '@mantine/core';
import { IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { shipmentDocumentUrl, shipmentSerialsCsvUrl } from '../../../api/logistics';
import type { ShipmentDocument } from '../../../api/logisticsTypes';

const DOCUMENTS: { document: ShipmentDocument; label: string }[] = [
  { document: 'packing-list', label: 'Packing list' },
  { document: 'commercial-invoice', label: 'Commercial invoice' },
  { document: 'delivery-note', label: 'Delivery note' },
];

/** The shipment's papers as the server renders them (PDF), and its serial list as CSV. */
export function DocumentLinks({ number }: { number: string }) {
  return (
    <Group gap="xs" data-testid="shipment-documents">
      {DOCUMENTS.map(({ document, label }) => (
        <Button
          key={document}
          component="a"
          href={shipmentDocumentUrl(number, document)}
          download
          variant="default"
          size="xs"
          leftSection={<IconFileTypePdf size={16} />}
          data-testid={`doc-${document}`}
        >
          {label}
        </Button>
      ))}
      <Button
        component="a"
        href={shipmentSerialsCsvUrl(number)}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileTypeCsv size={16} />}
        data-testid="doc-serials-csv"
      >
        Serials CSV
      </Button>
    </Group>
  );
}
