/**
 * The explorer's headline and standfirst as the records give them (content/story/explorer.yaml),
 * so tests check the page shows the story file, not a copy of its words that goes stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Localized = { fr: string; en: string };

export const story = parse(
  readFileSync(join(process.env.CONTENT_DIR ?? 'content', 'story', 'explorer.yaml'), 'utf8'),
) as { title: Localized; dek: Localized };

/** A value as the embed code writes it in a double-quoted HTML attribute. */
export const inAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
