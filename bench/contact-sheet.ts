// A pharmacy's contact sheet as people make it, of any size: title lines, mixed phone formats, repeats, bad and blank rows.
import ExcelJS from 'exceljs';

export interface ContactSheet {
  readonly xlsx: Buffer;
  /** What a correct import reports for it. */
  readonly expected: { rows: number; imported: number; mergedInFile: number; invalid: number; active: number; inactive: number };
}

/** Every phone format the import must read; the last is a number cell that lost its leading 0. */
const FORMATS: readonly ((national: string) => string | number)[] = [
  (n) => `0${n}`,
  (n) => `+62 ${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
  (n) => `62${n}`,
  (n) => `(+62) ${n.slice(0, 3)}.${n.slice(3, 7)}.${n.slice(7)}`,
  (n) => `0${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
  (n) => Number(n),
];
const BAD_PHONES = ['', '-', '12345', 'tidak ada'];
const CITIES = ['Bandung', 'Cimahi', 'Jakarta Selatan', 'Bekasi', 'Bogor'];

/**
 * `rows` data rows below two title lines and a blank line: about 3 % repeat an earlier person's phone in another
 * format (merged in the file), 2 % have a missing or invalid phone (reported), a blank row every 1,000, and a
 * WhatsApp column (`ya` for 70 %, `tidak` for the rest) so no number needs checking with WAHA.
 */
export async function buildContactSheet(rows: number): Promise<ContactSheet> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kontak');
  sheet.addRow(['Daftar Kontak Pelanggan — Apotek Sehat Sentosa']);
  sheet.addRow(['Dicetak 1 Desember 2026']);
  sheet.addRow([]);
  sheet.addRow(['No', 'Nama Pelanggan', 'No. HP / WA', 'Alamat', 'Kota', 'Keterangan', 'WhatsApp']);
  const people: { national: string; active: boolean }[] = [];
  let mergedInFile = 0;
  let invalid = 0;
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % 1_000 === 0) sheet.addRow([]);
    let phone: string | number;
    let active = i % 10 < 7;
    if (i % 50 === 17) {
      phone = BAD_PHONES[i % BAD_PHONES.length] ?? '';
      invalid++;
    } else if (i % 33 === 5 && people.length > 0) {
      const earlier = people[(i * 7) % people.length]!;
      phone = FORMATS[(i + 1) % FORMATS.length]!(earlier.national);
      active = earlier.active;
      mergedInFile++;
    } else {
      const national = `813${String(10_000_000 + i).padStart(8, '0')}`;
      people.push({ national, active });
      phone = FORMATS[i % FORMATS.length]!(national);
    }
    sheet.addRow([i + 1, `Pelanggan ${i + 1}`, phone, `Jl. Melati No. ${(i % 120) + 1}`, CITIES[i % CITIES.length], i % 9 === 0 ? 'obat rutin' : '', active ? 'ya' : 'tidak']);
  }
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  const active = people.filter((p) => p.active).length;
  return { xlsx, expected: { rows, imported: people.length, mergedInFile, invalid, active, inactive: people.length - active } };
}
