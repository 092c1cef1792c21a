import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

// One unit per character keeps the expectations readable.
const measure = (line: string) => line.length;

describe('wrapText', () => {
  it('fills each line as far as it goes', () => {
    expect(wrapText('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
  });

  it('never breaks at a no-break space', () => {
    expect(wrapText('Attaque\u00a0: drones', 9, measure)).toEqual(['Attaque\u00a0:', 'drones']);
  });

  it('keeps a word longer than the line on its own line', () => {
    expect(wrapText('a extraordinarily b', 5, measure)).toEqual(['a', 'extraordinarily', 'b']);
  });

  it('ends with an ellipsis when lines run out', () => {
    expect(wrapText('one two three four five', 9, measure, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('one two three four five', 7, measure, 1)).toEqual(['one…']);
  });
});
