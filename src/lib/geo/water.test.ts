import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../records/read-content';
import { testSchemas } from '../fixtures/record-set';
import { buildBasemap, type StoryGeography } from './basemap';
import { region, testGeography } from '../fixtures/geography';
import { waterLabels } from './water';

const files = (await readContentFiles('content')).filter((f) => f.collection === 'water');
const names = files.map((f) => ({ id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), ...testSchemas().water.parse(parse(f.text)) }));

describe('river and lake names', () => {
  const basemap = buildBasemap(testGeography);
  const labels = waterLabels(basemap, names);

  it('finds the Natural Earth feature of every name (Tigris, Euphrates, Tharthar, Razzaza; Habbaniyah is not in the 1:50m lakes)', () => {
    expect(labels.map((l) => l.id).sort()).toEqual(['euphrates', 'razzaza', 'tharthar', 'tigris']);
  });

  it('puts a river name on the river itself', () => {
    const tigris = labels.find((l) => l.id === 'tigris')!;
    const onLine = basemap.rivers.geometry.coordinates.some((line) => line.some(([lon, lat]) => lon === tigris.lon && lat === tigris.lat));
    expect(onLine).toBe(true);
  });

  it('leaves out a name with no feature nearby', () => {
    expect(waterLabels(basemap, [{ id: 'x', name: { fr: 'X', en: 'X' }, kind: 'lake', near: { lon: 39, lat: 37.5 } }])).toEqual([]);
  });
});

const secondTree = 'e2e/fixtures/second-story';
const secondFiles = await readContentFiles(secondTree);
const settings = parse(secondFiles.find((f) => f.path.endsWith('story/settings.yaml'))!.text) as StoryGeography;
const secondNames = secondFiles
  .filter((f) => f.collection === 'water')
  .map((f) => ({ id: f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), ...testSchemas(['en']).water.parse(parse(f.text)) }));

describe("the second fixture story's river (e2e/fixtures/second-story)", () => {
  it('finds a Natural Earth feature, inside the region, for every name', () => {
    const labels = waterLabels(buildBasemap({ region: settings.region, country: settings.country }), secondNames);
    expect(labels.map((l) => l.id).sort()).toEqual(secondNames.map((n) => n.id).sort());
    for (const l of labels) {
      expect(l.lon > settings.region.west && l.lon < settings.region.east, l.id).toBe(true);
      expect(l.lat > settings.region.south && l.lat < settings.region.north, l.id).toBe(true);
    }
  });
});
