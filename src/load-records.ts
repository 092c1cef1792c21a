/** The one place pages read the content collections; everything after is pure `src/lib`. */
import { getCollection } from 'astro:content';
import { buildRecordSet, type RecordSet } from './lib/records';

let recordSet: Promise<RecordSet> | undefined;

export function loadRecordSet(): Promise<RecordSet> {
  recordSet ??= Promise.all([
    getCollection('attacks'),
    getCollection('sites'),
    getCollection('sources'),
    getCollection('actors'),
    getCollection('story'),
  ]).then(([attacks, sites, sources, actors, story]) => buildRecordSet({ attacks, sites, sources, actors, story }));
  return recordSet;
}
