import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';
import { testGeography } from '../fixtures/geography';
import { mapFor, noto, renderOgCard } from './render';
import { ogCardSvg } from './card';

const card: OgCard = {
  kicker: 'Irak · octobre 2023',
  title: 'Attaque de drones revendiquée contre Aïn al-Assad, non confirmée par le Pentagone',
  place: "Base aérienne d'Aïn al-Assad",
  when: 'samedi 21 octobre 2023',
  precision: 'jour connu, heure non précisée',
  status: 'disputed',
  statusLabel: 'Contesté',
  credit: 'Attaques contre les troupes américaines en Irak',
  sites: [
    { id: 'ain-al-asad', name: 'Aïn al-Assad', lon: 42.4412, lat: 33.7857 },
    { id: 'al-harir', name: 'Al-Harir', lon: 44.35, lat: 36.53 },
  ],
  highlight: 'ain-al-asad',
  lang: 'fr',
  places: [{ id: 'baghdad', name: { fr: 'Bagdad', en: 'Baghdad' }, lon: 44.40088, lat: 33.34058, rank: 0, capital: true }],
};

describe('Open Graph cards', () => {
  it('sets text from the bundled fonts, wider in bold', () => {
    const type = noto();
    const regular = type.width('Aïn al-Assad', { size: 20, weight: 400 });
    expect(regular).toBeGreaterThan(80);
    expect(type.width('Aïn al-Assad', { size: 20, weight: 700 })).toBeGreaterThan(regular);
    expect(type.path('É', 0, 20, { size: 20, weight: 700 })).toMatch(/^M/);
    // Coordinates such as 203.00000000000006 once came out as NaN and cut the line short.
    expect(type.path('samedi 21 octobre 2023', 56, 400.5, { size: 24, weight: 700 })).not.toContain('NaN');
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await renderOgCard(card, 'fr', testGeography);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const { width, height, format } = await sharp(png).metadata();
    expect({ width, height, format }).toEqual({ width: OG_WIDTH, height: OG_HEIGHT, format: 'png' });
  });

  it('labels every base and the capital, with no label over another or over a marker', () => {
    const svg = ogCardSvg(card, mapFor('fr', testGeography), noto());
    // Three bases would be three labelled markers; here two bases and Baghdad, each with a halo path.
    expect((svg.match(/stroke-width="6" stroke-linejoin="round"/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});
