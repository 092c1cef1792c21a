/** The Atom feed of events, one per language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../lib/feed';
import type { Lang } from '../../lib/schema';
import { loadRecordSet, storyLanguages } from '../../load-records';

export const getStaticPaths = (async () => (await storyLanguages()).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(atomFeed(await loadRecordSet(), params.lang as Lang, { address: site!, base: import.meta.env.BASE_URL }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
