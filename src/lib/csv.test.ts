import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes null as an empty field', () => {
    expect(csvField('Ain al-Asad')).toBe('Ain al-Asad');
    expect(csvField(33.7857)).toBe('33.7857');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Erbil, Kurdistan')).toBe('"Erbil, Kurdistan"');
    expect(csvField('a "drone"')).toBe('"a ""drone"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('writes a header and rows, each line ending in CRLF', () => {
    const csv = toCsv(['slug', 'notes'] as const, [
      { slug: 'a', notes: 'x, y' },
      { slug: 'b', notes: null },
    ]);
    expect(csv).toBe('slug,notes\r\na,"x, y"\r\nb,\r\n');
  });
});
