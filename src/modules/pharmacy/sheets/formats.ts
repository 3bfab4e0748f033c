// Contact sheet files into lines of text cells: xlsx (exceljs), legacy xls (SheetJS), CSV (csv-parse), PDF tables (unpdf text with positions).
import { Readable } from 'node:stream';
// Each reader is imported when the first file of its format arrives: together they are about 30 MB of memory and
// most of a second of start-up that a server which never receives a sheet should not pay.
import { AppError } from '../../../core/errors.js';
import { findHeader, type SheetLine } from './rules.js';

export type SheetFormat = 'xlsx' | 'xls' | 'csv' | 'pdf';

/** The format by the file's name, then its media type; undefined when it is none of the four. */
export function sheetFormatOf(filename: string, contentType: string): SheetFormat | undefined {
  const name = filename.toLowerCase();
  for (const ext of ['xlsx', 'xls', 'csv', 'pdf'] as const) if (name.endsWith(`.${ext}`)) return ext;
  const type = contentType.toLowerCase();
  if (type.includes('spreadsheetml')) return 'xlsx';
  if (type.includes('ms-excel')) return 'xls';
  if (type.includes('csv')) return 'csv';
  if (type.includes('pdf')) return 'pdf';
  return undefined;
}

const unreadable = (format: SheetFormat, error: unknown) =>
  new AppError('validation_failed', `the file could not be read as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300), {
    retryable: false,
  });

/** A cell value as text; whole numbers without exponent or decimals (a phone a spreadsheet stored as a number). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
  }
  return '';
}

/**
 * Reads the file into lines (the first sheet that has any rows, for workbooks). The two workbook libraries are
 * loaded on first use: together about 38 MB a server that never reads a workbook would carry from its start.
 */
export async function readSheetLines(content: Buffer, format: SheetFormat): Promise<SheetLine[]> {
  try {
    switch (format) {
      case 'xlsx':
        return await readXlsx(content);
      case 'xls':
        return await readWithSheetJs(content);
      case 'csv':
        return await readCsv(content);
      case 'pdf':
        return await readPdf(content);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(format, error);
  }
}

/** An xlsx: streamed by exceljs, or read whole by SheetJS when the streaming reader refuses the file. */
async function readXlsx(content: Buffer): Promise<SheetLine[]> {
  try {
    return await streamXlsx(content);
  } catch (streamError) {
    // The streaming reader takes the zip's entries in the order they are stored, which the writing program chooses:
    // a worksheet stored after the shared strings but before xl/workbook.xml is read before the workbook's list of
    // sheets and fails ("reading 'sheets'"), and under load the reader has also failed that way on exceljs's own
    // files. SheetJS reads the whole zip first, in any order; only a file both refuse is unreadable.
    try {
      return await readWithSheetJs(content);
    } catch {
      throw streamError;
    }
  }
}

/**
 * The xlsx through exceljs's streaming reader, the cheapest in memory it offers: rows come one at a time and only
 * their text is kept, never a workbook model with every cell's style (about half the memory of `xlsx.load` for a
 * 10,000-row sheet). Styles are ignored, so a date cell reads as its serial number; names and phones are text.
 */
async function streamXlsx(content: Buffer): Promise<SheetLine[]> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  let first: SheetLine[] = [];
  // Every sheet is read to the end (leaving the reader midway would leave its zip stream open); the first with rows wins.
  for await (const sheet of reader) {
    const lines: SheetLine[] = [];
    for await (const row of sheet) {
      if (first.length > 0) continue;
      const values = row.values as unknown[];
      // exceljs rows are 1-based: values[0] is always empty.
      const cells = Array.from(values.slice(1), cellText);
      if (cells.some((c) => c.trim() !== '')) lines.push({ row: row.number, cells });
    }
    if (first.length === 0) first = lines;
  }
  return first;
}

/** A workbook (legacy xls, or an xlsx the streaming reader refused) through SheetJS, whole in memory. */
async function readWithSheetJs(content: Buffer): Promise<SheetLine[]> {
  const { read: readWorkbook, utils: sheetUtils } = await import('@e965/xlsx');
  const workbook = readWorkbook(content, { type: 'buffer', cellDates: true });
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    if (!sheet || !sheet['!ref']) continue;
    const start = sheetUtils.decode_range(sheet['!ref']).s.r;
    const rows = sheetUtils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, blankrows: true, defval: '' });
    const lines = rows.map((cells, i) => ({ row: start + i + 1, cells: cells.map(cellText) }));
    if (lines.some((l) => l.cells.some((c) => c.trim() !== ''))) return lines;
  }
  return [];
}

function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    // Excel on Windows saves CSV in the ANSI code page.
    return new TextDecoder('windows-1252').decode(content);
  }
}

async function readCsv(content: Buffer): Promise<SheetLine[]> {
  const { parse: parseCsv } = await import('csv-parse/sync');
  const records = parseCsv(decodeText(content), {
    bom: true,
    // Excel in an Indonesian locale separates with semicolons.
    delimiter: [',', ';', '\t'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ row: info.lines, cells: record }));
}

interface Segment {
  x: number;
  text: string;
}

/** Points between two pieces of text on one line that start a new cell. */
const CELL_GAP = 6;
/** Points of vertical difference still read as the same line. */
const LINE_TOLERANCE = 3;

/**
 * A PDF table (a sheet printed to PDF): the text pieces with their positions, grouped into lines by their height on
 * the page and into cells by the gaps between them; below the header line, each cell goes to the header column it
 * starts under. Line numbers count the lines read, across pages.
 */
async function readPdf(content: Buffer): Promise<SheetLine[]> {
  const { getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(content));
  const lines: Segment[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const text = await page.getTextContent();
    const pieces: { x: number; y: number; width: number; str: string }[] = [];
    for (const item of text.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      pieces.push({ x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, str: item.str });
    }
    // Top of the page first (PDF y grows upwards), then left to right.
    pieces.sort((a, b) => b.y - a.y || a.x - b.x);
    let current: { y: number; pieces: typeof pieces } | undefined;
    const pageLines: (typeof pieces)[] = [];
    for (const piece of pieces) {
      if (current && Math.abs(current.y - piece.y) <= LINE_TOLERANCE) current.pieces.push(piece);
      else {
        current = { y: piece.y, pieces: [piece] };
        pageLines.push(current.pieces);
      }
    }
    for (const linePieces of pageLines) {
      linePieces.sort((a, b) => a.x - b.x);
      const segments: Segment[] = [];
      let end = -Infinity;
      for (const piece of linePieces) {
        const last = segments[segments.length - 1];
        if (last && piece.x - end <= CELL_GAP) last.text += (piece.x - end > 1 ? ' ' : '') + piece.str;
        else segments.push({ x: piece.x, text: piece.str });
        end = piece.x + piece.width;
      }
      lines.push(segments.map((s) => ({ ...s, text: s.text.trim() })));
    }
    page.cleanup();
  }
  await pdf.destroy();

  const asLines = lines.map((segments, i) => ({ row: i + 1, cells: segments.map((s) => s.text) }));
  const header = findHeader(asLines);
  if (!header) return asLines;
  const starts = (lines[header.index] ?? []).map((s) => s.x);
  return lines.map((segments, i) => {
    if (i <= header.index) return asLines[i] as SheetLine;
    const cells: string[] = starts.map(() => '');
    for (const s of segments) {
      let column = 0;
      for (let c = 0; c < starts.length; c++) if ((starts[c] ?? 0) <= s.x + CELL_GAP) column = c;
      cells[column] = cells[column] ? `${cells[column]} ${s.text}` : s.text;
    }
    return { row: i + 1, cells };
  });
}
