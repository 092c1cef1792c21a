import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { collectionNames } from '../schema';
import type { ContentFile } from './check';

/** Every record file under `contentDir`, as the checker wants them. Missing folders are empty. */
export async function readContentFiles(contentDir: string, root = process.cwd()): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of collectionNames) {
    const folder = resolve(root, contentDir, collection);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const path = join(folder, name);
      files.push({ collection, path: relative(root, path), text: await readFile(path, 'utf8') });
    }
  }
  return files;
}
