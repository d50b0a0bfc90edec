import PDFDocument from 'pdfkit';
import { formatDollars } from '../../../billing/customer-language.ts';
import type { AccountStatement } from './statement-query.ts';
import { statementRows } from './statement-format.ts';

interface Column {
  readonly width: number;
  readonly align?: 'left' | 'right';
}

const margin = 48;
const fontSize = 9;

/**
 * The statement as an A4-portrait PDF: header, summary, every ledger entry with its running
 * balance, then the month's trips with plaza, local time and rate. Standard fonts only (their
 * Latin-1 set covers Spanish), so nothing is embedded and the file stays small.
 */
export function statementPdf(statement: AccountStatement): Promise<Buffer> {
  const { t, entries, trips } = statementRows(statement);
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    info: {
      Title: `${t.title} ${statement.month}`,
      Subject: `${t.account} ${statement.accountNo}`,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(16).text(t.title);
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  doc.text(`${t.account}: ${statement.accountNo}`);
  if (statement.holderName) doc.text(`${t.holder}: ${statement.holderName}`);
  doc.text(`${t.period}: ${statement.month}`);
  doc.moveDown();

  const summary: [string, number][] = [
    [t.opening, statement.openingBalanceCents],
    [t.credits, statement.creditsCents],
    [t.debits, statement.debitsCents],
    [t.closing, statement.closingBalanceCents],
  ];
  table(
    doc,
    [{ width: 200 }, { width: 100, align: 'right' }],
    [],
    summary.map(([label, value]) => [label, formatDollars(value)]),
  );

  heading(doc, t.entries);
  if (entries.length === 0) doc.font('Helvetica').fontSize(fontSize).text(t.noEntries);
  else
    table(
      doc,
      [
        { width: 80 },
        { width: 60 },
        { width: 190 },
        { width: 85, align: 'right' },
        { width: 85, align: 'right' },
      ],
      [t.date, t.kind, t.description, t.amount, t.balance],
      entries.map((e) => [e.date, e.kind, e.description, e.amount, e.balance]),
    );

  heading(doc, t.trips);
  if (trips.length === 0) doc.font('Helvetica').fontSize(fontSize).text(t.noTrips);
  else
    table(
      doc,
      [
        { width: 115 },
        { width: 120 },
        { width: 70 },
        { width: 125 },
        { width: 70, align: 'right' },
      ],
      [t.time, t.plaza, t.vehicle, t.rate, t.amount],
      trips.map((trip) => [trip.time, trip.plaza, trip.vehicle, trip.rate, trip.amount]),
    );

  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown();
  doc.x = margin;
  doc.font('Helvetica-Bold').fontSize(12).text(text);
  doc.moveDown(0.3);
}

/** Rows of cells in fixed columns; a new page (with the header again) when the page is full. */
function table(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const rowHeight = fontSize + 6;
  const bottom = doc.page.height - margin;
  const printRow = (cells: readonly string[], bold: boolean) => {
    if (doc.y + rowHeight > bottom) {
      doc.addPage();
      if (header.length > 0 && !bold) printRow(header, true);
    }
    const y = doc.y;
    let x = margin;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(fontSize);
    cells.forEach((cell, index) => {
      const column = columns[index] ?? { width: 60 };
      doc.text(cell, x, y, {
        width: column.width - 4,
        align: column.align ?? 'left',
        lineBreak: false,
        ellipsis: true,
      });
      x += column.width;
    });
    doc.x = margin;
    doc.y = y + rowHeight;
  };
  if (header.length > 0) printRow(header, true);
  for (const row of rows) printRow(row, false);
}
