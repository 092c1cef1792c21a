/** The explorer's Open Graph card in each language, a 1200×630 PNG rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toReferencePlace } from '../../lib/geo/places';
import { explorerOgCard } from '../../lib/og/explorer-card';
import { renderOgCard } from '../../lib/og/render';
import type { Lang } from '../../lib/schema';
import { loadRecordSet, storyLanguages } from '../../load-records';

export const getStaticPaths = (async () => (await storyLanguages()).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const places = (await getCollection('places')).map(toReferencePlace);
  const records = await loadRecordSet();
  const png = await renderOgCard(explorerOgCard(records, lang, places), lang, records.settings);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
