import { describe, expect, it } from 'vitest';
import { decodeCsv } from './encoding';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv', () => {
  it('reads UTF-8 as it is, without a notice', () => {
    expect(decodeCsv(utf8('title_fr\nsignalée\n'), 'a.csv')).toEqual({ text: 'title_fr\nsignalée\n', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('date')]), 'a.csv').text).toBe('date');
  });

  it('reads UTF-16 with its mark', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...[...'visé'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCsv(bytes, 'a.csv')).toMatchObject({ text: 'visé', encoding: 'utf-16le' });
  });

  it('converts Windows-1252 (French Excel) with a notice, never into replacement characters', () => {
    const decoded = decodeCsv(latin1('title_fr;summary_fr\nsignal\xe9e;s\xe9curitaire \x80\n'), 'excel.csv');
    expect(decoded.text).toBe('title_fr;summary_fr\nsignalée;sécuritaire €\n');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notice).toBe(
      'Note: excel.csv is not UTF-8; it was read as Windows-1252 (Excel\'s plain "CSV" format), e.g. "signalée". ' +
        'Check the accents below; next time save it as "CSV UTF-8" (docs/import.md, "Export it as CSV").',
    );
    expect(decoded.text).not.toContain('\uFFFD');
  });
});
