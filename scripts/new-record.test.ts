import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRecord, readNewArgs } from './new-record';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'new-record-'));
  await cp('content', join(root, 'content'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('writes the record under its slug and lists what is left to fill in', async () => {
    const { file, todo } = await newRecord({ site: 'ain-al-asad', date: '2023-10-22', weapons: ['rocket'] }, 'content', root);
    expect(file).toBe('content/events/2023-10-22-ain-al-asad-rockets.yaml');
    expect(await readFile(join(root, file), 'utf8')).toMatch(/^slug: 2023-10-22-ain-al-asad-rockets /);
    expect(todo.map((p) => p.field)).toContain('title.en');
  });

  it('refuses to overwrite a record, and leaves it as it was', async () => {
    const options = { site: 'ain-al-asad', date: '2023-10-22' };
    const { file } = await newRecord(options, 'content', root);
    await writeFile(join(root, file), 'edited by hand\n');
    await expect(newRecord(options, 'content', root)).rejects.toThrow(/already holds "2023-10-22-ain-al-asad-attack"/);
    expect(await readFile(join(root, file), 'utf8')).toBe('edited by hand\n');
  });

  it('refuses a slug another file already uses', async () => {
    await expect(
      newRecord({ site: 'ain-al-asad', date: '2023-10-21', weapons: ['drone'] }, 'content', root),
    ).rejects.toThrow('content/events/2023-10-21-ain-al-asad-drones.yaml already holds');
  });

  it('suggests the site an editor probably meant', async () => {
    await expect(newRecord({ site: 'ain-al-assad', date: '2023-10-22' }, 'content', root)).rejects.toThrow(
      '--site: no site "ain-al-assad" in content/sites/; did you mean "ain-al-asad"?',
    );
  });

  it('reads 9:30 as 09:30, as the import does', async () => {
    const { file } = await newRecord({ site: 'ain-al-asad', date: '2023-10-22', time: '9:30' }, 'content', root);
    expect(await readFile(join(root, file), 'utf8')).toContain('at: "2023-10-22T09:30"');
  });
});

describe('npm run new: the command line', () => {
  it('names an unknown option in one line, with the one meant', () => {
    expect(readNewArgs(['--', '--wepon', 'drone'])).toEqual({ error: 'Unknown option --wepon; did you mean --weapon?' });
  });

  it('says which option lacks its value', () => {
    expect(readNewArgs(['--site'])).toEqual({ error: 'Option --site needs a value' });
  });

  it('reads repeated weapons', () => {
    expect(readNewArgs(['--weapon', 'drone', '--weapon', 'rocket'])).toMatchObject({ values: { weapon: ['drone', 'rocket'] } });
  });
});
