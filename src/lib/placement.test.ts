import { describe, expect, it } from 'vitest';
import { circleBox, estimateWidth, inside, labelBox, overlaps, placeLabels, pointAnchors, type LabelRequest } from './placement';
import { frameObstacles } from './geo/map-labels';

const req = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  x,
  y,
  width: 80,
  height: 16,
  gap: 10,
  priority: 1,
  anchors: pointAnchors,
  ...extra,
});

describe('labelBox', () => {
  it('puts a right-anchored label beside the point, clear of the gap', () => {
    expect(labelBox(req('a', 100, 100), 'right')).toEqual({ x: 110, y: 92, width: 80, height: 16 });
    expect(labelBox(req('a', 100, 100), 'left')).toEqual({ x: 10, y: 92, width: 80, height: 16 });
  });
});

describe('placeLabels', () => {
  const frame = { width: 360, height: 300, padding: 3 };

  it('places a lone label at its first choice', () => {
    expect(placeLabels([req('a', 100, 100)], frame).get('a')?.anchor).toBe('right');
  });

  it('moves a label that would overlap one placed before it', () => {
    const placed = placeLabels([req('a', 100, 100, { priority: 0 }), req('b', 110, 100)], frame);
    const [a, b] = [placed.get('a')!, placed.get('b')!];
    expect(overlaps(a.box, b.box)).toBe(false);
  });

  it('keeps labels inside the frame: a point near the right edge is labelled on its left', () => {
    expect(placeLabels([req('a', 340, 100)], frame).get('a')?.anchor).toBe('left');
  });

  it('keeps labels off obstacles (markers, controls) but not off their own marker', () => {
    const obstacles = [circleBox(200, 100, 20, 'm'), circleBox(100, 100, 8, 'a')];
    const a = placeLabels([req('a', 100, 100, { gap: 10 })], { ...frame, obstacles }).get('a')!;
    for (const o of obstacles.slice(0, 1)) expect(overlaps(a.box, o)).toBe(false);
  });

  it('drops the least important label when there is no room, never a required one', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => req(`t${i}`, 150 + (i % 3), 150, { priority: 5 + i }));
    const placed = placeLabels([req('capital', 150, 150, { priority: 0, required: true }), ...crowd], frame);
    expect(placed.get('capital')).not.toBeNull();
    expect(placed.get('capital')!.forced).toBeUndefined();
    expect([...placed.values()].filter((p) => p === null).length).toBeGreaterThan(0);
    const boxes = [...placed.values()].filter((p) => p !== null).map((p) => p!.box);
    for (let i = 0; i < boxes.length; i++) {
      expect(inside(boxes[i]!, frame)).toBe(true);
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    }
  });

  it('keeps labels clear of the controls, the scale bar, the attribution and the inset', () => {
    const obstacles = frameObstacles(360, 300);
    const placed = placeLabels([req('a', 330, 30), req('b', 20, 290), req('c', 20, 20)], { ...frame, obstacles });
    for (const p of placed.values()) if (p) for (const o of obstacles) expect(overlaps(p.box, o)).toBe(false);
  });
});

describe('estimateWidth', () => {
  it('grows with the text, the size and the weight', () => {
    expect(estimateWidth('Baghdad airport (1)', 14)).toBeGreaterThan(estimateWidth('Erbil', 14));
    expect(estimateWidth('Erbil', 14, { bold: true })).toBeGreaterThan(estimateWidth('Erbil', 14));
    expect(estimateWidth('IRAQ', 12, { letterSpacing: 0.12 })).toBeGreaterThan(estimateWidth('IRAQ', 12));
  });
});
