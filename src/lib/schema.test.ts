import { describe, expect, it } from 'vitest';
import { ref } from './fixtures/record-set';
import { attackSchema } from './schema';

const minimal = {
  slug: '2023-10-22-test',
  title: { fr: 'Titre', en: 'Title' },
  summary: { fr: 'Résumé', en: 'Summary' },
  when: { precision: 'day', date: '2023-10-22' },
  site: 'test-base',
  status: 'unconfirmed',
  accounts: [{ source: 'wire', attribution: { fr: 'Un officiel', en: 'An official' }, says: { fr: 'Oui', en: 'Yes' } }],
};

describe('attackSchema', () => {
  it('reads a field left blank as not reported, the same as a missing one', () => {
    const blank = attackSchema(ref).parse({
      ...minimal,
      outcome: { fr: '', en: '' },
      damage: null,
      researchId: '',
      casualties: { killed: null, injured: null, note: { fr: ' ', en: '' } },
    });
    const missing = attackSchema(ref).parse(minimal);
    expect(blank).toEqual(missing);
    expect(blank.outcome).toBeUndefined();
    expect(blank.corrections).toEqual([]);
  });

  it('keeps corrections with the update date', () => {
    const corrected = attackSchema(ref).parse({
      ...minimal,
      updated: '2023-10-25',
      corrections: [{ date: '2023-10-25', note: { fr: 'Date corrigée.', en: 'Date corrected.' } }],
    });
    expect(corrected.updated).toBe('2023-10-25');
    expect(corrected.corrections[0]?.note.en).toBe('Date corrected.');
  });
});
