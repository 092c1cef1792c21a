import { describe, expect, it } from 'vitest';
import { atomFeed, entryPublished, entryUpdated } from './feed';
import { testRecordSet } from './fixtures/record-set';

const records = testRecordSet();
const at = { address: 'https://news.example.org', base: '/graphics/iraq/' };

describe('Atom feed', () => {
  it('dates an entry by the latest report it cites, or by its own day', () => {
    const [rockets, drones] = records.eventRecords;
    expect(entryPublished(drones!, records)).toBe('2023-10-22T00:00:00Z');
    expect(entryUpdated(drones!, records)).toBe('2023-10-22T00:00:00Z');
    expect(entryPublished(rockets!, records)).toBe('2023-10-21T00:00:00Z');
  });

  it('marks a corrected entry: updated on its correction day, titled so, the correction told', () => {
    const [rockets] = records.eventRecords;
    expect(entryUpdated(rockets!, records)).toBe('2023-10-25T00:00:00Z');
    const entry = atomFeed(records, 'en', at).split('<entry>')[2]!;
    expect(entry).toContain('<title type="text">Rockets (updated)</title>');
    expect(entry).toContain('<published>2023-10-21T00:00:00Z</published>');
    expect(entry).toContain('<updated>2023-10-25T00:00:00Z</updated>');
    expect(entry).toContain('Correction (Wednesday 25 October 2023): The time was corrected.');
    expect(atomFeed(records, 'fr', at)).toContain('<title type="text">Roquettes (mis à jour)</title>');
  });

  it('lists every event, newest first, with absolute links under the base path', () => {
    const xml = atomFeed(records, 'en', at);
    const ids = [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'https://news.example.org/graphics/iraq/en/events/2023-10-21-test-base-drones/',
      'https://news.example.org/graphics/iraq/en/events/2023-10-18-other-base-rockets/',
    ]);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://news.example.org/graphics/iraq/en/feed.xml"/>');
    expect(xml).toContain('<updated>2023-10-25T00:00:00Z</updated>');
  });

  it('escapes record text and says the status and the date as precisely as known', () => {
    const xml = atomFeed(records, 'en', at);
    expect(xml).toContain('<title type="text">Drones, &quot;claimed&quot;</title>');
    expect(xml).toContain('<category term="disputed" label="Disputed"/>');
    expect(xml).toContain('Saturday 21 October 2023, Test base. Disputed.');
  });
});
