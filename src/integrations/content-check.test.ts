import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('building with malformed records', () => {
  it('fails before writing anything, naming every bad file and field', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bad-build-')), 'dist');
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: 'src/lib/records/fixtures/invalid' },
      encoding: 'utf8',
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('Invalid records, nothing was built.');
    expect(output).toMatch(/wrong-type\.yaml:\d+ +status:/);
    expect(output).toMatch(/unknown-refs\.yaml:\d+ +site: unknown sites id "test-bse"/);
    expect(output).toMatch(/far-away\.yaml:\d+ +position\.lat:/);
    expect(output).toMatch(/range-backwards\.yaml:\d+ +when\.to:/);
    expect(output).toMatch(/no-headline\.yaml:\d+ +title: missing: give the headline as published/);
    // Warnings are printed too, as `npm run check` prints them.
    expect(output).toMatch(/claimed-without-claims\.yaml:4 +title\.fr: the title says "revendiquée"/);
    expect(existsSync(outDir)).toBe(false);
  }, 60_000);
});
