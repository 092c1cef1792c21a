import { describe, expect, it } from 'vitest';
import { testRecordSet } from '../fixtures/record-set';
import { dictionaries } from './index';

describe('story dictionaries', () => {
  const { dictionaries: story } = testRecordSet();

  it("hold the story's own words from its settings, in each language", () => {
    expect(story.fr.siteName).toBe('Site de test');
    expect(story.en.kicker).toBe('Test · October 2023');
    expect(story.en.statusExplained['false-alarm']).toBe('A test false alarm.');
  });
  it("name the records' clock and every source clock", () => {
    expect(story.en.recordZoneName).toBe('test time');
    expect(story.fr.timeZoneName).toEqual({ 'Asia/Baghdad': 'heure de test', 'America/New_York': 'heure de New York' });
  });
  it("keep the interface's words, which say the story's in their templates", () => {
    expect(story.en.play).toBe(dictionaries.en.play);
    expect(story.en.timelineLabel(story.en.recordZoneName)).toBe('Time shown (test time)');
    expect(story.fr.mapDescription(story.fr.mapName, 2, 3)).toMatch(/^Carte de la région de test montrant 2 bases/);
  });
});
