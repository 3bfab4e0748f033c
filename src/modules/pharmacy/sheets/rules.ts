// Reading a contact sheet as people make it: the header row below any title lines, Indonesian or English column names, phones typed every way.
import { normalizePhone, toCountryCode } from '../../../core/contacts/phone.js';

/** One line of a sheet: its number as the sheet shows it (1-based) and its cells as text. */
export interface SheetLine {
  row: number;
  cells: string[];
}

export type Column = 'name' | 'phone' | 'whatsapp' | 'address' | 'city' | 'notes';
export type HeaderMap = Partial<Record<Column, number>>;

/** How far down a header may sit below title lines and blank rows. */
export const HEADER_SEARCH_ROWS = 30;

const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const PHONE_WORDS = new Set(['hp', 'telepon', 'telp', 'tlp', 'phone', 'mobile', 'handphone', 'ponsel', 'telephone', 'tel']);
const PHONE_NAMES = new Set(['no wa', 'nomor wa', 'no whatsapp', 'nomor whatsapp', 'wa number', 'whatsapp number', 'nomor', 'number', 'kontak', 'contact']);
const WHATSAPP_NAMES = new Set(['whatsapp', 'wa', 'status wa', 'wa status', 'whatsapp status', 'status whatsapp', 'wa aktif', 'whatsapp aktif', 'punya wa', 'ada wa', 'has whatsapp']);

/** What a header cell names, or undefined. `WhatsApp` alone is read as the WhatsApp column (see resolveHeader). */
export function classifyHeader(cell: string): Column | undefined {
  const n = normalize(cell);
  if (n === '') return undefined;
  if (WHATSAPP_NAMES.has(n)) return 'whatsapp';
  const words = n.split(' ');
  if (words.some((w) => PHONE_WORDS.has(w)) || PHONE_NAMES.has(n)) return 'phone';
  if (words[0] === 'nama' || n === 'name' || n.endsWith(' name') || n === 'pelanggan' || n === 'customer' || n === 'pasien') return 'name';
  if (words[0] === 'alamat' || words[0] === 'address') return 'address';
  if (words[0] === 'kota' || words[0] === 'city' || words[0] === 'kabupaten') return 'city';
  if (['keterangan', 'ket', 'notes', 'note', 'catatan', 'remarks', 'remark'].includes(words[0] ?? '')) return 'notes';
  return undefined;
}

/**
 * The columns of a candidate header line, or undefined when it is not one: it needs a name column and a phone
 * column. A `WhatsApp` column is the phone column when no other phone column exists, else it says who has WhatsApp.
 */
export function resolveHeader(cells: readonly string[]): HeaderMap | undefined {
  const map: HeaderMap = {};
  cells.forEach((cell, index) => {
    const column = classifyHeader(cell);
    if (column !== undefined && map[column] === undefined) map[column] = index;
  });
  if (map.phone === undefined && map.whatsapp !== undefined) {
    map.phone = map.whatsapp;
    delete map.whatsapp;
  }
  return map.name !== undefined && map.phone !== undefined ? map : undefined;
}

/** The header line (its index in `lines`) and its columns, searched in the first HEADER_SEARCH_ROWS lines. */
export function findHeader(lines: readonly SheetLine[]): { index: number; columns: HeaderMap } | undefined {
  for (let i = 0; i < Math.min(lines.length, HEADER_SEARCH_ROWS); i++) {
    const columns = resolveHeader(lines[i]?.cells ?? []);
    if (columns) return { index: i, columns };
  }
  return undefined;
}

export const NO_HEADER_MESSAGE =
  `no header row found in the first ${HEADER_SEARCH_ROWS} rows: the sheet needs a name column (Nama, Nama Pelanggan, Name) and a phone column (No. HP, No HP / WA, Telepon, Phone, Mobile, WhatsApp)`;

const YES = new Set(['ya', 'y', 'yes', 'aktif', 'active', 'ada', 'true', '1', 'v', '✓', '✔', 'punya', 'on']);
const NO = new Set(['tidak', 'tdk', 't', 'no', 'n', 'false', '0', 'tidak aktif', 'non aktif', 'nonaktif', 'inactive', 'tidak ada', '✗', '-', 'off', 'belum']);

/** A WhatsApp column's cell: active, inactive, or undefined when it says neither (the number is then checked). */
export function readWhatsappFlag(cell: string): 'active' | 'inactive' | undefined {
  const t = cell.trim().toLowerCase();
  if (YES.has(t)) return 'active';
  if (NO.has(t) || NO.has(normalize(t))) return 'inactive';
  return undefined;
}

export type PhoneReading = { ok: true; phone: string } | { ok: false; reason: 'phone missing' | 'phone is not a valid number' };

/**
 * A phone cell as E.164 with the workspace's country: `0812…`, `+62 812-…`, `62812…`, `(+62) …`, dots and spaces,
 * a number a spreadsheet kept as a number (`81234567890`, its leading 0 lost; `6281234567890.0`). A cell with two
 * numbers (`0812… / 0857…`) gives the first valid one.
 */
export function readPhone(cell: string, country: string): PhoneReading {
  const text = cell.trim().replace(/\.0+$/, '');
  if (text === '' || text === '-') return { ok: false, reason: 'phone missing' };
  const code = toCountryCode(country);
  for (const part of text.split(/\s*[/,;|]\s*|\s+(?:atau|or)\s+/i)) {
    const e164 = part.trim() === '' ? undefined : normalizePhone(part, code);
    if (e164 !== undefined) return { ok: true, phone: e164 };
  }
  return { ok: false, reason: 'phone is not a valid number' };
}

/** One person read from a sheet row. */
export interface SheetRecord {
  row: number;
  phone: string;
  name: string | null;
  address: string | null;
  city: string | null;
  notes: string | null;
  whatsapp: 'active' | 'inactive' | undefined;
}

export interface SheetReading {
  /** Data rows below the header, blank rows and repeated headers left out. */
  rows: number;
  /** One record per phone, in the order first seen. */
  records: SheetRecord[];
  mergedInFile: number;
  invalid: { row: number; reason: string }[];
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const text = (cells: readonly string[], index: number | undefined): string | null => {
  if (index === undefined) return null;
  const value = (cells[index] ?? '').trim().replace(/\s+/g, ' ');
  return value === '' ? null : value;
};

/**
 * Reads the rows below the header into records: blank rows skipped, a header repeated on a later page skipped, the
 * same phone twice merged into its first row (blank fields filled from the later one) and counted, a row whose phone
 * is missing or invalid reported with its row number.
 */
export function readRecords(lines: readonly SheetLine[], header: { index: number; columns: HeaderMap }, country: string): SheetReading {
  const { columns } = header;
  const byPhone = new Map<string, SheetRecord>();
  const invalid: { row: number; reason: string }[] = [];
  let rows = 0;
  let mergedInFile = 0;
  for (const line of lines.slice(header.index + 1)) {
    if (blank(line.cells)) continue;
    const phone = readPhone(line.cells[columns.phone ?? -1] ?? '', country);
    if (!phone.ok) {
      // A header repeated on a later page has no phone in its phone column: only such lines are asked.
      if (resolveHeader(line.cells)) continue;
      rows++;
      invalid.push({ row: line.row, reason: phone.reason });
      continue;
    }
    rows++;
    const flag = columns.whatsapp === undefined ? undefined : readWhatsappFlag(line.cells[columns.whatsapp] ?? '');
    const record: SheetRecord = {
      row: line.row,
      phone: phone.phone,
      name: text(line.cells, columns.name),
      address: text(line.cells, columns.address),
      city: text(line.cells, columns.city),
      notes: text(line.cells, columns.notes),
      whatsapp: flag,
    };
    const first = byPhone.get(record.phone);
    if (!first) {
      byPhone.set(record.phone, record);
      continue;
    }
    mergedInFile++;
    first.name ??= record.name;
    first.address ??= record.address;
    first.city ??= record.city;
    first.notes ??= record.notes;
    first.whatsapp ??= record.whatsapp;
  }
  return { rows, records: [...byPhone.values()], mergedInFile, invalid };
}
