import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { csvColumns, dataGeoJson, dataJson, dataRows, type DataRow } from './data-export';
import { testRecordSet } from './fixtures/record-set';

const at = { address: 'https://news.example.org', base: '/graphics/iraq/' };
const records = testRecordSet();

describe('data rows', () => {
  const [rockets, drones] = dataRows(records, at) as [DataRow, DataRow];

  it('give the date only as precisely as the record does', () => {
    expect(rockets).toMatchObject({
      event_date: '2023-10-18',
      time_precision: 'minute',
      when_local: '2023-10-18T12:18+03:00',
      start_utc: '2023-10-18T09:18:00Z',
      end_utc: '2023-10-18T09:19:00Z',
    });
    expect(drones).toMatchObject({
      event_date: '2023-10-21',
      time_precision: 'day',
      when_local: '2023-10-21',
      start_utc: '2023-10-20T21:00:00Z',
      end_utc: '2023-10-21T21:00:00Z',
    });
  });

  it('carry status, place and its precision, and the sources', () => {
    expect(drones).toMatchObject({
      slug: '2023-10-21-test-base-drones',
      status: 'disputed',
      location: 'Test base',
      latitude: 33.7857,
      longitude: 42.4412,
      geo_precision: 'exact',
      weapons: 'drone',
      claimed_by: 'Group',
      source: 'Test Wire; AFP, via Le Journal',
      source_urls: 'https://example.org/dispatch',
      url_fr: 'https://news.example.org/graphics/iraq/fr/events/2023-10-21-test-base-drones/',
    });
    expect(rockets.geo_precision).toBe('approximate');
  });

  it('leave what is not reported empty, and keep a reported zero', () => {
    expect(drones.fatalities).toBe(0);
    expect(drones.injured).toBeNull();
    expect(rockets.fatalities).toBeNull();
    expect(rockets.claimed_by).toBe('');
  });

  it('give the day of the latest correction, empty for a record never corrected', () => {
    expect(rockets.updated).toBe('2023-10-25');
    expect(drones.updated).toBeNull();
  });

  it('make a CSV whose header is the column list', () => {
    const columns = csvColumns(records.settings);
    const csv = toCsv(columns, dataRows(records, at));
    expect(csv.split('\r\n')[0]).toBe(columns.join(','));
    expect(csv).toContain('"Drones, ""claimed"""');
    expect(csv).toContain('"Summary, with a comma\nand a line"');
  });
});

describe('GeoJSON and JSON', () => {
  it('put one point per event at its base, with the same properties as the CSV', () => {
    const geojson = dataGeoJson(records, at);
    expect(geojson.features.map((f) => f.geometry.coordinates)).toEqual([
      [44.3, 36.5],
      [42.4412, 33.7857],
    ]);
    expect(geojson.features.map((f) => f.properties)).toEqual(dataRows(records, at));
  });

  it('keep the full records, with ids for references and the sources they cite', () => {
    const json = dataJson(records, at);
    expect(json.licence.name).toBe('CC BY 4.0');
    const drones = json.attacks[1] as Record<string, unknown>;
    expect(drones).toMatchObject({
      slug: '2023-10-21-test-base-drones',
      status: 'disputed',
      when: { precision: 'day', date: '2023-10-21' },
      site: { id: 'test-base', position: { precision: 'exact', source: 'wire' } },
      claims: [{ actor: 'group', source: 'paper' }],
      start_utc: '2023-10-20T21:00:00Z',
    });
    expect(json.attacks[0]).toMatchObject({
      updated: '2023-10-25',
      corrections: [{ date: '2023-10-25', note: { en: 'The time was corrected.' } }],
    });
    expect(Object.keys(json.sources).sort()).toEqual(['paper', 'statement', 'wire']);
    expect(Object.keys(json.actors)).toEqual(['group']);
  });

  it('say plainly when a source headline is not known: a description, and no title', () => {
    const { sources } = dataJson(records, at) as { sources: Record<string, Record<string, unknown>> };
    expect(sources.statement).toMatchObject({ description: { en: 'Statement on the rockets' } });
    expect(sources.statement).not.toHaveProperty('title');
    expect(sources.wire).toMatchObject({ title: 'A test dispatch' });
    expect(sources.wire).not.toHaveProperty('description');
  });
});

describe('columns per language', () => {
  it('are today\'s for French and English: one title and URL column each, English notes', () => {
    expect(csvColumns(records.settings)).toEqual([
      'slug', 'event_date', 'time_precision', 'when_local', 'start_utc', 'end_utc', 'status',
      'title_fr', 'title_en', 'notes', 'notes_fr', 'country', 'admin1', 'location', 'site_id',
      'latitude', 'longitude', 'geo_precision', 'weapons', 'fatalities', 'injured', 'claimed_by',
      'source', 'source_urls', 'url_fr', 'url_en', 'updated',
    ]);
    expect(Object.keys(dataRows(records, at)[0]!)).toEqual(csvColumns(records.settings));
  });

  it('follow a story published in English only', () => {
    const english = testRecordSet(['en']);
    const columns = csvColumns(english.settings);
    expect(columns.filter((c) => /_(fr|en)$/.test(c))).toEqual(['title_en', 'url_en']);
    const [, drones] = dataRows(english, at) as [DataRow, DataRow];
    expect(Object.keys(drones)).toEqual(columns);
    expect(drones).toMatchObject({ title_en: 'Drones, "claimed"', notes: 'Summary, with a comma\nand a line', location: 'Test base' });
    const json = dataJson(english, at);
    expect(Object.keys(json.homepage)).toEqual(['en']);
    expect(json.attacks[1]).toMatchObject({ urls: { en: 'https://news.example.org/graphics/iraq/en/events/2023-10-21-test-base-drones/' } });
  });
});
