import { describe, expect, it } from 'vitest';
import { META_DESCRIPTION_LENGTH, metaDescription } from './meta-description';

describe('metaDescription', () => {
  it('leaves a short text as it is, on one line', () => {
    expect(metaDescription('Drones  targeted\nAin al-Asad.')).toBe('Drones targeted Ain al-Asad.');
  });

  it('cuts a long text at a word boundary and adds an ellipsis', () => {
    const text = 'Two drones targeted the base of Ain al-Asad early on Wednesday, according to an Iraqi security source, '.repeat(3);
    const short = metaDescription(text);
    expect(short.length).toBeLessThanOrEqual(META_DESCRIPTION_LENGTH);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(text.charAt(short.length - 1)).toMatch(/[\s,]/); // the next character ended a word
    expect(short).not.toMatch(/[\s,]…$/);
  });

  it('cuts a single overlong word where it must', () => {
    expect(metaDescription('x'.repeat(300))).toBe(`${'x'.repeat(META_DESCRIPTION_LENGTH - 1)}…`);
  });
});
