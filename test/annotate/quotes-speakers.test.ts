/**
 * Speaker attribution rules of the quotes annotator, table-driven on short news passages written
 * for these tests: pronouns resolved by gender and by the newest subject, role words between the
 * verb and the name, a name in apposition after a role, and quotations with no reporting verb
 * given to the subject of the clause that frames them. Each table says, for one quotation (found
 * by its words), which speaker must be given and which must not.
 */
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../src/annotate/quotes.js';
import { indexPeople, isSubjectLead } from '../../src/annotate/quotes/people.js';

interface SpeakerCase {
  /** What the case checks. */
  why: string;
  text: string;
  /** The first words of the quotation checked. */
  quote: string;
  /** The speaker's name, or role when no name is known; undefined when only `not` is checked. */
  speaker?: string | null;
  /** A speaker that must not be given. */
  not?: string;
}

function speakerOf(text: string, quoteStart: string): string | null {
  const quote = annotateQuotes(text).quotes.find((q) => q.text.startsWith(quoteStart));
  if (quote === undefined) throw new Error(`no quotation starting "${quoteStart}"`);
  return quote.speaker?.name ?? quote.speaker?.role ?? null;
}

function runTable(cases: readonly SpeakerCase[]): void {
  for (const c of cases) {
    it(c.why, () => {
      const speaker = speakerOf(c.text, c.quote);
      if (c.speaker !== undefined) expect(speaker).toBe(c.speaker);
      if (c.not !== undefined) expect(speaker).not.toBe(c.not);
    });
  }
}

describe('he/she agrees with the gender of a given name', () => {
  runTable([
    {
      why: 'she skips the man quoted last and goes to the woman who is the subject',
      text:
        'Orders at the shipyard fell by a third.\n\n“We saw it coming,” said Thomas Brenner, a union steward.\n\n' +
        'Director Karin Solberg spoke to staff on Friday. “Nobody will lose their job this year,” she said.',
      quote: 'Nobody will lose',
      speaker: 'Karin Solberg',
      not: 'Thomas Brenner',
    },
    {
      why: 'he skips the woman quoted last and goes back to the man named before her',
      text:
        'Victor Lindahl, the harbour master, closed the port at dawn. Sophie Marchetti, who runs the ferry company, ' +
        'cancelled all sailings. “Safety comes first,” said Marchetti. “The swell is over four metres,” he said.',
      quote: 'The swell',
      speaker: 'Victor Lindahl',
      not: 'Sophie Marchetti',
    },
    {
      why: 'a name given to both genders stays compatible with she',
      text: '“It is a fair deal,” said Robin Calder. “We signed it gladly,” she said.',
      quote: 'We signed',
      speaker: 'Robin Calder',
    },
  ]);
});

describe('the newest subject wins over the previous speaker', () => {
  runTable([
    {
      why: 'a person introduced as the subject of the sentence before the pronoun',
      text:
        '“We will attack from the first minute,” said Lucas Ferraro, the home captain.\n\n' +
        'The visiting coach, Mateo Ibarra, was unconcerned. “Let them attack,” he said.',
      quote: 'Let them attack',
      speaker: 'Mateo Ibarra',
      not: 'Lucas Ferraro',
    },
    {
      why: 'a surname opening a paragraph after a quotation',
      text:
        '“This was the wrong call,” said Helga Brandt, an analyst at Norvik Bank.\n\n' +
        'Okonjo told shareholders the plan was sound. Chief executive Ada Okonjo had defended it for months. “We are not changing course,” she said.',
      quote: 'We are not changing',
      speaker: 'Ada Okonjo',
      not: 'Helga Brandt',
    },
    {
      why: 'a role subject of the previous sentence for she, the man quoted before being male',
      text:
        '“She stayed calm the whole night,” said Martin Holt, who led the rescue. ' +
        'The girl’s mother said the family was relieved. “I could not stop shaking,” she said.',
      quote: 'I could not stop',
      speaker: 'The girl’s mother',
      not: 'Martin Holt',
    },
    {
      why: 'the previous speaker stays when no new subject was introduced',
      text: '“We expect a recount,” said Nadia Farouk. The count ended after midnight. “It was close,” she said.',
      quote: 'It was close',
      speaker: 'Nadia Farouk',
    },
  ]);
});

describe('role words between the verb and the name', () => {
  runTable([
    {
      why: 'a bare role noun before the name',
      text: 'More snow is forecast. “Roads in the north will close again,” said forecaster Elin Bergqvist.',
      quote: 'Roads in the north',
      speaker: 'Elin Bergqvist',
    },
    {
      why: 'a role with an adjective and an organisation before the name',
      text: '“The talks are over,” said senior Kremlin aide Yuri Ushakov.',
      quote: 'The talks are over',
      speaker: 'Yuri Ushakov',
    },
    {
      why: 'an organisation and a role before the name, an organisation after it',
      text: '“Stocks are cheap again,” said Oslo fund manager Henrik Aasen of Fjord Capital.',
      quote: 'Stocks are cheap',
      speaker: 'Henrik Aasen',
    },
    {
      why: 'a surname followed by a date is not a role before a name',
      text: 'Erica Lund, a lawyer for the family, spoke after the verdict. “We will appeal,” said Lund on Monday.',
      quote: 'We will appeal',
      speaker: 'Erica Lund',
    },
    {
      why: 'a determiner role, a comma, then the name with a title',
      text: 'A new survey counted fewer nesting birds. “The decline is steep,” said its co-author, Dr. Miriam Adeyemi.',
      quote: 'The decline',
      speaker: 'Miriam Adeyemi',
    },
    {
      why: 'a role subject, then the name in apposition with role words',
      text: 'The panel’s chair, former headteacher Gwen Pryce, wrote that schools were “running on goodwill and nothing else.”',
      quote: 'running on goodwill',
      speaker: 'Gwen Pryce',
    },
    {
      why: 'a role with no name after it stays a role',
      text: '“Every bed is taken,” said a spokeswoman for the hospital.',
      quote: 'Every bed',
      speaker: 'a spokeswoman for the hospital',
    },
    {
      why: 'a date after the verb is not a role before a name',
      text: '“We will appeal,” said the club on Monday.',
      quote: 'We will appeal',
      speaker: 'the club',
    },
  ]);
});

describe('a one-word name in apposition after a family role', () => {
  runTable([
    {
      why: 'he goes to the husband named only by his first name',
      text: 'Lena Ortiz and her husband, Rafa, have run the shop since 2004. “We never closed a day,” she said. He added: “Not even for our wedding.”',
      quote: 'Not even',
      speaker: 'Rafa',
    },
  ]);
});

describe('a quotation with no reporting verb goes to the subject of its clause', () => {
  runTable([
    {
      why: 'a partial quotation after a non-speech verb',
      text: 'In a letter to members, the society’s president, Agnes Whitlow, praised the volunteers for “a winter of quiet heroism.”',
      quote: 'a winter of quiet',
      speaker: 'Agnes Whitlow',
    },
    {
      why: 'a quotation opening the paragraph after a sentence whose subject is named',
      text: 'Fire Chief Ruben Castillo stood in front of the burned warehouse.\n\n“Nobody was inside when the roof came down, and that is a miracle.”',
      quote: 'Nobody was inside',
      speaker: 'Ruben Castillo',
    },
    {
      why: 'a person who is only the object of the sentence is not the speaker',
      text: 'Prosecutors charged Oscar Lindgren over what the indictment calls “a scheme that ran for a decade and cost savers their pensions.”',
      quote: 'a scheme that ran',
      not: 'Oscar Lindgren',
    },
  ]);
});

describe('who is the subject of a sentence', () => {
  const leads: { lead: string; subject: boolean }[] = [
    { lead: '', subject: true },
    { lead: 'But ', subject: true },
    { lead: 'In a statement on Friday, ', subject: true },
    { lead: "Fiji's coach, ", subject: true },
    { lead: 'The report’s author, retired judge ', subject: true },
    { lead: 'Chief executive ', subject: true },
    { lead: 'Prime Minister ', subject: true },
    { lead: 'Police arrested ', subject: false },
    { lead: 'The mayor thanked ', subject: false },
    { lead: 'He said that ', subject: false },
    { lead: 'The club’s owner thanked Alvarez for ', subject: false },
  ];
  for (const { lead, subject } of leads) {
    it(`${subject ? 'is' : 'is not'} a subject after "${lead}"`, () => expect(isSubjectLead(lead)).toBe(subject));
  }

  it('marks a name after a quotation that ends the previous sentence as a subject', () => {
    const text = '\uE000\uE000\uE000\n\nMarta Kowalczyk told the board it was over.';
    const mention = indexPeople(text).mentions.find((m) => m.name === 'Marta Kowalczyk');
    expect(mention?.subject).toBe(true);
  });
});
