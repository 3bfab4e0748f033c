// Reading contact sheets row by row: header names, phones typed every way, the WhatsApp column, duplicates and bad rows.
import { describe, expect, it } from 'vitest';
import { classifyHeader, findHeader, readPhone, readRecords, readWhatsappFlag, resolveHeader, type SheetLine } from './rules.js';

describe('contact sheet rules', () => {
  it.each([
    ['Nama', 'name'],
    ['NAMA PELANGGAN', 'name'],
    ['Name', 'name'],
    ['Customer Name', 'name'],
    ['No. HP', 'phone'],
    ['No HP / WA', 'phone'],
    ['Telepon', 'phone'],
    ['phone', 'phone'],
    ['Mobile', 'phone'],
    ['WhatsApp', 'whatsapp'],
    ['Alamat', 'address'],
    ['Kota', 'city'],
    ['Keterangan', 'notes'],
    ['Notes', 'notes'],
    ['No', undefined],
    ['Tanggal', undefined],
  ])('reads the header %s as %s', (cell, column) => {
    expect(classifyHeader(cell)).toBe(column);
  });

  it('takes a lone WhatsApp column as the phone, and as the status beside another phone column', () => {
    expect(resolveHeader(['Nama', 'WhatsApp'])).toEqual({ name: 0, phone: 1 });
    expect(resolveHeader(['Nama', 'Telepon', 'WhatsApp'])).toEqual({ name: 0, phone: 1, whatsapp: 2 });
    expect(resolveHeader(['Nama', 'Kota'])).toBeUndefined();
  });

  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(+62) 812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['6281234567890.0', '+6281234567890'],
    ['0812 3456 7890 / 0857 1111 2222', '+6281234567890'],
  ])('reads the phone %s as %s', (cell, e164) => {
    expect(readPhone(cell, 'ID')).toEqual({ ok: true, phone: e164 });
  });

  it('says why a phone cannot be read', () => {
    expect(readPhone('', 'ID')).toEqual({ ok: false, reason: 'phone missing' });
    expect(readPhone(' - ', 'ID')).toEqual({ ok: false, reason: 'phone missing' });
    expect(readPhone('12345', 'ID')).toEqual({ ok: false, reason: 'phone is not a valid number' });
  });

  it.each([
    ['Ya', 'active'],
    ['aktif', 'active'],
    ['✓', 'active'],
    ['Tidak', 'inactive'],
    ['tidak aktif', 'inactive'],
    ['no', 'inactive'],
    ['', undefined],
    ['mungkin', undefined],
  ])('reads the WhatsApp cell %s as %s', (cell, flag) => {
    expect(readWhatsappFlag(cell)).toBe(flag);
  });

  it('finds the header below title lines, skips blank rows and a repeated header, merges duplicates and reports bad rows', () => {
    const lines: SheetLine[] = [
      { row: 1, cells: ['Data Pelanggan 2026'] },
      { row: 3, cells: ['Nama', 'No HP', 'WhatsApp', 'Alamat'] },
      { row: 4, cells: ['Budi', '0812-3456-7890', 'ya', ''] },
      { row: 5, cells: ['', '', '', ''] },
      { row: 6, cells: ['Nama', 'No HP', 'WhatsApp', 'Alamat'] },
      { row: 7, cells: ['Budi Santoso', '+62 812 3456 7890', '', 'Jl. Mawar 2'] },
      { row: 8, cells: ['Ani', '', '', ''] },
      { row: 9, cells: ['Tono', '0812', 'tidak', ''] },
      { row: 10, cells: ['Sari', '0857-1111-2222', 'tidak', ''] },
    ];
    const header = findHeader(lines);
    expect(header).toEqual({ index: 1, columns: { name: 0, phone: 1, whatsapp: 2, address: 3 } });
    const reading = readRecords(lines, header!, 'ID');
    expect(reading.rows).toBe(5);
    expect(reading.mergedInFile).toBe(1);
    expect(reading.invalid).toEqual([
      { row: 8, reason: 'phone missing' },
      { row: 9, reason: 'phone is not a valid number' },
    ]);
    expect(reading.records).toEqual([
      { row: 4, phone: '+6281234567890', name: 'Budi', address: 'Jl. Mawar 2', city: null, notes: null, whatsapp: 'active' },
      { row: 10, phone: '+6285711112222', name: 'Sari', address: null, city: null, notes: null, whatsapp: 'inactive' },
    ]);
  });
});
