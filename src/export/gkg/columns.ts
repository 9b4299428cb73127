/**
 * The 27 columns of a GDELT Global Knowledge Graph 2.1 record, in file order (GKG 2.1 codebook).
 * A GKG file has no header row: readers know the columns by position.
 */
export const GKG_COLUMNS = [
  'GKGRECORDID',
  'V2.1DATE',
  'V2SOURCECOLLECTIONIDENTIFIER',
  'V2SOURCECOMMONNAME',
  'V2DOCUMENTIDENTIFIER',
  'V1COUNTS',
  'V2.1COUNTS',
  'V1THEMES',
  'V2ENHANCEDTHEMES',
  'V1LOCATIONS',
  'V2ENHANCEDLOCATIONS',
  'V1PERSONS',
  'V2ENHANCEDPERSONS',
  'V1ORGANIZATIONS',
  'V2ENHANCEDORGANIZATIONS',
  'V1.5TONE',
  'V2.1ENHANCEDDATES',
  'V2GCAM',
  'V2.1SHARINGIMAGE',
  'V2.1RELATEDIMAGES',
  'V2.1SOCIALIMAGEEMBEDS',
  'V2.1SOCIALVIDEOEMBEDS',
  'V2.1QUOTATIONS',
  'V2.1ALLNAMES',
  'V2.1AMOUNTS',
  'V2.1TRANSLATIONINFO',
  'V2EXTRASXML',
] as const;

export type GkgColumn = (typeof GKG_COLUMNS)[number];

/** GKG's source collections: 1 is the open web (a URL identifies the document). */
export const COLLECTION_WEB = 1;
/** 2 is a citation-only document: the identifier is a textual citation, not a URL. */
export const COLLECTION_CITATION_ONLY = 2;
