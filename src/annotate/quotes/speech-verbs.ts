/**
 * Reporting verbs (said, added, told, wrote, according to...) from data/lexicons/speech-verbs.txt,
 * compiled once into one regular expression.
 *
 * A form is not taken as a reporting verb when the words before it show another use: a passive
 * ("can't be said by"), a noun after a determiner ("his comments", "the post"), or "continued to"
 * / "went on to" (a verb of going on, not of speaking); "continue" only when it hands over to the
 * quotation. An infinitive reports nothing ("declined to say"), a habit does ("used to say").
 */
import { escapeRegExp, readLexicon } from '../../nlp/lexicons.js';
import { isPersonRoleNoun } from './people.js';

export interface VerbHit {
  start: number;
  end: number;
  text: string;
  /** The verb's base form: "say", "tell", "according to". */
  lemma: string;
}

/** Reporters the speaker follows, never precedes: "according to the ministry", "in the words of the prosecutor". */
export const SPEAKER_FOLLOWS: ReadonlySet<string> = new Set(['according to', 'in the words of']);

/** True when the speaker of `verb` is named after it, never before ("according to X"). */
export function speakerFollows(verb: VerbHit): boolean {
  return SPEAKER_FOLLOWS.has(verb.lemma);
}

const LEMMA_OF = new Map<string, string>();
for (const line of readLexicon('speech-verbs.txt')) {
  if (SPEAKER_FOLLOWS.has(line)) {
    LEMMA_OF.set(line, line);
    continue;
  }
  const forms = splitForms(line);
  const lemma = forms[0] as string;
  for (const form of forms) LEMMA_OF.set(form, lemma);
}

/** "point out pointed out points out" -> ["point out", "pointed out", "points out"]: a particle stays with its verb. */
function splitForms(line: string): string[] {
  const words = line.split(/\s+/);
  const particle = words.length > 1 && words.length % 2 === 0 && words[1] === words[3] ? words[1] : null;
  if (particle === null) return words;
  const forms: string[] = [];
  for (let i = 0; i < words.length; i += 2) forms.push(`${words[i]} ${particle}`);
  return forms;
}

/** The lemma of a reporting verb's form ("declaring" -> "declare"), or undefined. */
export function speechLemma(form: string): string | undefined {
  return LEMMA_OF.get(form);
}

/** Longest forms first, so "pointed out" wins over a shorter prefix. */
const FORMS = [...LEMMA_OF.keys()].sort((a, b) => b.length - a.length);
const VERB_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FORMS.map(escapeRegExp).join('|')}|According to|In the words of)(?![\\p{L}\\p{N}])`, 'gu');

/** Words before a form that make it a passive: "be said", "was told", "is called". */
const PASSIVE_BEFORE = /\b(?:be|been|being|is|was|were|are|am|'s|’s|get|got)\s+(?:\w+ly\s+)?$/i;
const INFINITIVE_BEFORE = /\bto\s+$/i;
/** "used to say", "liked to say": a habit of saying is reporting, unlike "declined to say". */
const HABIT_BEFORE = /\b(?:used|liked|likes|loved|loves)\s+to\s+$/i;
/** Verbs whose object does the infinitive after them: "allowed Mosseri to claim", "urged Ortiz to say". */
export const CONTROL_VERBS: ReadonlySet<string> = new Set(['allowed', 'allows', 'allow', 'enabled', 'let', 'led', 'prompted', 'forced', 'asked', 'urged', 'invited', 'encouraged', 'pushed', 'pressed', 'permitted']);
/** "allowed Mosseri to ", "urged Ana Ortiz to ": a named object then "to" before the verb. */
const CONTROLLED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...CONTROL_VERBS].join('|')})\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){1,3}to\\s+$`, 'u');
/** "continued" reports only when it hands over to the quotation ("He continued: “...”"), not in "the strike would continue “for...”". */
const HANDOVER_AFTER = /^\s*(?:[,:;.!?\u2013\u2014]|$)/;
/** Words before a form that make it a noun: "his comments", "the post", "a call". */
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|these|those|this|that|such|further|recent|earlier|previous)|['’]s)(?:\s+own)?\s+$/i;
/**
 * A noun after a determiner or possessive and one adjective: "the company's repeated promises",
 * "his earlier claims", "an independent state" (a verb in -s or in its base form never follows an adjective).
 */
const PLURAL_NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such)|['’]s)\s+(\p{Ll}+(?:ed|al|ive|ous|ful|ent|est|er|ic))\s+$/iu;
/** A determiner and one or two lower-case words before a form: group 1 is the word right before it. */
const COMPOUND_BEFORE = /\b(?:a|an|the|his|her|their|its|our|my|your|this|that)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+$/u;
/** Singular forms that take a plural verb ("the police say", "the government claim"). */
const PLURAL_SENSE: ReadonlySet<string> = new Set(['people', 'police', 'public', 'staff', 'crew', 'government', 'team', 'family', 'club', 'committee', 'board', 'council', 'media', 'press', 'band', 'group', 'panel', 'jury', 'party', 'company', 'firm', 'couple', 'children', 'men', 'women', 'youth', 'management', 'union', 'opposition', 'audience']);
/** Quantifiers of a plural noun: a verb form in -s never follows them ("in all states"). */
const QUANTIFIER_BEFORE = /\b(?:all|many|several|both|other|few|various|numerous|multiple|most|\d+)\s+$/i;
/** "asking for more money", "would ask the government for funds": a request, not a quotation ("asked for the third time" is one). */
const REQUEST_AFTER = /^(?:\s+[\p{L}’'-]+){0,4}?\s+for\b(?!\s+(?:the\s+)?[\p{L}-]+\s+time\b)/u;
/** What follows "put it" when it means phrasing something: a comma, a colon, an adverb, "this way". */
const PHRASING_AFTER = /^(?:\s*[,:]|\s+\p{Ll}+ly\b|\s+(?:this|that)\s+way\b|\s+(?:best|well|simply|so)\b)/u;
/** Verbs that take a topic with "about" rather than reporting words. */
const TOPIC_LEMMAS: ReadonlySet<string> = new Set(['write', 'talk', 'speak', 'blog', 'post', 'tweet', 'joke', 'boast', 'brag', 'muse']);
const ABOUT_AFTER = /^\s+(?:\p{Ll}+ly\s+)?about\b/u;
/** Words after a form that make it something other than speaking: "continued to", "went on to". */
const NOT_SPEECH_AFTER = /^\s+(?:to|with)\b/;
/** What may stand right before the verb "reports": a capitalised word, he/she/it, or a comma. */
const REPORTS_SUBJECT_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*|\b(?:he|she|it)|,)\s+$/u;
/** A number or a quantity word right after "add": "add 40 more", "added two days", "adds a third line". */
const QUANTITY_AFTER = /^\s+(?:\d|(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|more|some|several|extra)\s)/i;
/** Modals and "do" forms, after which a base form is a verb. */
const MODAL = /^(?:will|would|can|could|may|might|shall|should|must|did|does|do|to)$/i;
/** How much text before and after a verb the filters read. */
const FILTER_WINDOW = 30;

/** Reporting verbs in `text` between `from` and `to`, in order. */
export function findSpeechVerbs(text: string, from: number, to: number): VerbHit[] {
  const hits: VerbHit[] = [];
  const region = text.slice(from, to);
  VERB_PATTERN.lastIndex = 0;
  for (let m = VERB_PATTERN.exec(region); m !== null; m = VERB_PATTERN.exec(region)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!isReportingUse(text, start, end, m[0])) continue;
    hits.push({ start, end, text: m[0], lemma: LEMMA_OF.get(m[0].toLowerCase()) ?? m[0].toLowerCase() });
  }
  return hits;
}

function isReportingUse(text: string, start: number, end: number, form: string): boolean {
  const before = text.slice(Math.max(0, start - FILTER_WINDOW), start);
  const after = text.slice(end, end + FILTER_WINDOW);
  if (SPEAKER_FOLLOWS.has(form.toLowerCase())) return true;
  if (PASSIVE_BEFORE.test(before)) return false;
  // "declined to say", "to maintain a minimum level": an infinitive reports nothing said.
  if (INFINITIVE_BEFORE.test(before) && !HABIT_BEFORE.test(before) && !CONTROLLED_BEFORE.test(before)) return false;
  if (NOUN_BEFORE.test(before)) return false;
  const lemma = LEMMA_OF.get(form) ?? form;
  const baseForm = form.toLowerCase() === lemma;
  // ...but "an officer shouts", "the manager says": a person's role noun in -er is the subject. A base
  // form after an adjective is a noun too: "their claims to an independent state".
  if (/s$/i.test(form) || baseForm) {
    const plural = PLURAL_NOUN_BEFORE.exec(before);
    if (plural !== null && !isPersonRoleNoun(plural[1] as string)) return false;
  }
  // "on an investor conference call as": a base form after a determiner and a singular noun is a
  // noun of a compound ("the officers say", "the police say", "the team say" are verbs).
  if (baseForm) {
    const compound = COMPOUND_BEFORE.exec(before);
    // "her mother will say": a modal before a base form makes it a verb.
    if (compound !== null && !/s$/i.test(compound[1] as string) && !PLURAL_SENSE.has((compound[1] as string).toLowerCase()) && !isPersonRoleNoun(compound[1] as string) && !MODAL.test(compound[1] as string)) return false;
  }
  // "licensed to operate in all states", "in many reports": a quantifier of a plural before a form in -s.
  if (/[^s]s$/i.test(form) && QUANTIFIER_BEFORE.test(before)) return false;
  // "a tall order", "task orders": only "ordered" reports ("“Step out,” an officer ordered").
  if (lemma === 'order' && form.toLowerCase() !== 'ordered') return false;
  // "two highly critical reports that": "reports" is a noun unless a name or pronoun is its subject, or it follows its clause ("..., reports Wee").
  if (form === 'reports' && !REPORTS_SUBJECT_BEFORE.test(before)) return false;
  if (lemma === 'ask' && REQUEST_AFTER.test(after)) return false;
  // "add 40 more buses", "added two days of leave": adding a quantity is no speaking.
  if (lemma === 'add' && QUANTITY_AFTER.test(after)) return false;
  // "as she later put it, “...”", "he put it bluntly:": not "put it on the table".
  if (lemma === 'put it' && !PHRASING_AFTER.test(after)) return false;
  if ((lemma === 'continue' || lemma === 'go on' || lemma === 'call' || lemma === 'describe' || lemma === 'order') && NOT_SPEECH_AFTER.test(after)) return false;
  // "has written about the macho culture", "talked about her past": a topic, not a quotation.
  if (TOPIC_LEMMAS.has(lemma) && ABOUT_AFTER.test(after)) return false;
  if (lemma === 'continue' && !HANDOVER_AFTER.test(after)) return false;
  // "“...,” she sings" and "she sang: “...”" attribute a line; "pupils sang “For She's a Jolly Good Fellow”" names a song.
  if (lemma === 'sing' && /^\s*["“‘'«\uE000]/.test(after)) return false;
  return true;
}
