/** The Atom feed of events (RFC 4287), one per language, newest event first. */
import { citedSourceIds } from './cited-sources';
import { DATA_LICENCE, type PublishContext } from './data-export';
import { formatDay, formatWhen } from './format';
import type { Dictionary } from './i18n';
import { absoluteUrl, eventPath, explorerPath, feedPath } from './permalinks';
import type { EventRecord, RecordSet } from './records';
import type { Lang } from './schema';
import { escapeXml } from './xml';

/**
 * When an entry was news: the latest report it cites, or with no dated source its own day.
 */
export function entryPublished(record: EventRecord, records: RecordSet): string {
  const { when } = record.event;
  const ownDay = when.precision === 'range' ? when.to : when.precision === 'day' ? when.date : when.at.slice(0, 10);
  const dates = citedSourceIds(record.event).flatMap((id) => records.sourceById.get(id)?.date ?? []);
  return `${[ownDay, ...dates].sort().at(-1)}T00:00:00Z`;
}

/** When an entry last changed: its latest correction, if any came after it was news. */
export function entryUpdated(record: EventRecord, records: RecordSet): string {
  const published = entryPublished(record, records);
  const { updated } = record.event;
  return updated && `${updated}T00:00:00Z` > published ? `${updated}T00:00:00Z` : published;
}

/** Corrections, newest first, as a sentence a feed reader shows under the summary. */
function correctionsText(record: EventRecord, lang: Lang, dict: Dictionary): string {
  return [...record.event.corrections]
    .reverse()
    .map((c) => ` ${dict.correction} (${formatDay(c.date, dict)})${dict.colon} ${c.note[lang]}`)
    .join('');
}

export function atomFeed(records: RecordSet, lang: Lang, at: PublishContext): string {
  const dict = records.dictionaries[lang];
  const url = (path: string) => escapeXml(absoluteUrl(at.address, path));
  const entries = [...records.eventRecords].reverse().map((record) => {
    const { event, site, slug } = record;
    const corrected = event.corrections.length > 0;
    const summary = `${formatWhen(event.when, dict)}, ${site.data.name[lang]}. ${dict.status[event.status]}. ${event.summary[lang]}${correctionsText(record, lang, dict)}`;
    const title = corrected ? `${event.title[lang]} (${dict.updatedMark})` : event.title[lang];
    const updated = entryUpdated(record, records);
    return {
      updated,
      xml: [
        '  <entry>',
        `    <id>${url(eventPath(at.base, lang, slug))}</id>`,
        `    <title type="text">${escapeXml(title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${url(eventPath(at.base, lang, slug))}"/>`,
        `    <published>${entryPublished(record, records)}</published>`,
        `    <updated>${updated}</updated>`,
        `    <category term="${event.status}" label="${escapeXml(dict.status[event.status])}"/>`,
        `    <summary type="text">${escapeXml(summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    };
  });
  const updated = entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${dict.htmlLang}">`,
    `  <id>${url(explorerPath(at.base, lang))}</id>`,
    `  <title type="text">${escapeXml(dict.siteName)}</title>`,
    `  <subtitle type="text">${escapeXml(records.story.title[lang])}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${url(feedPath(at.base, lang))}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(explorerPath(at.base, lang))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(dict.siteName)}</name><uri>${url(explorerPath(at.base, lang))}</uri></author>`,
    `  <rights type="text">${escapeXml(`${DATA_LICENCE.name}, ${DATA_LICENCE.url}`)}</rights>`,
    ...entries.map((e) => e.xml),
    '</feed>',
    '',
  ].join('\n');
}
