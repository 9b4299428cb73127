/**
 * The annotator contract. An annotator reads the record (its clean text, metadata and the facts of
 * the annotators before it) and returns its own facts; it never mutates the record. The pipeline
 * assigns what it returns, in the order of the list in src/pipeline.ts.
 */
import type { ArticleRecord } from '../record/schema.js';

/** The record fields annotators fill. */
export type FactField = 'entities' | 'dates' | 'quotes' | 'terms' | 'amounts';

export type AnnotatorOutput = Partial<Pick<ArticleRecord, FactField>>;

export interface AnnotateContext {
  /**
   * The publication date (the record's `published.value`, ISO 8601) when known: the anchor for
   * relative expressions. Annotators never call `new Date()`.
   */
  readonly published: string | null;
}

export interface Annotator {
  /** Stable id, the prefix of every fact's `rule` (e.g. "dates" -> "dates/relative-month"). */
  readonly id: string;
  /** The record fields this annotator fills; it may return no others. */
  readonly fields: readonly FactField[];
  /** Ids of annotators whose facts this one reads; the pipeline checks they run earlier. */
  readonly requires?: readonly string[];
  run(record: Readonly<ArticleRecord>, context: AnnotateContext): AnnotatorOutput;
}
