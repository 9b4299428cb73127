/**
 * A capitalised word and "of" (with "the") right before a name: "Governor of ", "Minister of the ".
 * Group 1 is the word, for the caller to test against its own titles (the quotes annotator's
 * honorifics, the entities annotator's title and role words). Read on the text just before a
 * capitalised run; the match ends at the run.
 */
export const TITLE_OF_BEFORE = /(?<!\p{L})(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u;
