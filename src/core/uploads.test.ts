// Which files an upload route accepts: by extension or by media type, like an HTML accept attribute.
import { describe, expect, it } from 'vitest';
import { isAccepted } from './uploads.js';

describe('isAccepted', () => {
  const sheets = ['.csv', '.xlsx', '.xls', '.pdf', 'text/csv'];

  it.each([
    ['a CSV by name, whatever type the browser sent', 'Pelanggan Maret.CSV', 'application/vnd.ms-excel', true],
    ['an xlsx by name', 'kontak.xlsx', 'application/octet-stream', true],
    ['a CSV by type, with parameters', 'export', 'text/csv; charset=utf-8', true],
    ['a PDF table', 'daftar.pdf', 'application/pdf', true],
    ['a name that only contains the extension', 'data.csv.exe', 'application/octet-stream', false],
    ['another type', 'setup.exe', 'application/x-msdownload', false],
  ])('%s', (_, filename, contentType, expected) => {
    expect(isAccepted(sheets, { filename, contentType })).toBe(expected);
  });

  it('matches a wildcard type such as image/*', () => {
    expect(isAccepted(['image/*'], { filename: 'brosur', contentType: 'image/jpeg' })).toBe(true);
    expect(isAccepted(['image/*'], { filename: 'brosur.jpg', contentType: 'application/pdf' })).toBe(false);
  });
});
