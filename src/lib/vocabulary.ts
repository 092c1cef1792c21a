/**
 * The fixed vocabularies records use, kept apart from the zod schemas (src/lib/schema.ts) so
 * browser code can import them without shipping zod.
 */
export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];

export const timePrecisions = ['minute', 'hour', 'day', 'range'] as const;
export type TimePrecision = (typeof timePrecisions)[number];

/** Languages a source or a quote may be in (the site itself is in `languages`). */
export const sourceLanguages = ['fr', 'en', 'ar', 'de'] as const;

export const weaponKinds = ['drone', 'rocket'] as const;
export type WeaponKind = (typeof weaponKinds)[number];

export const statuses = ['confirmed', 'disputed', 'unconfirmed', 'false-alarm'] as const;
export type Status = (typeof statuses)[number];
