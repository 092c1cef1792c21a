import { describe, expect, it } from 'vitest';
import { clipLines, clipRing, type Box, type Position } from './clip';

const box: Box = { west: 0, south: 0, east: 10, north: 10 };

describe('clipRing', () => {
  it('cuts a polygon to the box', () => {
    const square: Position[] = [[-5, -5], [5, -5], [5, 5], [-5, 5], [-5, -5]];
    const clipped = clipRing(square, box);
    const xs = clipped.map((p) => p[0]);
    const ys = clipped.map((p) => p[1]);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(5);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(5);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
  });

  it('drops a polygon entirely outside', () => {
    expect(clipRing([[20, 20], [30, 20], [30, 30], [20, 20]], box)).toEqual([]);
  });
});

describe('clipLines', () => {
  it('splits a line where it leaves and re-enters the box', () => {
    const line: Position[] = [[2, 2], [2, 20], [8, 20], [8, 2]];
    expect(clipLines([line], box)).toEqual([
      [[2, 2], [2, 10]],
      [[8, 10], [8, 2]],
    ]);
  });
});
