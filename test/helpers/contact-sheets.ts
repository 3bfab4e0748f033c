// Builds the same contact sheet as xlsx, xls, CSV or PDF, the way people make them: a title line, blank rows, mixed phone formats, a duplicate, bad rows.
import { utils as sheetUtils, write as writeWorkbook } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

export type SheetCell = string | number | null;
export type SheetFileFormat = 'xlsx' | 'xls' | 'csv' | 'pdf';

/** National (no trunk 0) Indonesian mobile number of person `nn` in `series` (3 digits): 11 digits, 81234sss0nn. */
export const nationalNumber = (series: number, nn: number) => `81234${String(series).padStart(3, '0')}0${String(nn).padStart(2, '0')}`;
export const e164Of = (series: number, nn: number) => `+62${nationalNumber(series, nn)}`;

const dashed = (n: string, sep: string) => `${n.slice(0, 3)}${sep}${n.slice(3, 7)}${sep}${n.slice(7)}`;

/** The people of the standard sheet: who they are and how their phone is typed. Person 1 appears twice. */
export function standardPeople(series: number): { name: string; phone: SheetCell; city: string | null; notes: string | null }[] {
  const n = (nn: number) => nationalNumber(series, nn);
  return [
    { name: 'Budi Santoso', phone: `0${dashed(n(1), '-')}`, city: 'Bandung', notes: 'Diabetes' },
    { name: 'Siti Aminah', phone: `+62 ${dashed(n(2), '-')}`, city: 'Bandung', notes: null },
    { name: 'Agus Salim', phone: `62${n(3)}`, city: 'Cimahi', notes: null },
    { name: 'Dewi Lestari', phone: `(+62) ${dashed(n(4), ' ')}`, city: null, notes: 'Hipertensi' },
    { name: 'Rina Wati', phone: `0${dashed(n(5), '.')}`, city: 'Bandung', notes: null },
    // A spreadsheet that stored the phone as a number dropped its leading 0.
    { name: 'Joko Widodo', phone: Number(n(6)), city: 'Garut', notes: null },
    { name: 'Budi S.', phone: `0${n(1)}`, city: null, notes: 'datang lagi' },
    { name: 'Tanpa Nomor', phone: null, city: 'Bandung', notes: null },
    { name: 'Nomor Salah', phone: '12345', city: null, notes: null },
    { name: 'Lina Marlina', phone: `0${dashed(n(7), ' ')}`, city: 'Sumedang', notes: null },
  ];
}

/** The standard sheet as rows: a title, a blank row, the header, the people with a blank row after the sixth. */
export function standardSheet(series: number): SheetCell[][] {
  const people = standardPeople(series);
  const rows: SheetCell[][] = [['Daftar Pelanggan Apotek Sehat - Januari 2026'], [], ['No', 'Nama Pelanggan', 'No HP / WA', 'Kota', 'Keterangan']];
  people.forEach((p, i) => {
    rows.push([i + 1, p.name, p.phone, p.city, p.notes]);
    if (i === 5) rows.push([]);
  });
  return rows;
}

export async function sheetFile(rows: SheetCell[][], format: SheetFileFormat): Promise<Buffer> {
  switch (format) {
    case 'xlsx': {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Pelanggan');
      rows.forEach((row, i) => {
        row.forEach((cell, j) => {
          if (cell !== null) sheet.getCell(i + 1, j + 1).value = cell;
        });
      });
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }
    case 'xls': {
      const sheet = sheetUtils.aoa_to_sheet(rows.map((r) => r.map((c) => c ?? '')));
      const workbook = sheetUtils.book_new();
      sheetUtils.book_append_sheet(workbook, sheet, 'Pelanggan');
      return writeWorkbook(workbook, { type: 'buffer', bookType: 'xls' }) as Buffer;
    }
    case 'csv':
      return Buffer.from(rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n'), 'utf8');
    case 'pdf':
      return pdfTable(rows);
  }
}

function csvCell(cell: SheetCell): string {
  const text = cell === null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as a spreadsheet prints it: one line per row, each column at its own x; blank rows print nothing. */
function pdfTable(rows: SheetCell[][]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const columns = [40, 70, 200, 330, 420];
  doc.fontSize(10);
  let y = 50;
  for (const row of rows) {
    if (row.length === 1) doc.fontSize(13).text(String(row[0]), 40, y, { lineBreak: false }).fontSize(10);
    else {
      row.forEach((cell, j) => {
        if (cell !== null && cell !== '') doc.text(String(cell), columns[j] ?? 500, y, { lineBreak: false });
      });
    }
    if (row.length > 0) y += 18;
    if (y > 780) {
      doc.addPage();
      y = 50;
    }
  }
  doc.end();
  return done;
}
