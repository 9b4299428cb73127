/**
 * Quotations and quoted terms (annotator: quotes). See docs/record.md (Facts). Only the body
 * is read, so every quotation and term has layer "text"; the nested phrases (speaker mention, verb,
 * channel, date) index the same layer as the quotation that holds them.
 *
 * A quotation's span covers the quoted words inside the outer marks (the marks themselves are not
 * part of it). A quotation split around its attribution ("We will," she said, "not wait.") is two
 * pieces: the second names the first in `continues`. A quotation running over paragraphs is one
 * span, from the first paragraph's words to the last closing mark.
 */
import { z } from 'zod';
import { nestedSpan, spanFields } from './span.js';

const phraseSpan = (what: string) => nestedSpan('quotation', what);

export const QuoteSpeaker = z
  .object({
    name: z
      .string()
      .nullable()
      .describe('The speaker\'s name, without titles: the full name when the article gives it (a surname, role or pronoun is resolved to it), or null when unknown (then `role` may say who spoke).'),
    role: z
      .string()
      .nullable()
      .describe('The title or role written with the speaker ("Prime Minister", "the former president", "a spokesman for the ministry"), or null.'),
    entity: z
      .string()
      .nullable()
      .describe('Id of the person entity (in `entities`) the speaker is: the entity with a mention on the speaker\'s mention, else the one whose name or alias is the resolved `name` (a surname when only one person has it); null for organisations and unknown speakers.'),
    mention: phraseSpan('speaker mention')
      .nullable()
      .describe('Where the speaker is named in the attribution ("Medvedev", "he", "the minister"), or null when the speaker comes from another quotation.'),
    resolution: z
      .enum(['stated', 'surname', 'role', 'pronoun', 'previous-quote', 'repeated', 'context', 'unresolved'])
      .describe('How `name` was found: stated (written at the attribution), surname (completed from the full name used elsewhere), role (a role phrase resolved to a person), pronoun (he/she resolved), previous-quote (no attribution: the speaker of the previous quotation), repeated (no attribution: the words are repeated inside another, attributed quotation, as a pull quote or a subheading repeats them), context (no attribution at all: the person named last before the quotation in its paragraph, a guess), unresolved (no name found).'),
  })
  .describe('Who said it.');

export const QuoteVerb = phraseSpan('reporting verb')
  .extend({
    lemma: z.string().describe('The verb\'s base form: "say", "add", "tell", "write", "according to"...'),
  })
  .describe('The reporting verb of the attribution.');

export const Quote = z
  .object({
    ...spanFields,
    speaker: QuoteSpeaker.nullable().describe('The speaker, or null when no attribution was found.'),
    verb: QuoteVerb.nullable().describe('The reporting verb (said, added, told, according to...), or null when none was found.'),
    channel: phraseSpan('channel phrase')
      .nullable()
      .describe('Where it was said, when the attribution states it ("on X", "in a statement", "told reporters"), or null.'),
    date: phraseSpan('date phrase')
      .nullable()
      .describe('When it was said, as the date phrase of the attribution ("on Tuesday"), not normalised, or null.'),
    continues: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('For the second piece of a quotation split around its attribution: the index in `quotes` of the piece it continues; otherwise null.'),
    multiParagraph: z.boolean().describe('True when the quotation runs over a paragraph break (each new paragraph reopening the quotation).'),
  })
  .describe('A direct quotation with its speaker.');

export const TermKind = z.enum(['name', 'term', 'scare', 'title', 'other']);

export const Term = z
  .object({
    ...spanFields,
    kind: TermKind.describe('name: a name (known as the “Northern Territories”); term: a word used as a term (the so-called ‘X’); scare: scare quotes; title: the title of a work; other.'),
    cue: z.string().nullable().describe('The words before the quote marks that decided the kind ("known as", "so-called", "titled"), or null.'),
    insideQuote: z.boolean().describe('True when the quoted words sit inside a quotation (nested quote marks).'),
  })
  .describe('Quoted words that are not a quotation: a name, a term, a scare quote, a title.');

export type QuoteT = z.infer<typeof Quote>;
export type TermT = z.infer<typeof Term>;
export type QuoteSpeakerT = z.infer<typeof QuoteSpeaker>;
export type TermKindT = z.infer<typeof TermKind>;
