import { describe, expect, it } from 'vitest';
import { testRecordSet } from './fixtures/record-set';
import { eventJsonLd, jsonLdScript } from './json-ld';

const records = testRecordSet();
const at = { address: 'https://news.example.org', base: '/', image: 'https://news.example.org/fr/events/x/og.png' };
const [rockets, drones] = records.eventRecords;

describe('event JSON-LD', () => {
  it('describes an article about the event, with its place and sources', () => {
    const ld = eventJsonLd(drones!, records, 'en', at);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'Drones, "claimed"',
      url: 'https://news.example.org/en/events/2023-10-21-test-base-drones/',
      image: at.image,
      about: { '@type': 'Event', location: { geo: { latitude: 33.7857, longitude: 42.4412 } } },
    });
    expect(ld.citation.map((c) => c.publisher.name)).toEqual(['Test Wire', 'Le Journal']);
    expect(ld.citation[1]).toMatchObject({ sourceOrganization: { name: 'AFP' }, datePublished: '2023-10-22' });
    expect(ld.citation[1]).not.toHaveProperty('url');
  });

  it('names a source by its headline only when the headline is known, and describes it otherwise', () => {
    const citation = eventJsonLd(rockets!, records, 'fr', at).citation;
    expect(citation.find((c) => c.publisher.name === 'Test Wire')).toMatchObject({ name: 'A test dispatch' });
    const described = citation.find((c) => c.publisher.name === 'Test Command');
    expect(described).toMatchObject({ description: 'Communiqué sur les roquettes' });
    expect(described).not.toHaveProperty('name');
  });

  it('gives a modification date only to a corrected record', () => {
    expect(eventJsonLd(rockets!, records, 'en', at).dateModified).toBe('2023-10-25');
    expect(eventJsonLd(drones!, records, 'en', at)).not.toHaveProperty('dateModified');
  });

  it('states the status and keeps dates only as precise as known', () => {
    const day = eventJsonLd(drones!, records, 'en', at);
    expect(day.about.startDate).toBe('2023-10-21');
    expect(day.about.additionalProperty.map((p) => [p.propertyID, p.value])).toEqual([
      ['status', 'disputed'],
      ['timePrecision', 'day'],
      ['geoPrecision', 'exact'],
    ]);
    expect(eventJsonLd(rockets!, records, 'fr', at).about.startDate).toBe('2023-10-18T12:18+03:00');
  });

  it('gives an uncertain date no start date, only its coverage', () => {
    const range = { ...drones!, event: { ...drones!.event, when: { ...drones!.event.when, precision: 'range' as const, from: '2023-10-19', to: '2023-10-20' } } };
    const ld = eventJsonLd(range, records, 'en', at);
    expect(ld.about).not.toHaveProperty('startDate');
    expect(ld.temporalCoverage).toBe('2023-10-19/2023-10-20');
  });

  it('cannot close its script element', () => {
    expect(jsonLdScript({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
