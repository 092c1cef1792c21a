/**
 * Writes the YAML of imported records: new files in the schema's field order, and updates that
 * set only the fields the import owns. An update keeps every other field, every comment and
 * the exact text of everything it does not change, so a reviewer's diff shows only real edits.
 */
import { isDeepStrictEqual } from 'node:util';
import { z } from 'astro/zod';
import {
  Document,
  isMap,
  isNode,
  isPair,
  isSeq,
  parseDocument,
  visit,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { recordSchemas, schemaSettingsSchema, type RefFactory } from '../schema';

/** A field the import sets on a record. */
export interface FieldAssignment {
  /** A top-level field (`['title']`), or the first account (`['accounts', 0]`). */
  path: readonly [string] | readonly ['accounts', 0];
  /** The new value; `undefined` removes the field. */
  value: unknown;
  /** For a map: the keys the import controls. The others stay as they are. Default: all keys. */
  owns?: readonly string[];
}

/** Wide enough for most titles on one line, like the hand-written records. */
const toStringOptions = { lineWidth: 96 } as const;
/** Parsed the way the checker and Astro parse records, so unquoted dates read as dates. */
const parseRecord = (text: string) => parseDocument(text, { customTags: ['timestamp'] });

function objectKeys(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}
const anyRef: RefFactory = () => z.any() as never;

/** Key order for fields added to an existing map: the schema's, and the records' for `when`. */
const keyOrder: Record<string, readonly string[]> = {
  '': objectKeys(recordSchemas(schemaSettingsSchema.parse({}), anyRef).events),
  when: ['precision', 'at', 'date', 'from', 'to', 'timeZone', 'partOfDay', 'otherDates'],
  casualties: ['killed', 'injured', 'note'],
  accounts: ['source', 'attribution', 'says', 'quote'],
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const dateLike = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/**
 * Dates in quotes (YAML would read them as dates); texts too long for their line folded
 * (`>-`), as in the hand-written records.
 */
function styleScalars(doc: Document): void {
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      if (dateLike.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        return;
      }
      const depth = path.filter((n) => isMap(n) || isSeq(n)).length;
      const parent = path.at(-1);
      const label = isPair(parent) ? `${String(jsOf(doc, parent.key))}: ` : '- ';
      const width = 2 * (depth - 1) + label.length + node.value.length;
      if (width > toStringOptions.lineWidth && node.type !== 'BLOCK_LITERAL') node.type = 'BLOCK_FOLDED';
    },
  });
}

/** A new record file: the fields in schema order, after a comment saying where it came from. */
export function newRecordText(assignments: readonly FieldAssignment[], comment: string): string {
  const record: Record<string, unknown> = {};
  for (const { path, value } of assignments) {
    if (value === undefined) continue;
    if (path.length === 1) record[path[0]] = value;
    else record.accounts = [value];
  }
  const order = keyOrder['']!;
  const ordered = Object.fromEntries(
    Object.entries(record).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
  );
  return yamlText(ordered, comment);
}

/** A YAML file for `data`, keys in the given order, with a comment on top. */
export function yamlText(data: Record<string, unknown>, comment: string): string {
  const doc = new Document(data);
  // On the map, not the document: no blank line after it. "# " + line is the records' style.
  (doc.contents as YAMLMap).commentBefore = comment
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  styleScalars(doc);
  return doc.toString(toStringOptions);
}

const jsOf = (doc: Document, node: unknown): unknown => (isNode(node) ? node.toJS(doc) : node);

/** Puts `key` where the schema order says, or replaces it in place if it's there. */
function setInOrder(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  order: readonly string[],
): void {
  const node = doc.createNode(value);
  if (map.has(key)) {
    map.set(key, node);
    return;
  }
  const rank = order.indexOf(key);
  const index = map.items.findIndex((pair) => order.indexOf(String(jsOf(doc, pair.key))) > rank);
  const pair = doc.createPair(key, node);
  if (index < 0 || rank < 0) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}

/**
 * Sets `map[key]` to `value`, key by key when both are maps so untouched keys (and their
 * comments) stay; `owns` limits which keys of the value the import may change.
 */
function setField(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  order: readonly string[],
  owns?: readonly string[],
): void {
  const existing = map.get(key, true);
  if (value === undefined) {
    map.delete(key);
    return;
  }
  if (isDeepStrictEqual(jsOf(doc, existing), value)) return;
  if (isMap(existing) && isPlainObject(value)) {
    const keys = owns ?? [
      ...new Set([...existing.items.map((p) => String(jsOf(doc, p.key))), ...Object.keys(value)]),
    ];
    for (const k of keys) setField(doc, existing, k, value[k], keyOrder[key] ?? Object.keys(value));
    return;
  }
  setInOrder(doc, map, key, value, order);
}

function applyAssignment(doc: Document, top: YAMLMap, { path, value, owns }: FieldAssignment): void {
  if (path.length === 1) {
    setField(doc, top, path[0], value, keyOrder['']!, owns);
    return;
  }
  const accounts = top.get('accounts', true);
  const first = isSeq(accounts) ? accounts.items[0] : undefined;
  if (isSeq(accounts) && isMap(first) && isPlainObject(value)) {
    for (const k of owns ?? Object.keys(value)) setField(doc, first, k, value[k], keyOrder.accounts!);
  } else if (isSeq(accounts) && accounts.items.length > 0) {
    accounts.items[0] = doc.createNode(value);
  } else {
    setInOrder(doc, top, 'accounts', [value], keyOrder['']!);
  }
}

/** Dotted paths where two values differ, e.g. `title.en`, `weapons`, `damage (removed)`. */
export function changedPaths(before: unknown, after: unknown, path = ''): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  const at = (key: string | number) =>
    typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => {
      if (!(k in after)) return [`${at(k)} (removed)`];
      if (!(k in before)) return [`${at(k)} (added)`];
      return changedPaths(before[k], after[k], at(k));
    });
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    before.length === after.length &&
    path !== 'weapons' &&
    path !== 'claims'
  ) {
    return before.flatMap((item, i) => changedPaths(item, after[i], at(i)));
  }
  return [path];
}

/**
 * Applies the import's fields to an existing record. Returns the text unchanged (and no
 * changes) when the data would stay the same; a file that isn't a YAML map is left to the
 * checker to report.
 */
export function updateRecordText(
  text: string,
  assignments: readonly FieldAssignment[],
): { text: string; changes: string[] } {
  const doc = parseRecord(text);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, changes: [] };
  const before = doc.toJS();
  for (const assignment of assignments) applyAssignment(doc, doc.contents, assignment);
  const after = doc.toJS();
  const changes = changedPaths(before, after);
  if (changes.length === 0) return { text, changes };
  styleScalars(doc);
  return { text: keepUnchangedText(text, doc.toString(toStringOptions)), changes };
}

// ---------------------------------------------------------------------------------------------
// Keeping the original text of what did not change
//
// Re-serialising a whole record would rewrap every hand-wrapped paragraph. Instead the new text
// is stitched from the old one, item by item: an item whose data is unchanged keeps its old
// lines (comments included), a changed one takes its lines from the fresh serialisation.

interface Region {
  start: number;
  end: number;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** An item of a collection: a pair in a map, a node in a list. */
type Item = unknown;
const rangeOf = (node: unknown) => (isNode(node) ? node.range : undefined);
const itemStart = (item: Item): number | undefined =>
  isPair(item) ? rangeOf(item.key)?.[0] : rangeOf(item)?.[0];
const itemEnd = (item: Item): number | undefined =>
  isPair(item) ? (rangeOf(item.value) ?? rangeOf(item.key))?.[2] : rangeOf(item)?.[2];

/** The lines of each item of a block collection, with the comment lines just above it. */
function itemRegions(text: string, items: readonly Item[], outer: Region): Region[] | undefined {
  const starts: number[] = [];
  let floor = outer.start;
  for (const item of items) {
    const first = itemStart(item);
    const last = itemEnd(item);
    if (first === undefined || last === undefined) return undefined;
    let start = lineStart(text, first);
    while (start > floor) {
      const above = lineStart(text, start - 1);
      if (!/^\s*(#.*)?$/.test(text.slice(above, start - 1))) break;
      start = above;
    }
    starts.push(start);
    floor = lineEnd(text, last);
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? outer.end }));
}

type Collection = YAMLMap | YAMLSeq;
const isBlockCollection = (node: unknown): node is Collection =>
  (isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0;

/** Where each item of a collection is found: by key in a map, by position in a list. */
function counterpart(
  old: { doc: Document; node: Collection },
  fresh: { doc: Document; node: Collection },
  index: number,
): number {
  if (isSeq(old.node)) return index < old.node.items.length ? index : -1;
  const key = jsOf(fresh.doc, (fresh.node.items[index] as Pair).key);
  return old.node.items.findIndex((pair) => isDeepStrictEqual(jsOf(old.doc, pair.key), key));
}

const valueOf = (item: Item): unknown => (isPair(item) ? item.value : item);

interface Side {
  doc: Document;
  text: string;
  node: Collection;
  region: Region;
}

function merge(old: Side, fresh: Side): string | undefined {
  const oldRegions = itemRegions(old.text, old.node.items, old.region);
  const freshRegions = itemRegions(fresh.text, fresh.node.items, fresh.region);
  if (!oldRegions || !freshRegions) return undefined;

  let out = old.text.slice(old.region.start, oldRegions[0]!.start);
  for (const [i, item] of fresh.node.items.entries()) {
    const freshRegion = freshRegions[i]!;
    const oldIndex = counterpart(old, fresh, i);
    const oldItem = old.node.items[oldIndex];
    if (oldItem === undefined || isMap(old.node) !== isMap(fresh.node)) {
      out += fresh.text.slice(freshRegion.start, freshRegion.end);
      continue;
    }
    const oldRegion = oldRegions[oldIndex]!;
    const oldValue = valueOf(oldItem);
    const freshValue = valueOf(item);
    if (isDeepStrictEqual(jsOf(old.doc, oldValue), jsOf(fresh.doc, freshValue))) {
      out += old.text.slice(oldRegion.start, oldRegion.end);
    } else if (
      isBlockCollection(oldValue) &&
      isBlockCollection(freshValue) &&
      isMap(oldValue) === isMap(freshValue)
    ) {
      const inner = merge(
        { ...old, node: oldValue, region: oldRegion },
        { ...fresh, node: freshValue, region: freshRegion },
      );
      if (inner === undefined) return undefined;
      out += inner;
    } else {
      out += fresh.text.slice(freshRegion.start, freshRegion.end);
    }
  }
  return out;
}

/** The fresh text, but with the old text kept wherever the data is unchanged. */
function keepUnchangedText(oldText: string, freshText: string): string {
  const oldDoc = parseRecord(oldText);
  const freshDoc = parseRecord(freshText);
  if (!isBlockCollection(oldDoc.contents) || !isBlockCollection(freshDoc.contents)) return freshText;
  const merged = merge(
    { doc: oldDoc, text: oldText, node: oldDoc.contents, region: { start: 0, end: oldText.length } },
    { doc: freshDoc, text: freshText, node: freshDoc.contents, region: { start: 0, end: freshText.length } },
  );
  if (merged === undefined) return freshText;
  // Stitching is a formatting nicety: if it ever yields other data, the fresh text is right.
  const check = parseRecord(merged);
  return check.errors.length === 0 && isDeepStrictEqual(check.toJS(), freshDoc.toJS()) ? merged : freshText;
}
