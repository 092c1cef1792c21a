/**
 * The fixed vocabularies records use, kept apart from the zod schemas (src/lib/schema.ts) so
 * browser code can import them without shipping zod.
 */
export const timePrecisions = ['minute', 'hour', 'day', 'range'] as const;
export type TimePrecision = (typeof timePrecisions)[number];

/** Languages a source or a quote may be in (the site's own are listed in the story settings). */
export const sourceLanguages = ['fr', 'en', 'ar', 'de'] as const;
export type SourceLanguage = (typeof sourceLanguages)[number];

export const statuses = ['confirmed', 'disputed', 'unconfirmed', 'false-alarm'] as const;
export type Status = (typeof statuses)[number];
