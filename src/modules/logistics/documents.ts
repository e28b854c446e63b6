import PDFDocument from 'pdfkit';
import { stringify } from 'csv-stringify/sync';
import type { ShipmentQueries } from './shipment.queries.js';

export type ShipmentDetail = Awaited<ReturnType<ShipmentQueries['get']>>;
export const DOCUMENTS = ['packing-list', 'commercial-invoice', 'delivery-note'] as const;
export type DocumentKind = (typeof DOCUMENTS)[number];

const money = (cents: number) =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const kg = (g: number) => `${(g / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} kg`;

const TITLES: Record<DocumentKind, string> = {
  'packing-list': 'Packing list',
  'commercial-invoice': 'Commercial invoice',
  'delivery-note': 'Delivery note',
};

/** Renders a PDF from a drawing function; resolves with its bytes. */
function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 48, info: { Producer: 'Rigline' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A row of fixed-width columns; widths in points, text clipped to one line. */
function row(doc: PDFKit.PDFDocument, cells: string[], widths: number[], bold = false) {
  const y = doc.y;
  let x = doc.page.margins.left;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  cells.forEach((c, i) => {
    doc.text(c, x, y, { width: widths[i]! - 6, lineBreak: false, ellipsis: true });
    x += widths[i]!;
  });
  doc.x = doc.page.margins.left;
  doc.y = y + 14;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 20) doc.addPage();
}

function header(doc: PDFKit.PDFDocument, kind: DocumentKind, s: ShipmentDetail) {
  doc.font('Helvetica-Bold').fontSize(18).text(TITLES[kind]);
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  doc.text(`Shipment ${s.number}   ·   Order ${s.orderNumber}   ·   Departed ${s.departedOn}`);
  doc.text(
    `${s.kind === 'import' ? 'Import' : 'Domestic'} · ${s.sourceCode} · carrier ${s.carrier}${s.trackingNumber ? ` · tracking ${s.trackingNumber}` : ''}`,
  );
  doc.moveDown(0.8);
  const top = doc.y;
  const col = (x: number, title: string, lines: string[]) => {
    doc.font('Helvetica-Bold').fontSize(9).text(title, x, top, { width: 240 });
    doc.font('Helvetica').fontSize(10);
    for (const l of lines) doc.text(l, x, doc.y, { width: 240 });
  };
  col(doc.page.margins.left, 'Shipper', [s.origin, `Country of origin: ${s.originCountry}`]);
  col(doc.page.margins.left + 260, 'Consignee', [
    `${s.customerName} (${s.customerCode})`,
    `${s.siteName} (${s.siteCode})`,
    `${s.siteState}, United States`,
  ]);
  doc.x = doc.page.margins.left;
  doc.y = top + 60;
  if (s.portOfEntry || s.customsEntryNumber)
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        [
          s.portOfEntry ? `Port of entry: ${s.portOfEntry}` : '',
          s.customsEntryNumber ? `Customs entry: ${s.customsEntryNumber}` : '',
        ]
          .filter(Boolean)
          .join('   ·   '),
      );
  doc.moveDown(0.8);
}

function serialList(doc: PDFKit.PDFDocument, s: ShipmentDetail, withReceipt: boolean) {
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text('Serial numbers');
  doc.moveDown(0.3);
  const widths = withReceipt ? [170, 110, 80, 60, 96] : [200, 130, 90, 96];
  row(
    doc,
    ['Serial', 'Model', 'Pallet', 'Line', ...(withReceipt ? ['Received'] : [])],
    widths,
    true,
  );
  for (const u of s.serials)
    row(
      doc,
      [
        u.serial,
        u.model,
        u.pallet,
        String(u.lineNo),
        ...(withReceipt ? [u.receivedOn ?? '—'] : []),
      ],
      widths,
    );
}

/** The shipment's documents: packing list, commercial invoice and delivery note as PDF. */
export function shipmentPdf(kind: DocumentKind, s: ShipmentDetail): Promise<Buffer> {
  return render((doc) => {
    header(doc, kind, s);
    if (kind === 'packing-list') {
      const widths = [120, 100, 120];
      row(doc, ['Pallet', 'Units', 'Gross weight'], widths, true);
      for (const p of s.packages) row(doc, [p.label, String(p.units), kg(p.weightG)], widths);
      row(
        doc,
        [
          `${s.packages.length} pallets`,
          String(s.units),
          kg(s.packages.reduce((t, p) => t + p.weightG, 0)),
        ],
        widths,
        true,
      );
      serialList(doc, s, false);
    } else if (kind === 'commercial-invoice') {
      const widths = [40, 110, 90, 50, 60, 80, 86];
      row(
        doc,
        ['Line', 'Description', 'HTS', 'Origin', 'Qty', 'Unit value', 'Total'],
        widths,
        true,
      );
      let total = 0;
      for (const l of s.lines) {
        total += l.units * l.unitValueCents;
        row(
          doc,
          [
            String(l.lineNo),
            `${l.model} Bitcoin miner`,
            l.hts,
            l.originCountry,
            String(l.units),
            money(l.unitValueCents),
            money(l.units * l.unitValueCents),
          ],
          widths,
        );
      }
      row(doc, ['', 'Total', '', '', String(s.units), '', money(total)], widths, true);
      if (s.kind === 'import')
        doc
          .moveDown(0.5)
          .font('Helvetica')
          .fontSize(9)
          .text(
            'Values are transaction (FOB) values per unit, the customs value of the entry. Duty: ' +
              (s.customsEntryNumber ? money(s.dutyCents) : 'to be assessed on entry') +
              '.',
          );
      serialList(doc, s, false);
    } else {
      doc
        .font('Helvetica')
        .fontSize(10)
        .text(
          `${s.received} of ${s.units} units confirmed at the site${s.deliveredOn ? `, delivered ${s.deliveredOn}` : ''}.`,
        );
      serialList(doc, s, true);
      doc
        .moveDown(1.5)
        .font('Helvetica')
        .fontSize(10)
        .text('Received by: ______________________   Date: ____________');
    }
  });
}

/** The serial list as CSV: one row per unit. */
export function serialCsv(s: ShipmentDetail): string {
  return stringify(
    s.serials.map((u) => ({
      shipment: s.number,
      order: s.orderNumber,
      line: u.lineNo,
      serial: u.serial,
      model: u.model,
      pallet: u.pallet,
      origin: s.originCountry,
      received_on: u.receivedOn ?? '',
    })),
    {
      header: true,
      columns: ['shipment', 'order', 'line', 'serial', 'model', 'pallet', 'origin', 'received_on'],
    },
  );
}
