import { readdir, readFile, stat } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { collectionNames, schemaSettingsSchema, settingsSchema, SETTINGS_ID, type SchemaSettings, type StorySettings } from '../schema';
import { fileId, type ContentFile } from './check';
import type { SlugWeapon } from './slug';

/**
 * Files that editors' tools leave beside the records, never records themselves: macOS
 * resource forks (`._x.yaml`) and `.DS_Store`, Emacs lock files (`.#x.yaml`, often a dangling
 * symlink) and backups (`x.yaml~`), Vim swap files (`.x.yaml.swp`). Everything whose name starts
 * with a dot or ends with `~` is skipped; so is anything that is not a `.yaml`/`.yml` file and a
 * symlink that leads nowhere. The checker, the build (src/content.config.ts) and the import all
 * go through this, so they see the same files.
 */
export function isRecordFileName(name: string): boolean {
  return /\.ya?ml$/.test(name) && !name.startsWith('.') && !name.endsWith('~');
}

/** The glob loader's patterns for one folder: the record files, minus leftovers. */
export function recordFileGlobs(folder: string): string[] {
  // tinyglobby skips dot files on its own; dangling symlinks are listed by name to leave them out.
  const names = (() => {
    try {
      return readdirSync(folder);
    } catch {
      return [];
    }
  })();
  const dangling = names.filter((name) => isRecordFileName(name) && !existsAsFile(join(folder, name)));
  return ['*.{yaml,yml}', '!.*', '!*~', ...dangling.map((name) => `!${name}`)];
}

function existsAsFile(path: string): boolean {
  try {
    return statSync(path).isFile(); // follows symlinks: a dangling one throws
  } catch {
    return false;
  }
}

/** Every record file under `contentDir`, as the checker wants them. Missing folders are empty. */
export async function readContentFiles(contentDir: string, root = process.cwd()): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of collectionNames) {
    const folder = resolve(root, contentDir, collection);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter(isRecordFileName).sort()) {
      const path = join(folder, name);
      const isFile = await stat(path).then((s) => s.isFile(), () => false);
      if (!isFile) continue; // a dangling symlink or a folder named like a record
      files.push({ collection, path: relative(root, path), text: await readFile(path, 'utf8') });
    }
  }
  return files;
}

/**
 * The story settings (`story/settings.yaml`), read synchronously: Astro's content config and the
 * sitemap need them before any record is loaded. The checker has already reported what is wrong
 * in the file with its line; here a bad file only stops the build.
 */
export function readStorySettings(contentDir: string, root = process.cwd()): StorySettings {
  const path = resolve(root, contentDir, 'story', `${SETTINGS_ID}.yaml`);
  const result = settingsSchema.safeParse(parse(readFileSync(path, 'utf8'), { customTags: ['timestamp'] }));
  if (!result.success) throw new Error(`${relative(root, path)} is not valid; \`npm run check\` says why`);
  return result.data;
}


/**
 * What the record schemas need from the settings among `files` (the languages), for the tools
 * that write records; today's defaults when the file is missing or wrong (the checker says why).
 */
export function schemaSettingsIn(files: readonly ContentFile[]): SchemaSettings {
  const file = files.find((f) => f.collection === 'story' && fileId(f.path) === SETTINGS_ID);
  const read = (() => {
    try {
      return file ? parse(file.text, { customTags: ['timestamp'] }) : undefined;
    } catch {
      return undefined;
    }
  })();
  const result = schemaSettingsSchema.safeParse(read ?? {});
  return result.success ? result.data : schemaSettingsSchema.parse({});
}


/**
 * The weapon kinds among `files` (weapons/), by id, with their slug words, for the tools that
 * name new records. A file that cannot be read gives its id as its word (the checker says why).
 */
export function weaponsIn(files: readonly ContentFile[]): SlugWeapon[] {
  return files
    .filter((f) => f.collection === 'weapons')
    .map((file) => {
      const word = (() => {
        try {
          return (parse(file.text) as { slugWord?: unknown } | null)?.slugWord;
        } catch {
          return undefined;
        }
      })();
      return { id: fileId(file.path), slugWord: typeof word === 'string' && word ? word : fileId(file.path) };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
