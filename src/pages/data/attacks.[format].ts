/** The data set for download, in each format, from the same records as the pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv';
import { csvColumns, dataGeoJson, dataJson, dataRows, type PublishContext } from '../../lib/data-export';
import { dataFormats, type DataFormat } from '../../lib/permalinks';
import type { RecordSet } from '../../lib/records';
import { loadRecordSet } from '../../load-records';

export const getStaticPaths = (() => dataFormats.map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

const formats: Record<DataFormat, { type: string; body: (records: RecordSet, at: PublishContext) => string }> = {
  json: { type: 'application/json', body: (records, at) => JSON.stringify(dataJson(records, at), null, 2) },
  geojson: { type: 'application/geo+json', body: (records, at) => JSON.stringify(dataGeoJson(records, at)) },
  csv: { type: 'text/csv; charset=utf-8; header=present', body: (records, at) => toCsv(csvColumns(records.settings), dataRows(records, at)) },
};

export const GET: APIRoute = async ({ params, site }) => {
  const format = formats[params.format as DataFormat];
  const body = format.body(await loadRecordSet(), { address: site!, base: import.meta.env.BASE_URL });
  return new Response(body, { headers: { 'Content-Type': format.type } });
};
