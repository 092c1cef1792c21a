/**
 * The character encoding of a spreadsheet export. UTF-8 (with or without a byte-order mark) is
 * read as it is; UTF-16 with its mark ("Unicode text" exports) too. Anything else is read as
 * Windows-1252, what Excel's plain "CSV" writes on a Western European computer (a superset of
 * Latin-1): the accents come out right, and the import says it converted the file, so a wrong
 * guess can never turn "signalée" into "signal�e" silently.
 */
export interface DecodedCsv {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** For the editor when the file was converted: what happened and how to avoid it. */
  notice?: string;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

export function decodeCsv(bytes: Uint8Array, name: string): DecodedCsv {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const sample = text.match(/[^\s,;"]*[^\x00-\x7f][^\s,;"]*/)?.[0];
    return {
      text,
      encoding: 'windows-1252',
      notice:
        `Note: ${name} is not UTF-8; it was read as Windows-1252 (Excel's plain "CSV" format)` +
        `${sample ? `, e.g. "${sample}"` : ''}. Check the accents below; next time save it as ` +
        `"CSV UTF-8" (docs/import.md, "Export it as CSV").`,
    };
  }
}
