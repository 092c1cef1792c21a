/**
 * JSON-LD for an event page: an Article about an Event, citing its sources. It claims no more
 * than the page: dates only as precise as known (a range has no start date, only its
 * coverage), the status and both precisions stated, and no publication date we do not have.
 */
import { citedSourceIds } from './cited-sources';
import { whenLocal, type PublishContext } from './data-export';
import { machineReadable } from './format';
import { absoluteUrl, eventPath, explorerPath } from './permalinks';
import type { EventRecord, RecordSet } from './records';
import type { Lang } from './schema';

const property = (propertyID: string, name: string, value: string, description: string) => ({
  '@type': 'PropertyValue',
  propertyID,
  name,
  value,
  description,
});

export function eventJsonLd(record: EventRecord, records: RecordSet, lang: Lang, at: PublishContext & { image?: string }) {
  const dict = records.dictionaries[lang];
  const { event, site, interval } = record;
  const { when } = event;
  const { position } = site.data;
  const url = absoluteUrl(at.address, eventPath(at.base, lang, record.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: event.title[lang],
    description: event.summary[lang],
    inLanguage: dict.htmlLang,
    url,
    mainEntityOfPage: url,
    ...(at.image && { image: at.image }),
    ...(event.updated && { dateModified: event.updated }),
    temporalCoverage: whenLocal(record),
    isPartOf: { '@type': 'WebSite', name: dict.siteName, url: absoluteUrl(at.address, explorerPath(at.base, lang)) },
    about: {
      '@type': 'Event',
      name: event.title[lang],
      description: event.summary[lang],
      ...(when.precision !== 'range' && { startDate: machineReadable(when, interval.start) }),
      location: {
        '@type': 'Place',
        name: site.data.name[lang],
        address: { '@type': 'PostalAddress', addressRegion: site.data.region[lang], addressCountry: records.settings.country },
        geo: { '@type': 'GeoCoordinates', latitude: position.lat, longitude: position.lon },
      },
      additionalProperty: [
        property('status', dict.headings.status, event.status, dict.statusExplained[event.status]),
        property('timePrecision', dict.headings.when, when.precision, dict.precision[when.precision]),
        property('geoPrecision', dict.headings.where, position.precision, dict.coordinates[position.precision]),
      ],
    },
    citation: citedSourceIds(event).map((id) => {
      const source = records.sourceById.get(id)!;
      return {
        '@type': 'CreativeWork',
        // A headline only when it is the one published; otherwise our description of the document.
        ...(source.title !== undefined ? { name: source.title } : { description: source.description![lang] }),
        publisher: { '@type': 'Organization', name: source.publisher },
        ...(source.via && { sourceOrganization: { '@type': 'Organization', name: source.via } }),
        ...(source.url && { url: source.url }),
        ...(source.date && { datePublished: source.date }),
        inLanguage: source.language,
      };
    }),
  };
}

/** The JSON for a `<script type="application/ld+json">`, with `<` escaped so text cannot end it. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
