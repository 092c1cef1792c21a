import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readStorySettings, recordFileGlobs } from './lib/records/read-content';
import { recordSchemas, settingsSchema, type RefFactory } from './lib/schema';

// Records live at the top of the repository so editors never need to open src/.
// CONTENT_DIR points the build at another tree (e.g. synthetic records for load tests).
const contentDir = process.env.CONTENT_DIR ?? 'content';
// The same files as `npm run check` reads: editors' leftovers (._x.yaml, .#x.yaml, x.yaml~,
// dangling symlinks) are left out.
const yamlIn = (folder: string) =>
  glob({ pattern: recordFileGlobs(`${contentDir}/${folder}`), base: `${contentDir}/${folder}` });

const ref = reference as unknown as RefFactory;
// The records' texts are required in the story's languages. The content-check integration has
// validated the settings file before this runs.
const schemas = recordSchemas(readStorySettings(contentDir), ref);

export const collections = {
  // explorer.yaml (headline) and settings.yaml (address, span, region, languages); the checker has already
  // matched each file to its schema, by name.
  story: defineCollection({ loader: yamlIn('story'), schema: z.union([schemas.story, settingsSchema]) }),
  sites: defineCollection({ loader: yamlIn('sites'), schema: schemas.sites }),
  sources: defineCollection({ loader: yamlIn('sources'), schema: schemas.sources }),
  actors: defineCollection({ loader: yamlIn('actors'), schema: schemas.actors }),
  weapons: defineCollection({ loader: yamlIn('weapons'), schema: schemas.weapons }),
  events: defineCollection({ loader: yamlIn('events'), schema: schemas.events }),
  places: defineCollection({ loader: yamlIn('places'), schema: schemas.places }),
  water: defineCollection({ loader: yamlIn('water'), schema: schemas.water }),
};
