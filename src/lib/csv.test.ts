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

  it('neutralises text cells a spreadsheet would run as a formula, as OWASP advises', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+33 1 40 00')).toBe("'+33 1 40 00");
    expect(csvField('-5 drones')).toBe("'-5 drones");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
  });

  it('leaves numbers as numbers, negative ones included, and inner signs alone', () => {
    expect(csvField(-42.4412)).toBe('-42.4412');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('al-Harir = base')).toBe('al-Harir = base');
    expect(csvField('2023-10-18T09:18:00Z')).toBe('2023-10-18T09:18:00Z');
  });
});
