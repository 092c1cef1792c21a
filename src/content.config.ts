import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, attackSchema, placeSchema, siteSchema, waterSchema, sourceSchema, storySchema, type RefFactory } from './lib/schema';

// Records live at the top of the repository so editors never need to open src/.
// CONTENT_DIR points the build at another tree (e.g. synthetic records for load tests).
const contentDir = process.env.CONTENT_DIR ?? 'content';
const yamlIn = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/${folder}` });

const ref = reference as unknown as RefFactory;

export const collections = {
  story: defineCollection({ loader: yamlIn('story'), schema: storySchema }),
  sites: defineCollection({ loader: yamlIn('sites'), schema: siteSchema(ref) }),
  sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
  actors: defineCollection({ loader: yamlIn('actors'), schema: actorSchema }),
  attacks: defineCollection({ loader: yamlIn('attacks'), schema: attackSchema(ref) }),
  places: defineCollection({ loader: yamlIn('places'), schema: placeSchema }),
  water: defineCollection({ loader: yamlIn('water'), schema: waterSchema }),
};
