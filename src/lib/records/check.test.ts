import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, formatWarnings, reviewContent, type Problem } from './check';
import { missingHeadline } from '../schema';
import { readContentFiles } from './read-content';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const problemsIn = async (dir: string) => checkContent(await readContentFiles(dir, fixtures));
const find = (problems: Problem[], file: string, field: string) =>
  problems.filter((p) => p.file.endsWith(file) && p.field === field);

describe('checkContent on valid records', () => {
  it('finds no problem', async () => {
    expect(await problemsIn('valid')).toEqual([]);
  });

  it('takes a source described because its headline is not known, and an unclaimed title, without a warning', async () => {
    expect(reviewContent(await readContentFiles('valid', fixtures))).toEqual({ errors: [], warnings: [] });
  });

  it('asks for the explorer headline when its file is missing', async () => {
    const files = (await readContentFiles('valid', fixtures)).filter((f) => !f.path.endsWith('explorer.yaml'));
    expect(checkContent(files)).toEqual([
      {
        file: 'story/explorer.yaml',
        field: '',
        message: 'missing: the explorer needs its headline and standfirst (title, dek) in this file',
      },
    ]);
  });
});

describe('checkContent on invalid records', async () => {
  const problems = await problemsIn('invalid');

  it('reports every bad file in one run, and no other', () => {
    const files = new Set(problems.map((p) => p.file.replace(/^.*\//, '')));
    expect([...files].sort()).toEqual([
      'broken-yaml.yaml',
      'correction-unfinished.yaml',
      'duplicate.yaml',
      'far-away.yaml',
      'first-with-slug.yaml',
      'impossible-date.yaml',
      'markup.yaml',
      'misspelt.yaml',
      'no-headline.yaml',
      'not-a-day.yaml',
      'range-backwards.yaml',
      'script-link.yaml',
      'unknown-refs.yaml',
      'wrong-type.yaml',
    ]);
  });

  it('refuses a source with neither its headline nor a description saying the headline is unknown', () => {
    const [problem] = find(problems, 'no-headline.yaml', 'title');
    expect(problem?.message).toBe(missingHeadline);
    expect(problem?.line).toBe(2);
    expect(formatProblems(problems)).toMatch(/invalid\/sources\/no-headline\.yaml:2  title: missing: give the headline as published/);
  });

  it('names the field of a wrong type, with its line', () => {
    const [problem] = find(problems, 'wrong-type.yaml', 'status');
    expect(problem?.message).toBe('"3" is not one of confirmed, disputed, unconfirmed, false-alarm');
    expect(problem?.line).toBe(10);
  });

  it('refuses unknown references and suggests a near miss', () => {
    expect(find(problems, 'unknown-refs.yaml', 'site')[0]?.message).toBe(
      'unknown sites id "test-bse"; did you mean "test-base"?',
    );
    expect(find(problems, 'unknown-refs.yaml', 'claims[0].actor')[0]?.message).toBe('unknown actors id "nobody"');
  });

  it('refuses a slug used by two files, naming the other file in each', () => {
    expect(find(problems, 'duplicate.yaml', 'slug')[0]?.message).toMatch(
      /duplicate slug "2023-10-21-taken", also used by .*first-with-slug\.yaml/,
    );
    expect(find(problems, 'first-with-slug.yaml', 'slug')[0]?.message).toMatch(/also used by .*duplicate\.yaml/);
  });

  it('refuses a range that ends before it starts', () => {
    expect(find(problems, 'range-backwards.yaml', 'when.to')[0]?.message).toMatch(/must end after it starts/);
  });

  it('refuses an unquoted impossible date instead of letting YAML roll it over', () => {
    expect(find(problems, 'impossible-date.yaml', 'when.date')[0]?.message).toMatch(/date in quotes/);
  });

  it('refuses a quoted date that does not exist', () => {
    expect(find(problems, 'not-a-day.yaml', 'when.date')[0]?.message).toBe(
      '"2023-02-30" is not a real date in the form YYYY-MM-DD',
    );
  });

  it('refuses coordinates out of range', () => {
    expect(find(problems, 'far-away.yaml', 'position.lat')[0]?.message).toMatch(/less than or equal to 90/);
  });

  it('refuses a source link that is not http(s)', () => {
    expect(find(problems, 'script-link.yaml', 'url')[0]?.message).toMatch(/http/);
  });

  it('refuses HTML markup in record text, naming the field', () => {
    expect(find(problems, 'markup.yaml', 'title.fr')[0]?.message).toBe(
      'markup is not allowed in record text; write plain text (found "<script")',
    );
    expect(find(problems, 'markup.yaml', 'summary.en')[0]?.message).toMatch(/^markup is not allowed.*"<b"/);
    expect(find(problems, 'markup.yaml', 'accounts[0].says.fr')[0]?.message).toMatch(/^markup is not allowed.*"<img"/);
    // A lone "<" is not markup.
    expect(find(problems, 'markup.yaml', 'accounts[0].says.en')).toEqual([]);
    expect(problems.filter((p) => p.file.endsWith('markup.yaml'))).toHaveLength(3);
  });

  it('takes a blank optional field for "not reported", but checks a half-filled one', () => {
    expect(find(problems, 'correction-unfinished.yaml', 'outcome.en')[0]?.message).toBe('must not be empty');
  });

  it("refuses a correction dated after the record's update date", () => {
    expect(find(problems, 'correction-unfinished.yaml', 'updated')[0]?.message).toBe(
      'a corrected record needs updated: "2023-10-25" or later (its latest correction)',
    );
  });

  it('words misspellings for editors: what is wrong, what was expected, what was meant', () => {
    expect(find(problems, 'misspelt.yaml', 'status')[0]?.message).toBe(
      '"confimed" is not one of confirmed, disputed, unconfirmed, false-alarm; did you mean "confirmed"?',
    );
    expect(find(problems, 'misspelt.yaml', 'weapons[0].kind')[0]?.message).toMatch(/did you mean "drone"\?$/);
    expect(find(problems, 'misspelt.yaml', 'summary')[0]?.message).toBe('missing; expected object');
    expect(find(problems, 'misspelt.yaml', '')[0]?.message).toBe('unknown field(s) "sumary"; check the spelling');
  });

  it('reports YAML syntax errors with their line', () => {
    const [problem] = problems.filter((p) => p.file.endsWith('broken-yaml.yaml'));
    expect(problem?.message).toMatch(/^YAML syntax/);
    expect(problem?.line).toBeGreaterThan(0);
  });

  it('formats a report an editor can act on: file:line  field: message', () => {
    const report = formatProblems(problems);
    expect(report).toMatch(/^\d+ problem\(s\) in 14 record file\(s\):/);
    expect(report).toContain('invalid/events/wrong-type.yaml:10  status:');
  });
});

describe('warnings', async () => {
  const { errors, warnings } = reviewContent(await readContentFiles('invalid', fixtures));

  it('warns of a title that says "claimed" when no claim is recorded, in each language, with its line', () => {
    expect(warnings).toEqual([
      {
        file: expect.stringMatching(/events\/claimed-without-claims\.yaml$/),
        line: 4,
        field: 'title.fr',
        message:
          'the title says "revendiquée" but no claim is recorded: add it under claims (actor and source), or reword the title',
      },
      {
        file: expect.stringMatching(/events\/claimed-without-claims\.yaml$/),
        line: 5,
        field: 'title.en',
        message: 'the title says "Claimed" but no claim is recorded: add it under claims (actor and source), or reword the title',
      },
    ]);
  });

  it('keeps warnings out of the errors, so they stop neither the check nor the build', async () => {
    expect(errors.some((p) => p.file.endsWith('claimed-without-claims.yaml'))).toBe(false);
    expect(checkContent(await readContentFiles('invalid', fixtures))).toEqual(errors);
  });

  it('formats warnings like problems, saying they do not stop anything', () => {
    expect(formatWarnings(warnings)).toMatch(
      /^2 warning\(s\) in 1 record file\(s\) \(they do not stop the check or the build\):\n  .*claimed-without-claims\.yaml:4  title\.fr: the title says "revendiquée"/,
    );
  });
});

describe('checkContent: rules the build depends on', async () => {
  const valid = await readContentFiles('valid', fixtures);
  const replace = (name: string, edit: (text: string) => string) =>
    valid.map((f) => (f.path.endsWith(`/${name}`) ? { ...f, text: edit(f.text) } : f));
  const only = (files: typeof valid) => checkContent(files).map(({ file, field, message }) => ({ file, field, message }));

  it('refuses a file name that is not a lowercase slug, saying what to rename it to', () => {
    const source = valid.find((f) => f.path.endsWith('test-wire.yaml'))!;
    const problems = only([...valid, { ...source, path: 'valid/sources/AFP copy.yaml' }]);
    expect(problems).toContainEqual({
      file: 'valid/sources/AFP copy.yaml',
      field: '',
      message: 'the file name "AFP copy.yaml" is not a lowercase slug (letters a-z, digits, single hyphens); rename it "afp-copy.yaml" and cite it as "afp-copy"',
    });
  });

  it('refuses an alias that is another event\'s slug, or this one\'s', () => {
    const problems = only(replace('good.yaml', (t) => t.replace(/^slug: (.*)$/m, 'slug: $1\naliases: [2023-10-22-corrected, $1]')));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'aliases[0]: "2023-10-22-corrected" is the slug of another event (valid/events/corrected-with-blanks.yaml); two pages cannot share an address',
      expect.stringMatching(/^aliases\[1\]: ".*" is this event's own slug; an alias is a former slug$/),
    ]);
  });

  it('refuses a date outside the story\'s span', () => {
    const problems = only(replace('good.yaml', (t) => t.replace(/"2023-10-(\d\d)/, '"2032-10-$1')));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toMatch(/^when\.(at|date|from)$/);
    expect(problems[0]!.message).toMatch(
      /^2032-10-\d\d is outside the story's span \(2023-10-17 to 2023-10-31, set in valid\/story\/settings\.yaml\); a typo in the date\? If the story now covers that day, widen span there$/,
    );
  });

  it('refuses a site outside the story\'s region, and says when lat and lon look swapped', () => {
    const problems = only(replace('test-base.yaml', (t) => t.replace('lat: 33.78, lon: 42.44', 'lat: 42.44, lon: 33.78')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'valid/sites/test-base.yaml', field: 'position' });
    expect(problems[0]!.message).toMatch(/lies outside the story's region .*; latitude and longitude look swapped$/);
  });

  it('limits the length of titles, with the count and the limit', () => {
    const problems = only(replace('good.yaml', (t) => t.replace('fr: Titre', `fr: ${'A'.repeat(10_000)}`)));
    expect(problems).toEqual([
      expect.objectContaining({ field: 'title.fr', message: 'too long: 10,000 characters; at most 140 (the headline on pages, sharing cards and feeds)' }),
    ]);
  });

  it('refuses text with letters lost to a wrong encoding', () => {
    const problems = only(replace('good.yaml', (t) => t.replace('fr: Titre', 'fr: Attaque signal\uFFFDe')));
    expect(problems[0]?.message).toMatch(/^contains "\uFFFD", a letter lost to a wrong character encoding/);
  });

  it('asks for the story settings, and checks them', () => {
    expect(only(valid.filter((f) => !f.path.endsWith('settings.yaml')))).toEqual([
      { file: 'valid/story/settings.yaml', field: '', message: 'missing: the story settings (address, span, region) go in this file; docs/editing.md shows one' },
    ]);
    const problems = only(replace('settings.yaml', (t) => t.replace('https://graphics.example.org', 'http://localhost:4321')));
    expect(problems).toEqual([
      expect.objectContaining({ field: 'address', message: 'a local address cannot be published; leave it blank and set SITE for local builds' }),
    ]);
  });
});
