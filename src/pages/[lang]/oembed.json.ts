/** oEmbed for the explorer: a static `rich` answer per language, found through the page's discovery link. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedHeight, oembedRich } from '../../lib/embed-code';
import { absoluteUrl, embedFramePath, explorerPath } from '../../lib/permalinks';
import type { Lang } from '../../lib/schema';
import { loadRecordSet, storyLanguages } from '../../load-records';

export const getStaticPaths = (async () => (await storyLanguages()).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const base = import.meta.env.BASE_URL;
  const { story, dictionaries } = await loadRecordSet();
  const dict = dictionaries[lang];
  const answer = oembedRich({
    title: story.title[lang],
    frameTitle: story.title[lang],
    providerName: dict.siteName,
    providerUrl: absoluteUrl(site!, explorerPath(base, lang)),
    src: absoluteUrl(site!, embedFramePath(base, lang)),
    height: embedHeight({ list: false, event: false }),
  });
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json+oembed' } });
};
