/** The export formats `newsgraph export --format` accepts, and what each writes. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson', 'gkg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_DESCRIPTIONS: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'one record per line, as stored (the same lines as extract)',
  csv: 'a folder of CSV tables: articles, entities, mentions, quotes, dates, amounts',
  geojson: 'a FeatureCollection with one Point per place mentioned in the corpus',
  gkg: 'GDELT GKG 2.1 tab-separated lines (27 columns, no header)',
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
