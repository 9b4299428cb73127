/**
 * The quotes annotator, table-driven: sentences that must yield a quotation (with its speaker and
 * verb) and sentences whose quoted words must not (names, terms, scare quotes, titles).
 */
import { describe, expect, it } from 'vitest';
import { annotateQuotes, quotesAnnotator } from '../../src/annotate/quotes.js';
import { Quote, Term } from '../../src/record/facts/quotes.js';

interface MustMatch {
  text: string;
  quote: string;
  speaker: string | null;
  verb: string | null;
  role?: string;
  channel?: string;
  date?: string;
}

const MUST_MATCH: MustMatch[] = [
  { text: '“We cannot keep borrowing,” Clara Osei said.', quote: 'We cannot keep borrowing,', speaker: 'Clara Osei', verb: 'said' },
  { text: '“The repairs are ahead of schedule,” said Mayor Tomas Reyes.', quote: 'The repairs are ahead of schedule,', speaker: 'Tomas Reyes', verb: 'said', role: 'Mayor' },
  {
    text: '“Prices will rise,” Hannah Lindqvist, the chief economist at Nordbank, told reporters on Tuesday.',
    quote: 'Prices will rise,',
    speaker: 'Hannah Lindqvist',
    verb: 'told',
    role: 'the chief economist at Nordbank',
    channel: 'told reporters',
    date: 'on Tuesday',
  },
  { text: 'According to Marcus Feld, “the product was never meant to leave the lab.”', quote: 'the product was never meant to leave the lab.', speaker: 'Marcus Feld', verb: 'According to' },
  { text: 'Health officials warned that the outbreak was “far from over” and urged caution.', quote: 'far from over', speaker: null, verb: 'warned', role: 'Health officials' },
  { text: 'Ada Brook said: "We will appeal the ruling."', quote: 'We will appeal the ruling.', speaker: 'Ada Brook', verb: 'said' },
  { text: "'It is a dark day for science,' Professor Peter Achebe said.", quote: 'It is a dark day for science,', speaker: 'Peter Achebe', verb: 'said', role: 'Professor' },
  { text: 'Ines Moreau met voters. “It is closed,” she said.', quote: 'It is closed,', speaker: 'Ines Moreau', verb: 'said' },
  { text: 'Chief executive Omar Haddad wrote on X that the merger was “a new chapter” for the firm.', quote: 'a new chapter', speaker: 'Omar Haddad', verb: 'wrote', channel: 'on X' },
  {
    text: 'The ministry said in a statement on Monday that the strike was “illegal and irresponsible.”',
    quote: 'illegal and irresponsible.',
    speaker: null,
    verb: 'said',
    role: 'The ministry',
    channel: 'in a statement',
    date: 'on Monday',
  },
  { text: '“Is this really the best we can do?” asked Helen Ortiz, a parent.', quote: 'Is this really the best we can do?', speaker: 'Helen Ortiz', verb: 'asked' },
  { text: 'Nadia Petrova runs the shelter. “You cannot blame them,” Petrova said.', quote: 'You cannot blame them,', speaker: 'Nadia Petrova', verb: 'said' },
  { text: 'Coach Luis Moreno was blunt. “We were not good enough,” the coach said.', quote: 'We were not good enough,', speaker: 'Luis Moreno', verb: 'said' },
  { text: 'The Kremlin said the talks had been “constructive and useful.”', quote: 'constructive and useful.', speaker: 'Kremlin', verb: 'said' },
  { text: '“Please, stop,” the nurse whispered to Ana Duarte.', quote: 'Please, stop,', speaker: null, verb: 'whispered', role: 'the nurse' },
  { text: 'The report is out. Its author, Jana Weiss, said: “We found homes without water for a month.”', quote: 'We found homes without water for a month.', speaker: 'Jana Weiss', verb: 'said' },
  { text: 'He backed her. “Mayor Ruiz has done a wonderful job!” Tom Alder posted before the vote.', quote: 'Mayor Ruiz has done a wonderful job!', speaker: 'Tom Alder', verb: 'posted' },
  { text: '"I could not stand for more than a minute," wrote 52-year-old Owen Pratt of Leeds.', quote: 'I could not stand for more than a minute,', speaker: 'Owen Pratt', verb: 'wrote' },
  { text: 'Lin Park’s agent told the Herald on Friday: “The story is false.”', quote: 'The story is false.', speaker: null, verb: 'told', role: 'Lin Park’s agent', channel: 'told the Herald', date: 'on Friday' },
  { text: '“My first thought was, ‘Oh no, not again,’ ” Dana Reyes said.', quote: 'My first thought was, ‘Oh no, not again,’ ', speaker: 'Dana Reyes', verb: 'said' },
];

interface MustNotMatch {
  text: string;
  term: string;
  kind: 'name' | 'term' | 'scare' | 'title' | 'other';
}

const MUST_NOT_MATCH: MustNotMatch[] = [
  { text: 'The islands are known by Japan as the “Northern Territories.”', term: 'Northern Territories', kind: 'name' },
  { text: 'Officials rejected the so-called ‘Northern territories’ claim.', term: 'Northern territories', kind: 'term' },
  { text: 'The film, titled “Winter in the Harbour,” premiered on Friday.', term: 'Winter in the Harbour', kind: 'title' },
  { text: 'Her memoir, “Salt and Iron,” sold well.', term: 'Salt and Iron', kind: 'title' },
  { text: 'Critics praised its “honesty” and its humour.', term: 'honesty', kind: 'scare' },
  { text: 'The rebels, dubbed “the Mountain Lions” by local media, took the town.', term: 'the Mountain Lions', kind: 'name' },
  { text: 'Residents of the valley call the new highway “the scar.”', term: 'the scar', kind: 'name' },
  { text: 'The minister’s “reform” has produced little change.', term: 'reform', kind: 'scare' },
  { text: 'The Kremlin said the talks had been “constructive.”', term: 'constructive', kind: 'other' },
  { text: 'Officials called the outage an “emergency” on Monday.', term: 'emergency', kind: 'other' },
  { text: 'The campaign slogan, “Build It Here,” was on every poster.', term: 'Build It Here', kind: 'name' },
  { text: 'The county’s new “Drive slow. Arrive alive.” safety campaign starts today.', term: 'Drive slow. Arrive alive', kind: 'name' },
  { text: 'According to the promoter, the band will play “Rolling Down The Long Dark River,” among other songs.', term: 'Rolling Down The Long Dark River', kind: 'title' },
];

describe('quotes annotator: quotations that must be found', () => {
  it.each(MUST_MATCH)('$text', (c) => {
    const { quotes, terms } = annotateQuotes(c.text);
    expect(terms.map((t) => t.text)).not.toContain(c.quote);
    expect(quotes).toHaveLength(1);
    const q = quotes[0];
    if (q === undefined) return;
    expect(q.text).toBe(c.quote);
    expect(c.text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker?.name ?? null).toBe(c.speaker);
    expect(q.verb?.text ?? null).toBe(c.verb);
    if (c.role !== undefined) expect(q.speaker?.role).toBe(c.role);
    expect(q.channel?.text ?? null).toBe(c.channel ?? null);
    expect(q.date?.text ?? null).toBe(c.date ?? null);
    expect(q.speaker?.entity ?? null).toBeNull();
    expect(Quote.safeParse(q).success).toBe(true);
  });
});

describe('quotes annotator: quoted words that are not quotations', () => {
  it.each(MUST_NOT_MATCH)('$text', (c) => {
    const { quotes, terms } = annotateQuotes(c.text);
    expect(quotes).toEqual([]);
    const term = terms.find((t) => t.text === c.term);
    expect(term?.kind).toBe(c.kind);
    if (term === undefined) return;
    expect(c.text.slice(term.start, term.end)).toBe(term.text);
    expect(term.rule.startsWith('quotes/')).toBe(true);
    expect(Term.safeParse(term).success).toBe(true);
  });
});

describe('quotes annotator: shapes of quotations', () => {
  it('links the two pieces of a quotation split around its attribution', () => {
    const { quotes } = annotateQuotes('“We will,” Irena Novak said, “not wait for permission.”');
    expect(quotes.map((q) => q.text)).toEqual(['We will,', 'not wait for permission.']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Irena Novak', 'Irena Novak']);
    expect(quotes.map((q) => q.continues)).toEqual([null, 0]);
    expect(quotes[1]?.rule).toBe('quotes/split');
  });

  it('reads a quotation over paragraphs as one, each paragraph reopening it', () => {
    const text = 'Chief Daniel Okafor said the officers were suspended.\n\n“We hear your anger.\n\n“Nobody will be protected by the badge.”';
    const { quotes } = annotateQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.multiParagraph).toBe(true);
    expect(quotes[0]?.text).toBe('We hear your anger.\n\n“Nobody will be protected by the badge.');
    expect(quotes[0]?.speaker?.name).toBe('Daniel Okafor');
  });

  it('gives a following unattributed quotation the previous speaker', () => {
    const { quotes } = annotateQuotes('“They walked away,” Rob Delaney said. “We did not.”');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Rob Delaney', 'Rob Delaney']);
  });

  it('resolves he and she to the speaker of the right gender', () => {
    const text = 'Mr. Viktor Salo and Ms. Maria Kallas gave briefings. Salo said the army was ready. “Readiness is not capacity,” she said.';
    const { quotes } = annotateQuotes(text);
    expect(quotes[0]?.speaker?.name).toBe('Maria Kallas');
    expect(quotes[0]?.speaker?.resolution).toBe('pronoun');
  });

  it('keeps the role text when a role cannot be resolved to a person', () => {
    const { quotes } = annotateQuotes('A spokesman for the airline said: “All passengers will be rebooked.”');
    expect(quotes[0]?.speaker).toMatchObject({ name: null, role: 'A spokesman for the airline', resolution: 'unresolved' });
  });

  it('does not take a verb of another clause as the attribution', () => {
    const text = 'Alan Cho said the bill was “a gift to the banks,” while Mia Torres said it would “protect savers.”';
    expect(annotateQuotes(text).quotes.map((q) => q.speaker?.name)).toEqual(['Alan Cho', 'Mia Torres']);
  });

  it('finds nothing in a text without quote marks, and ignores apostrophes', () => {
    expect(annotateQuotes('The students’ union said it doesn’t plan a strike in the ’90s style.')).toEqual({ quotes: [], terms: [] });
  });

  it('declares its fields and returns only them', () => {
    expect(quotesAnnotator.id).toBe('quotes');
    expect(Object.keys(annotateQuotes('“Yes,” he said.')).sort()).toEqual([...quotesAnnotator.fields].sort());
  });
});
