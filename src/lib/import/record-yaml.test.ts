import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedPaths, newRecordText, updateRecordText, type FieldAssignment } from './record-yaml';

/** A hand-written record: comments, hand-wrapped text, a second account, a quote, otherDates. */
const handWritten = `# Research row X1. A comment the import must keep.
slug: 2023-10-21-test-base-drones
researchId: X1
title:
  fr: Titre écrit à la main
  en: Hand-written title
summary:
  fr: >-
    Un résumé écrit à la main, replié à la main
    sur plusieurs lignes courtes.
  en: >-
    A hand-written summary, wrapped by hand
    over several short lines.
when:
  precision: day
  date: "2023-10-21"
  otherDates:
    - date: "2023-10-20"
      timeZone: America/New_York
      source: wire
site: test-base
status: disputed
damage:
  fr: Aucun dégât.
  en: No damage.
accounts:
  - source: wire
    attribution:
      fr: Une source
      en: A source
    says:
      fr: Elle dit ceci.
      en: It says this.
    quote:
      text: a quote to keep
      lang: en
  # The second account was added by hand.
  - source: other
    attribution:
      fr: Une autre source
      en: Another source
    says:
      fr: >-
        Un texte replié
        à la main.
      en: >-
        A text wrapped
        by hand.
`;

/** What a spreadsheet row for that record gives, unchanged. */
const sameAsFile: FieldAssignment[] = [
  { path: ['slug'], value: '2023-10-21-test-base-drones' },
  { path: ['researchId'], value: 'X1' },
  { path: ['title'], value: { fr: 'Titre écrit à la main', en: 'Hand-written title' } },
  {
    path: ['summary'],
    value: {
      fr: 'Un résumé écrit à la main, replié à la main sur plusieurs lignes courtes.',
      en: 'A hand-written summary, wrapped by hand over several short lines.',
    },
  },
  {
    path: ['when'],
    value: { precision: 'day', date: '2023-10-21' },
    owns: ['precision', 'at', 'date', 'from', 'to'],
  },
  { path: ['site'], value: 'test-base' },
  { path: ['status'], value: 'disputed' },
  { path: ['damage'], value: { fr: 'Aucun dégât.', en: 'No damage.' } },
  {
    path: ['accounts', 0],
    value: {
      source: 'wire',
      attribution: { fr: 'Une source', en: 'A source' },
      says: { fr: 'Elle dit ceci.', en: 'It says this.' },
    },
    owns: ['source', 'attribution', 'says'],
  },
];
const changed = (path: string, value: unknown, owns?: string[]) =>
  sameAsFile.map((f) => (f.path.join('.') === path ? { ...f, value, ...(owns ? { owns } : {}) } : f));

/** Lines of `after` that are not in `before` and the reverse: a poor man's diff. */
function lineDiff(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('newRecordText', () => {
  const text = newRecordText(
    [
      {
        path: ['accounts', 0],
        value: { source: 'wire', attribution: { fr: 'a', en: 'a' }, says: { fr: 's', en: 's' } },
      },
      { path: ['slug'], value: '2023-10-22-test-base-rockets' },
      { path: ['title'], value: { fr: 'Titre', en: 'Title' } },
      { path: ['summary'], value: { fr: 'x'.repeat(150), en: 'y' } },
      { path: ['when'], value: { precision: 'minute', at: '2023-10-22T21:30' } },
      { path: ['site'], value: 'test-base' },
      { path: ['status'], value: 'unconfirmed' },
      { path: ['outcome'], value: undefined },
      { path: ['weapons'], value: [{ kind: 'rocket', reports: [{ count: null, source: 'wire' }] }] },
    ],
    'Created by a test.',
  );

  it('writes the fields in schema order under the comment, leaving out cleared ones', () => {
    const keys = text
      .split('\n')
      .filter((l) => /^\w/.test(l))
      .map((l) => l.split(':')[0]);
    expect(text.startsWith('# Created by a test.\nslug: 2023-10-22-test-base-rockets\n')).toBe(true);
    expect(keys).toEqual(['slug', 'title', 'summary', 'when', 'site', 'status', 'weapons', 'accounts']);
  });

  it('quotes dates, folds long texts, keeps short ones on their line and writes null counts', () => {
    expect(text).toContain('  at: "2023-10-22T21:30"\n');
    expect(text).toContain('  fr: >-\n    xxxx');
    expect(text).toContain('  en: y\n');
    expect(text).toContain('      - count: null\n');
    expect(parse(text).summary.fr).toBe('x'.repeat(150));
  });
});

describe('updateRecordText', () => {
  it('leaves a record alone, byte for byte, when the row gives what it holds', () => {
    expect(updateRecordText(handWritten, sameAsFile)).toEqual({ text: handWritten, changes: [] });
  });

  it('changes only the changed lines, keeping comments, hand wrapping, other accounts and the quote', () => {
    const { text, changes } = updateRecordText(
      handWritten,
      changed('title', { fr: 'Titre écrit à la main', en: 'New title' }),
    );
    expect(changes).toEqual(['title.en']);
    expect(lineDiff(handWritten, text)).toEqual({
      removed: ['  en: Hand-written title'],
      added: ['  en: New title'],
    });
  });

  it('rewrites a changed first account but not the accounts after it', () => {
    const account = {
      source: 'wire',
      attribution: { fr: 'Une source', en: 'A source' },
      says: { fr: 'Elle dit ceci.', en: 'It now says that.' },
    };
    const { text, changes } = updateRecordText(handWritten, changed('accounts.0', account));
    expect(changes).toEqual(['accounts[0].says.en']);
    expect(lineDiff(handWritten, text)).toEqual({
      removed: ['      en: It says this.'],
      added: ['      en: It now says that.'],
    });
    expect(parse(text).accounts[0].quote.text).toBe('a quote to keep');
  });

  it('adds a field where the schema puts it, and removes a cleared one', () => {
    const withOutcome = [
      ...changed('damage', undefined),
      { path: ['outcome'], value: { fr: 'Intercepté.', en: 'Intercepted.' } } as const,
    ];
    const { text, changes } = updateRecordText(handWritten, withOutcome);
    expect(changes).toEqual(['damage (removed)', 'outcome (added)']);
    const keys = text
      .split('\n')
      .filter((l) => /^\w/.test(l))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual([
      'slug',
      'researchId',
      'title',
      'summary',
      'when',
      'site',
      'status',
      'outcome',
      'accounts',
    ]);
    expect(text).toContain('# Research row X1. A comment the import must keep.\n');
    expect(text).toContain('  # The second account was added by hand.\n');
  });

  it('switches the precision, keeping the dates other sources give', () => {
    const when = { precision: 'minute', at: '2023-10-21T21:30' };
    const { text, changes } = updateRecordText(handWritten, changed('when', when));
    expect(changes).toEqual(['when.precision', 'when.date (removed)', 'when.at (added)']);
    expect(text).toContain('when:\n  precision: minute\n  at: "2023-10-21T21:30"\n  otherDates:\n');
    expect(parse(text).when.otherDates).toHaveLength(1);
  });

  it('quotes a date the file left unquoted (YAML would read it as a date)', () => {
    const unquoted = handWritten.replace('date: "2023-10-21"', 'date: 2023-10-21');
    const { text, changes } = updateRecordText(unquoted, sameAsFile);
    expect(changes).toEqual(['when.date']);
    expect(text).toBe(handWritten);
  });

  it('gives a record without accounts its first one', () => {
    const noAccounts = handWritten.slice(0, handWritten.indexOf('accounts:'));
    const { text } = updateRecordText(noAccounts, sameAsFile);
    expect(parse(text).accounts).toEqual([sameAsFile.at(-1)!.value]);
  });
});

describe('changedPaths', () => {
  it('names leaf fields, whole lists for weapons and claims, and added or removed fields', () => {
    expect(changedPaths({ a: { fr: 1, en: 2 }, b: 1 }, { a: { fr: 1, en: 3 }, c: 1 })).toEqual([
      'a.en',
      'b (removed)',
      'c (added)',
    ]);
    expect(changedPaths({ weapons: [{ kind: 'drone' }] }, { weapons: [{ kind: 'rocket' }] })).toEqual([
      'weapons',
    ]);
    expect(changedPaths({ accounts: [{ s: 1 }, { s: 2 }] }, { accounts: [{ s: 1 }, { s: 3 }] })).toEqual([
      'accounts[1].s',
    ]);
  });
});
