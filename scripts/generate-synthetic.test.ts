import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkTree, projectRoot, writeSyntheticTree } from './generate-synthetic';

const tree = (count: number, seed?: number) =>
  writeSyntheticTree({ count, seed, out: join(mkdtempSync(join(tmpdir(), 'synthetic-')), 'tree') });
const attacksIn = (dir: string) =>
  readdirSync(join(dir, 'events'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, 'events', name), 'utf8') }));

describe('generate-synthetic', () => {
  it('writes a tree the project checker accepts', async () => {
    const dir = await tree(200);
    expect(await checkTree(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'sources'))).toContain('synthetic-generator.yaml');
    expect(readdirSync(join(dir, 'sites')).sort()).toEqual(readdirSync(join(projectRoot, 'content/sites')).sort());
  }, 30_000);

  it('is deterministic for a seed, and different for another', async () => {
    const [a, b, c] = await Promise.all([tree(50), tree(50), tree(50, 7)]);
    expect(attacksIn(a)).toEqual(attacksIn(b));
    expect(attacksIn(a)).not.toEqual(attacksIn(c));
  });

  it('marks records synthetic and mixes precisions, statuses and sites', async () => {
    const records = attacksIn(await tree(200)).map(({ name, text }) => ({ name, data: parse(text) }));
    expect(records[0]!.name).toBe('synthetic-00001.yaml');
    expect(records.every(({ data }) => data.synthetic === true && data.title.en.startsWith('[Synthetic]'))).toBe(true);
    expect(records.every(({ data }) => data.title.fr.startsWith('[Synthétique]'))).toBe(true);
    const kinds = (f: (d: any) => string) => new Set(records.map(({ data }) => f(data)));
    expect(kinds((d) => d.when.precision)).toEqual(new Set(['minute', 'hour', 'day', 'range']));
    expect(kinds((d) => d.status)).toEqual(new Set(['confirmed', 'disputed', 'unconfirmed', 'false-alarm']));
    expect(kinds((d) => d.site).size).toBe(readdirSync(join(projectRoot, 'content/sites')).length);
    // Every date stays a quoted string inside the real four days.
    const dates = records.flatMap(({ data }) => [data.when.at, data.when.date, data.when.from, data.when.to]);
    for (const date of dates.filter(Boolean)) expect(date).toMatch(/^2023-10-(18|19|20|21)/);
  });

  it('refuses to write inside content/', async () => {
    await expect(writeSyntheticTree({ count: 1, out: join(projectRoot, 'content/attacks') })).rejects.toThrow(/Refusing/);
    await expect(writeSyntheticTree({ count: 1, out: projectRoot })).rejects.toThrow(/Refusing/);
  });
});
