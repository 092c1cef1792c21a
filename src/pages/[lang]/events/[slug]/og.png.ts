/** The Open Graph card of each event, a 1200×630 PNG rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventOgCard } from '../../../../lib/og/event-card';
import { renderOgCard } from '../../../../lib/og/render';
import type { EventRecord } from '../../../../lib/records';
import type { Lang } from '../../../../lib/schema';
import { hasSharingPages } from '../../../../lib/sharing';
import { loadRecordSet } from '../../../../load-records';
import { getCollection } from 'astro:content';
import { toReferencePlace } from '../../../../lib/geo/places';

export const getStaticPaths = (async () => {
  const { eventRecords, settings } = await loadRecordSet();
  return settings.languages.flatMap((lang) =>
    eventRecords.filter(hasSharingPages).map((record) => ({ params: { lang, slug: record.slug }, props: { record } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: EventRecord }> = async ({ params, props }) => {
  const records = await loadRecordSet();
  const places = (await getCollection('places')).map(toReferencePlace);
  const png = await renderOgCard(eventOgCard(props.record, records, params.lang as Lang, places), params.lang as Lang, records.settings);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
