import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { recordFileGlobs } from './lib/records/read-content';
import { actorSchema, attackSchema, placeSchema, settingsSchema, siteSchema, sourceSchema, storySchema, waterSchema, type RefFactory } from './lib/schema';

// Records live at the top of the repository so editors never need to open src/.
// CONTENT_DIR points the build at another tree (e.g. synthetic records for load tests).
const contentDir = process.env.CONTENT_DIR ?? 'content';
// The same files as `npm run check` reads: editors' leftovers (._x.yaml, .#x.yaml, x.yaml~,
// dangling symlinks) are left out.
const yamlIn = (folder: string) =>
  glob({ pattern: recordFileGlobs(`${contentDir}/${folder}`), base: `${contentDir}/${folder}` });

const ref = reference as unknown as RefFactory;

export const collections = {
  // explorer.yaml (headline) and settings.yaml (address, span, region); the checker has already
  // matched each file to its schema, by name.
  story: defineCollection({ loader: yamlIn('story'), schema: z.union([storySchema, settingsSchema]) }),
  sites: defineCollection({ loader: yamlIn('sites'), schema: siteSchema(ref) }),
  sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
  actors: defineCollection({ loader: yamlIn('actors'), schema: actorSchema }),
  attacks: defineCollection({ loader: yamlIn('attacks'), schema: attackSchema(ref) }),
  places: defineCollection({ loader: yamlIn('places'), schema: placeSchema }),
  water: defineCollection({ loader: yamlIn('water'), schema: waterSchema }),
};
