import { describe, expect, it } from 'vitest';
import { statuses } from './schema';
import { palette, statusStyle } from './theme';

// Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0),
// applied in linear RGB; distances as CIE76 ΔE in CIELAB (D65).
const deficiencies = {
  none: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
} as const;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function labUnder(hex: string, m: readonly number[]): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const [R, G, B] = [0, 3, 6].map((i) => clamp(m[i]! * r + m[i + 1]! * g + m[i + 2]! * b)) as [number, number, number];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('status palette', () => {
  for (const [name, matrix] of Object.entries(deficiencies)) {
    it(`keeps every pair of statuses apart under ${name}`, () => {
      for (const [i, a] of statuses.entries()) {
        for (const b of statuses.slice(i + 1)) {
          const distance = deltaE(labUnder(statusStyle[a].colour, matrix), labUnder(statusStyle[b].colour, matrix));
          expect(distance, `${a} vs ${b}`).toBeGreaterThan(15);
        }
      }
    });
  }

  it('gives every status its own marker shape, so colour is never the only cue', () => {
    const shapes = statuses.map((s) => statusStyle[s].shape);
    expect(new Set(shapes).size).toBe(statuses.length);
  });
});

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('map text colours', () => {
  it('reach 4.5:1 (WCAG AA) on land, the story country and water, where their labels sit', () => {
    for (const text of ['ink', 'muted', 'place', 'waterLabel'] as const) {
      for (const ground of ['land', 'focusLand', 'water'] as const) {
        expect(contrast(palette[text], palette[ground]), `${text} on ${ground}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
