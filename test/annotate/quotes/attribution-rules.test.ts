/**
 * Attribution rules added for unseen news, table-driven on short passages written for these tests:
 * organisations behind role nouns ("the court said"), anonymous speakers and the role nouns and
 * pronouns that come back to them, occupations written before a name, relatives sharing a surname,
 * colon lead-ins with a pronoun subject, quotations attributed by the sentence after them, habits of
 * saying ("used to say"), and quoted words a person calls something. Each case names one quotation
 * by its first words and says which speaker it must get, or which it must not.
 */
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../../src/annotate/quotes.js';
import { runTable } from './rule-table.js';

describe('a role noun standing for an organisation', () => {
  runTable([
    {
      why: '"the court" goes to the court named before',
      text: 'The Federal Court of Appeal rejected the request on Monday. In a short judgment, the court said the lower ruling was “sound in every respect.”',
      quote: 'sound in every',
      speaker: 'Federal Court of Appeal',
    },
    {
      why: '"according to the agency" goes to the agency named before',
      text: 'A satellite built by the Northern Space Agency reached orbit on Friday. According to the agency, the craft has fuel for “at least nine years of work.”',
      quote: 'at least nine',
      speaker: 'Northern Space Agency',
    },
    {
      why: 'a company introduced with its noun in apposition',
      text: 'Norvik Foods, the company that makes the Crispo snack bars, is recalling two batches. The company said the bars were “safe to eat but may contain traces of nuts.”',
      quote: 'safe to eat',
      speaker: 'Norvik Foods',
    },
    {
      why: 'a company introduced by an appositive with modifiers before its noun',
      text: 'Lumera, a software company based in Porto, said on Tuesday it would cut 200 jobs. “This was a painful decision,” the company said in a filing.',
      quote: 'This was a painful',
      speaker: 'Lumera',
    },
    {
      why: 'a sentence adverb before an appositive is no organisation',
      text: 'Staff at the depot walked out on Monday. However, the group of drivers said in a statement that the pay offer was “an insult to every one of us.” The group said talks would resume.',
      quote: 'an insult',
      not: 'However',
    },
    {
      why: 'no he/she goes to an organisation quoted before',
      text: 'The Harbour Trust said in a statement that the work was “fully funded.”\n\nA nurse at the clinic, who asked not to be named, said patients had been turned away. “We had nowhere to put them,” she said.',
      quote: 'We had nowhere',
      speaker: 'A nurse at the clinic',
    },
    {
      why: 'with no organisation named, the role noun stays the speaker',
      text: 'Bus drivers in the capital walked out at dawn. The ministry said the strike was “unlawful and reckless.”',
      quote: 'unlawful and',
      speaker: 'The ministry',
    },
    {
      why: 'a court of another head noun is not taken',
      text: 'The Harbour Board of Kessing approved the plan in May. The court said the approval was “rushed and incomplete.”',
      quote: 'rushed and',
      speaker: 'The court',
    },
  ]);
});

describe('anonymous speakers, and the pronouns and role nouns that come back to them', () => {
  runTable([
    {
      why: 'he after "a spokesman for ..." is the spokesman, not a place named earlier',
      text: 'Tap water in Lower Brenna was declared safe on Sunday.\n\nA spokesman for the regional water board said supplies had been tested twice. “There is no need to boil water any more,” he said.',
      quote: 'There is no need',
      speaker: 'A spokesman for the regional water board',
    },
    {
      why: '"the engineer" goes to "a senior engineer involved in the repairs"',
      text: 'Engineer Paul Osei inspected the tunnel last year. A senior engineer involved in the repairs said the tunnel was “structurally sound.”\n\n“We checked every metre of it,” the engineer said.',
      quote: 'We checked every',
      speaker: 'A senior engineer involved in the repairs',
    },
    {
      why: 'the participle phrase belongs to the speaker phrase',
      text: 'A lawyer familiar with the case said the defence would ask for “a full retrial.” A junior official based in Geneva said the meeting was “unlikely before spring.”',
      quote: 'unlikely before',
      speaker: 'A junior official based in Geneva',
    },
    {
      why: '"the spokesman" after "A police spokesman said ..." in the sentence before',
      text: 'Tobias Renn conceded defeat before midnight. “The voters have spoken,” he said.\n\nA police spokesman said the evening had been calm. “There were no arrests,” the spokesman said.',
      quote: 'There were no arrests',
      speaker: 'A police spokesman',
    },
    {
      why: 'someone else\'s relation is not the last speaker',
      text: 'Rita Salgado lost the semi-final in straight sets. “My arm was shaking,” she told reporters.\n\nThe Frenchwoman\'s coach said the final would be “a different animal.”',
      quote: 'a different animal',
      not: 'Rita Salgado',
    },
    {
      why: 'a nationality noun after "the" reads like a he or a she',
      text: 'Amelie Dufour of France beat Rita Salgado in the semi-final on Friday. “I served better than I have all year,” the Frenchwoman said.',
      quote: 'I served better',
      speaker: 'Amelie Dufour',
    },
    {
      why: 'a definite role with no speaker yet goes to the subject of the sentence before',
      text: 'Tomasz Wrobel won his third national title on Sunday, finishing 40 seconds clear. “My legs were gone with five kilometres left,” the three-time champion said.',
      quote: 'My legs were gone',
      speaker: 'Tomasz Wrobel',
    },
    {
      why: 'a definite role with no speaker yet does not reach past the sentence before (the anonymous spokesperson opening it)',
      text: 'Customs and Border Protection, part of Homeland Security, did not accept the offer. A spokesperson who did not wish to be named because of agency policy said in a statement that the agency never gives vaccines.\n\n“Operating a vaccine program is not feasible,” the spokesperson said.',
      quote: 'Operating a vaccine',
      speaker: 'A spokesperson',
    },
    {
      why: '"the doctor" goes to "A doctor on the scene" in the sentence before',
      text: 'A doctor on the scene told the agency he had tried to save one of the wounded.\n\n“It is a shame to see anyone die this way,” the doctor said.',
      quote: 'It is a shame',
      speaker: 'A doctor on the scene',
    },
    {
      why: '"the 29-year-old" is the person whose age was given',
      text: 'Mateo Ferreira, 29, has worked at the plant for four years. His manager, Joana Lima, called the cuts “painful but fair.”\n\n“Nobody saw it coming,” the 29-year-old said outside the gates.',
      quote: 'Nobody saw it',
      speaker: 'Mateo Ferreira',
    },
    {
      why: 'a he/she with no one before it names the person later in its sentence',
      text: 'The album, which she called “the record I was always scared to make,” took singer Noor Aziz six years to finish.',
      quote: 'the record I was',
      speaker: 'Noor Aziz',
    },
    {
      why: 'a role that opens the sentence before names the newest topic for a he/she',
      text: 'Judge Ann Pryor jailed Rowan Beck for six years on Thursday.\n\nBeck spoke only once: “I am sorry. I know that means nothing to them.”\n\nThe judge was unmoved. “Your apology came two years too late,” she told him.',
      quote: 'Your apology',
      speaker: 'Ann Pryor',
    },
    {
      why: 'a noun in -ly is no adverb between a subject and its verb',
      text: 'In a statement, the Okafor family said: “Our father would still be alive if the power had stayed on.”',
      quote: 'Our father',
      speaker: 'the Okafor family',
    },
    {
      why: 'a person who becomes the subject after the anonymous speaker takes the pronoun',
      text: 'One neighbour said the fire had started “in the kitchen, around midnight.”\n\nPetra Lindgren, who lives next door, called the fire brigade. “The smoke was black within a minute,” she said.',
      quote: 'The smoke was black',
      speaker: 'Petra Lindgren',
    },
  ]);
});

describe('relatives who share a surname', () => {
  runTable([
    {
      why: 'the surname alone is the person the article is about, not the son named later',
      text: 'Helga Brandt, the painter whose harbour scenes hang in every school in the county, died on Sunday. She was 91.\n\nHer son, Jonas Brandt, said she had painted until her last week. “She asked for her brushes on Thursday,” he said.\n\nBrandt first exhibited in 1962. “I paint what the light allows me to see,” she told an interviewer in 1990.',
      quote: 'I paint what',
      speaker: 'Helga Brandt',
    },
    {
      why: 'a given name joined to a full name by "and" shares the surname',
      text: 'Lena and Omar Haddad have run the bakery on Mill Lane since 1998. “We open at five, every single day,” Lena said.\n\nOmar shrugged. “Somebody has to make the bread,” he said.',
      quote: 'We open at five',
      speaker: 'Lena Haddad',
    },
    {
      why: 'a given name that opens a sentence takes the pronoun that follows',
      text: 'Lena and Omar Haddad have run the bakery on Mill Lane since 1998. “We open at five, every single day,” Lena said.\n\nOmar shrugged. “Somebody has to make the bread,” he said.',
      quote: 'Somebody has to',
      speaker: 'Omar Haddad',
    },
    {
      why: 'people with one surname and no family reading keep their full names',
      text: 'Maria Costa and Pedro Costa, who are not related, both stood for mayor. “I will fix the roads,” Pedro Costa said.',
      quote: 'I will fix',
      speaker: 'Pedro Costa',
    },
  ]);
});

describe('an occupation written before a full name', () => {
  runTable([
    {
      why: 'a capitalised occupation opening the sentence is left out of the name',
      text: 'Pianist Leo Marangoni, 52, gave his last concert on Saturday. “I wanted to stop while my hands still listen to me,” Marangoni said.',
      quote: 'I wanted to stop',
      speaker: 'Leo Marangoni',
    },
    {
      why: 'a hyphenated role opening the sentence is left out of the name',
      text: 'Runner-up Elif Sahin, who led until the final climb, has no regrets. “I raced to win, not to come second,” says Sahin.',
      quote: 'I raced to win',
      speaker: 'Elif Sahin',
    },
    {
      why: 'a given name before a surname is not an occupation',
      text: 'Christian Dahl Moe, who founded the club, was at the match. “We deserved that,” Christian Dahl Moe said.',
      quote: 'We deserved',
      speaker: 'Christian Dahl Moe',
    },
    {
      why: 'a lower-case school role between the verb and the name',
      text: '“Every child here can read by the age of seven,” said principal Hannah Okoro.',
      quote: 'Every child',
      speaker: 'Hannah Okoro',
    },
  ]);
});

describe('a colon lead-in whose subject is a pronoun', () => {
  runTable([
    {
      why: 'the pronoun subject wins over a person named in a leading phrase',
      text: 'Coach Ingrid Falk was furious after the defeat. Asked about the referee, Tomas Berger, she did not hold back: “He lost control of the game in the first ten minutes.”',
      quote: 'He lost control',
      speaker: 'Ingrid Falk',
      not: 'Tomas Berger',
    },
    {
      why: 'a possessive subject stands for its owner',
      text: 'Farmer Owen Pryce has lost half his flock to the drought. The county has not replied to his letters.\n\nHis message to the government was short: “Send water, not forms.”',
      quote: 'Send water',
      speaker: 'Owen Pryce',
    },
  ]);
});

describe('a quotation attributed by the sentence after it', () => {
  runTable([
    {
      why: '"That was the promise of" a named person',
      text: 'The river has flooded the old town twice this year.\n\n“We will rebuild the bridge before winter.” That was the promise of Mayor Lucia Ferro, speaking to residents on Friday.',
      quote: 'We will rebuild',
      speaker: 'Lucia Ferro',
      rule: 'quotes/next-sentence',
    },
    {
      why: '"That was X\'s reply": a name in the possessive',
      text: 'Chairwoman Karin Oduya says the club will not sell its captain. His agent, Paulo Mendes, sounded less sure: “Everyone has a price.”\n\n“He can listen all he likes.” That was Oduya\'s reply when the comments were read to her.',
      quote: 'He can listen',
      speaker: 'Karin Oduya',
    },
    {
      why: '"added that" reports something else and attributes nothing',
      text: 'Dale Ford wrote to the paper. “I once visited him in Minneapolis,” Dale wrote. “We went to an old steakhouse downtown.” Martha added that the letters were kind.',
      quote: 'We went to',
      speaker: 'Dale Ford',
    },
    {
      why: '"said it" pointing back at the quotation',
      text: 'Ruth Okello crossed the line first, in tears.\n\nA steward handed her a flag. “I have waited ten years for this.” Okello said it twice before her coach reached her.',
      quote: 'I have waited',
      speaker: 'Ruth Okello',
      rule: 'quotes/next-sentence',
    },
    {
      why: '"said it was" starts a clause of its own and attributes nothing',
      text: 'The council meets on Monday.\n\n“The vote is tomorrow and nothing will change it.” Harlan Dietz said it was the last chance to stop the plan.',
      quote: 'The vote is',
      rule: '!quotes/next-sentence',
    },
  ]);
});

describe('reporting verbs that need their context', () => {
  runTable([
    {
      why: '"used to say" reports what a person said out of habit',
      text: 'Her first coach, Tomas Reyes, used to say, “Run the last lap as if it were the first.” She still does.',
      quote: 'Run the last lap',
      speaker: 'Tomas Reyes',
    },
    {
      why: '"continue" before a partial quotation is not a reporting verb',
      text: 'Union leader Kofi Mensah addressed the crowd. He said the protest would continue “until the factory reopens.”',
      quote: 'until the factory',
      speaker: 'Kofi Mensah',
      not: 'the protest',
    },
    {
      why: 'a subject of "said" after a participle clause holding a verb',
      text: 'Asked what had changed since the merger, Dr. Amara Quist paused for a long time.\n\n“Everything. The whole team is new, and so is the building.”',
      quote: 'Everything.',
      speaker: 'Amara Quist',
    },
  ]);
});

describe('quoted words a speaker calls something', () => {
  const kinds = (text: string) => annotateQuotes(text);
  it('are a quotation when one person does the calling', () => {
    const text = 'At the budget hearing, the treasurer called the stadium plan “a hole in the ground with seats.”';
    expect(kinds(text).quotes.map((q) => q.text)).toEqual(['a hole in the ground with seats.']);
  });
  it('are a quotation when a named person calls it a short noun phrase', () => {
    const text = 'Councillor Ada Voss called the new car park “a mistake” during the debate.';
    expect(kinds(text).quotes.map((q) => q.speaker?.name)).toEqual(['Ada Voss']);
  });
  it('are a name when a group does the calling', () => {
    const result = kinds('Fans have long called the stadium “the Cauldron” because of the noise.');
    expect(result.quotes).toEqual([]);
    expect(result.terms.map((t) => t.kind)).toEqual(['name']);
  });
  it('are a term when a label follows in apposition', () => {
    const result = kinds('The researchers call the effect “quiet drift,” a term borrowed from ocean science.');
    expect(result.quotes).toEqual([]);
    expect(result.terms.map((t) => [t.text, t.kind])).toEqual([['quiet drift', 'term']]);
  });
  it('are a quotation after "which she called" when they run to a phrase', () => {
    const text = 'The novel, which she called “a love letter to my home town,” took author Irene Paz nine years.';
    expect(kinds(text).quotes.map((q) => q.speaker?.name)).toEqual(['Irene Paz']);
  });
  it('stay a term after "what he called" when one word', () => {
    const text = 'Senator Tom Yardley criticised what he called “experiments” in procurement.';
    expect(kinds(text).quotes).toEqual([]);
  });
  it('are a name after "brand names including"', () => {
    const result = kinds('The drug, sold under brand names including “Restiva,” is widely prescribed for migraines.');
    expect(result.quotes).toEqual([]);
    expect(result.terms.map((t) => t.kind)).toEqual(['name']);
  });
});
