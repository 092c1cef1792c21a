/** oEmbed for each event: the explorer opened at it, with the event's card as thumbnail. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedHeight, oembedRich } from '../../../../lib/embed-code';
import { eventOgImage } from '../../../../lib/og/event-card';
import { absoluteUrl, embedFramePath, explorerPath } from '../../../../lib/permalinks';
import type { EventRecord } from '../../../../lib/records';
import type { Lang } from '../../../../lib/schema';
import { hasSharingPages } from '../../../../lib/sharing';
import { loadRecordSet } from '../../../../load-records';

export const getStaticPaths = (async () => {
  const { eventRecords, settings } = await loadRecordSet();
  return settings.languages.flatMap((lang) =>
    eventRecords.filter(hasSharingPages).map((record) => ({ params: { lang, slug: record.slug }, props: { record } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: EventRecord }> = async ({ params, props: { record }, site }) => {
  const lang = params.lang as Lang;
  const records = await loadRecordSet();
  const dict = records.dictionaries[lang];
  const base = import.meta.env.BASE_URL;
  const title = record.event.title[lang];
  // Several events embedded in one article each get their own iframe title, in its language.
  const answer = oembedRich({
    title,
    frameTitle: title,
    providerName: dict.siteName,
    providerUrl: absoluteUrl(site!, explorerPath(base, lang)),
    src: absoluteUrl(site!, embedFramePath(base, lang, { event: record.slug })),
    height: embedHeight({ list: false, event: true }),
    thumbnail: eventOgImage(record, records, lang, site!, base),
  });
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json+oembed' } });
};
