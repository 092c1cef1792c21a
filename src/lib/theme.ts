/**
 * Design tokens shared by CSS, the static SVG map and the MapLibre style, so the three agree.
 * Status colours come from the Okabe–Ito palette (distinct under the common colour-vision
 * deficiencies) and each status also has its own marker shape, never colour alone.
 */
import type { Status } from './schema';

export const palette = {
  ink: '#1a1a1a',
  muted: '#595959',
  paper: '#ffffff',
  water: '#dfe9f0',
  river: '#9dbfd6',
  land: '#f3f1ec',
  focusLand: '#fbfaf7',
  border: '#a8a29a',
  accent: '#0b5cad',
  /** Secondary text: the standfirst, the scale bar. */
  subtle: '#333333',
  /** Towns: their label and their dot, on every map. */
  place: '#3d3d3d',
  waterLabel: '#2f6690',
  /** The story's country on the inset locator. */
  insetFocus: '#d9d4c9',
  /** Hairlines: frames, separators; the strong one marks midnights on the timeline. */
  rule: '#d6d3cd',
  ruleLight: '#e2dfd9',
  ruleStrong: '#8f897f',
  /** The slider's track and the timeline's baseline. */
  track: '#c9c4bb',
  /** The background of what is selected. */
  shade: '#f6f5f2',
} as const;

/** filled disc; disc with a white centre; hollow ring; hollow ring with a cross. */
export type MarkerShape = 'filled' | 'dot' | 'ring' | 'cross';

export const statusStyle: Record<Status, { colour: string; shape: MarkerShape }> = {
  confirmed: { colour: '#c24e00', shape: 'filled' },
  disputed: { colour: '#8e3b7a', shape: 'dot' },
  unconfirmed: { colour: '#0072b2', shape: 'ring' },
  'false-alarm': { colour: '#3d3d3d', shape: 'cross' },
};

export const fonts = {
  /** The map's label font, shipped with the site (no glyph server). */
  mapLabel: 'Noto Sans',
} as const;

/** CSS custom properties for the page, from the same tokens. */
export function cssVariables(): string {
  const entries = [
    ...Object.entries(palette).map(([name, value]) => [`--${name}`, value]),
    ...Object.entries(statusStyle).map(([status, style]) => [`--status-${status}`, style.colour]),
  ];
  return entries.map(([name, value]) => `${name}:${value}`).join(';');
}
