/**
 * Attribution rules of the eighth round, table-driven on short passages written for these tests: a
 * reporting verb that hands over to the quotation with a comma or colon speaks it even when a clause
 * after it reports the whole sentence; a series of verb phrases shares the subject before its first
 * member; a he/she reaches back through paragraphs that each open with it; a surname before "Jr."
 * names its person; and a pronoun's gender vote goes to the clause's subject, not a possessor.
 */
import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../../src/nlp/name-particles.js';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a reporting verb handing over beats the clause that reports the sentence', () => {
  runTable(
    [
      {
        why: '"he said, “...,” the prosecutor’s office said"',
        text: 'Martin Edgeley, 61, admitted making the call.\n\nDuring the call, he said, "someone should burn that office down," the prosecutor\'s office said.',
        quote: 'someone should burn',
        speaker: 'Martin Edgeley',
      },
      {
        why: 'a series of verb phrases: "he asked ..., called ... and said, “...”"',
        text: 'Martin Edgeley, 61, admitted making the call.\n\nOn the recording, he asked for the senator, called her aide a "coward" and said, "you will all regret this," police said.',
        quote: 'you will all regret',
        speaker: 'Martin Edgeley',
      },
      {
        why: 'the usual split quotation is unchanged: the second part after "she said,"',
        text: 'Lena Broich chairs the committee. "We will," she said, "not wait for the ministry."',
        quote: 'not wait for',
        speaker: 'Lena Broich',
      },
      {
        why: 'a clause of its own after the quotation still attributes a quotation that opens the sentence',
        text: 'Lena Broich chairs the committee. "We will not wait," Broich said, adding: "Nobody else will act."',
        quote: 'We will not wait',
        speaker: 'Lena Broich',
      },
    ],
    annotateWithEntities,
  );
});

describe('a he/she through paragraphs that open with it', () => {
  runTable(
    [
      {
        why: 'the paragraph between opens with "He": the topic carries on',
        text: 'Ilse Varga sued the builder in 2021, the court record shows.\n\nTomasz Wrede faces a fine of up to $50,000.\n\nHe was questioned by inspectors in May about the offices of Varga.\n\nDuring the interview, he said, "the cracks were there before we started."',
        quote: 'the cracks were there',
        speaker: 'Tomasz Wrede',
      },
    ],
    annotateWithEntities,
  );
});

describe('names with a generational suffix', () => {
  runTable(
    [
      {
        why: '"Wrede" alone is "Tomasz Wrede Jr."',
        text: 'Tomasz Wrede Jr., the builder, was fined on Monday.\n\n"We did nothing wrong," Wrede said after the hearing.',
        quote: 'We did nothing wrong',
        speaker: 'Tomasz Wrede Jr',
      },
    ],
    annotateWithEntities,
  );
});

describe('gender from pronouns: the subject, not the possessor, takes the vote', () => {
  runTable(
    [
      {
        why: 'the he after "Veshti Quist’s office" is Wrede: Quist stays a she for "She added"',
        text: 'Tomasz Wrede was fined on Monday for calls to a lawmaker. Wrede phoned Veshti Quist\'s office, in which he said he would return. He then called Quist\'s aide, he admitted.\n\nQuist asked the court for leniency in a letter on Tuesday. She added, "Anger is not answered with more anger."',
        quote: 'Anger is not answered',
        speaker: 'Veshti Quist',
      },
    ],
    annotateWithEntities,
  );
});

describe('surnameOf', () => {
  it('takes the word before a generational suffix', () => {
    expect(surnameOf('Patrick W. Carlineo Jr.')).toBe('Carlineo');
    expect(surnameOf('Martin Luther King Jr')).toBe('King');
    expect(surnameOf('Henry Ford III')).toBe('Ford');
    expect(surnameOf('Dmitry Medvedev')).toBe('Medvedev');
    // Two words: "Jr" cannot stand alone for a surname, but nor is the given name one.
    expect(surnameOf('Sammy Jr')).toBe('Jr');
  });
});

describe('quoted words that are no one’s quotation', () => {
  runTable(
    [
      {
        why: 'the words on signs held up by a crowd',
        text: 'Lena Broich chairs the board. Students at the back held up signs reading "Let Us Sleep." The board voted on Monday.',
        quote: 'Let Us Sleep',
        term: true,
      },
      {
        why: 'a banner "that said:"',
        text: 'Dock workers marched past the ministry. They carried a banner that said: "No Port Without Us."',
        quote: 'No Port Without',
        term: true,
      },
      {
        why: 'titles credited in brackets after a name, right after a quotation of the same speaker',
        text: '"It was a hard year," said Lena Broich. Her son, director Aled Broich ("The Quiet Harbour," "Night Ferry"), remembers it too. "We barely spoke," he said.',
        quote: 'The Quiet Harbour',
        term: true,
      },
      {
        why: 'a short answer in capitals opening a sentence stays a quotation',
        text: '"Did you know?" the reporter asked Lena Broich. "Never, not once," Broich said.',
        quote: 'Never, not once',
        speaker: 'Lena Broich',
      },
    ],
    annotateWithEntities,
  );
});

describe('"the company" for a name that takes "which"', () => {
  runTable(
    [
      {
        why: 'a two-word name of a person\'s shape, but ", which runs": an organisation',
        text: 'Nitrate levels rose again, she said. Harwell Dunmore, which runs the sewage works at Tesby, said it had cut overflows. "We recognise there is more to do," the company said.',
        quote: 'We recognise there',
        speaker: 'Harwell Dunmore',
      },
    ],
    annotateWithEntities,
  );
});

describe('"the statement said" after "In a statement ..., NAME described"', () => {
  runTable(
    [
      {
        why: 'the channel sits in the leading phrase of the sentence that brought it in: its main subject issued it',
        text: 'The judge passed sentence at noon.\n\nIn a statement read to the court by the prosecutor, the school’s head teacher, Marit Ellingsrud, described the damage. "Our pupils lost a whole term," the statement said. "We are still rebuilding."',
        quote: 'Our pupils lost',
        speaker: 'Marit Ellingsrud',
      },
    ],
    annotateWithEntities,
  );
});

describe('subjects with an age and an appositive; a definite role after a speaker of another role', () => {
  runTable(
    [
      {
        why: '"Kettleridge, 61, a former water engineer, told reporters that he had “...”"',
        text: 'Senator Ambrose Kettleridge opened the hearing. Kettleridge, 61, a former water engineer, told reporters during a recess that he had "no patience left" for delays.',
        quote: 'no patience left',
        speaker: 'Ambrose Kettleridge',
      },
      {
        why: 'the manager was quoted first; the striker is the subject named since',
        text: 'Fergal Oakshott, the Carrowmore manager, was furious. \'We threw it away,\' the manager said.\n\nCarrowmore had been coasting. Tadhg Culleenan headed in a corner after nine minutes. \'I will take it,\' the striker said afterwards.',
        quote: 'I will take it',
        speaker: 'Tadhg Culleenan',
      },
    ],
    annotateWithEntities,
  );
});

describe('a person of an organisation, with an unlisted given name', () => {
  runTable(
    [
      {
        why: '"NAME of ORGANISATION, who ..., said" is the person',
        text: 'Analysts were unconvinced. Oriel Fenwright of Caldmoor Securities, who had rated the stock a buy, said the cut was "bigger than anyone expected".',
        quote: 'bigger than anyone',
        speaker: 'Oriel Fenwright',
      },
      {
        why: 'an organisation named with "of" stays whole',
        text: 'Rates will stay high for now. The Bank of Corvania said inflation was "still far too high".',
        quote: 'still far too high',
        speaker: 'The Bank of Corvania',
      },
    ],
    annotateWithEntities,
  );
});

describe('the object of a verb of letting or asking speaks its infinitive', () => {
  runTable(
    [
      {
        why: '"allowed Varela to claim that ... “...”"',
        text: 'Inés Varela runs the app. Dropping the counters allowed Varela to claim that the service wants to be "a calmer place to share."',
        quote: 'a calmer place',
        speaker: 'Inés Varela',
      },
      {
        why: '"declined to say" still reports nothing: the quotation goes to the speaker named after it',
        text: 'Inés Varela declined to say whether "the counters will return," a spokesman for the company said.',
        quote: 'the counters will return',
        not: 'Inés Varela',
      },
    ],
    annotateWithEntities,
  );
});

describe('a colon lead-in after "Asked ..., the 51-year-old"', () => {
  runTable(
    [
      {
        why: 'an age role whose age the article never gave: the speaker just quoted',
        text: 'Dr Ilse Marwood, the consultant, said the virus had spread fast. "It is the most infectious disease we see," she said.\n\nAsked why so many were unvaccinated, the 51-year-old was blunt: "Some doses were missed in the pandemic."',
        quote: 'Some doses were missed',
        speaker: 'Ilse Marwood',
      },
      {
        why: 'a named subject after the leading phrase',
        text: 'The inquiry sat for a week. Asked about the delays, Tomas Ferreira was blunt: "Nobody wanted to sign."',
        quote: 'Nobody wanted to sign',
        speaker: 'Tomas Ferreira',
      },
    ],
    annotateWithEntities,
  );
});

describe('a quotation in the headline', () => {
  runTable(
    [
      {
        why: 'the headline names the speaker outside the quotation',
        text: '‘I sailed badly and still won’: Okafor-Lund takes the Harwick Cup\n\nMirela Okafor-Lund won the Harwick Cup for a second time on Sunday, finishing four minutes clear.',
        quote: 'I sailed badly',
        speaker: 'Mirela Okafor-Lund',
        rule: 'quotes/headline',
      },
      {
        why: 'no name in the headline: the person the story opens with',
        text: 'Q&A: ‘I never enjoyed a penalty decision’\n\nAfter 22 years in charge of top-flight matches, Gudrun Albescu blows her final whistle on Sunday.',
        quote: 'I never enjoyed',
        speaker: 'Gudrun Albescu',
      },
      {
        why: 'a quotation in a first line that runs on as a paragraph is no headline',
        text: '"We will not move," the residents of Carrow Street told the council on Monday, and they did not.',
        quote: 'We will not move',
        rule: '!quotes/headline',
      },
    ],
    annotateWithEntities,
  );
});

describe('"the report said" for a report "by" an organisation', () => {
  runTable(
    [
      {
        why: '"The report, by the Institute for Work and Health at ..., studied": the whole joined name',
        text: 'Firms kept output level, according to a report published on Monday.\n\nThe report, by the Institute for Work and Health at Carvell University, studied 900 employees. "Almost every measure improved," the report said.',
        quote: 'Almost every measure',
        speaker: 'the Institute for Work and Health',
      },
    ],
    annotateWithEntities,
  );
});

describe('an object him/her in the subject’s own sentence is someone else', () => {
  runTable(
    [
      {
        why: '"X put it to her that her shift..." does not make X a woman; "he asked" is X',
        text: 'The manager, Colm Redfearn-Aske, will give evidence on Friday. In a statement, he says he "never told anyone to hide injuries".\n\nOttavio Brannock-Sze, representing the firm, put it to her that her shift had missed its targets.\n\n"Is it not the case that you complained only after the warning?" he asked.',
        quote: 'Is it not the case',
        speaker: 'Ottavio Brannock-Sze',
      },
    ],
    annotateWithEntities,
  );
});

describe('organisation names with "and" inside', () => {
  runTable(
    [
      {
        why: '"The Harrowby Fire and Rescue Service said": one organisation, not "Rescue Service"',
        text: 'A warehouse caught fire overnight. The Harrowby Fire and Rescue Service said the blaze was "under control but far from out" on Wednesday.',
        quote: 'under control',
        speaker: 'Harrowby Fire and Rescue Service',
      },
      {
        why: 'two people joined by "and" stay apart',
        text: 'The leaders met in Brussels. Merkel and Macron said the deal was "a good start" for Europe.',
        quote: 'a good start',
        not: 'Merkel and Macron',
      },
    ],
    annotateWithEntities,
  );
});

describe('more organisation head nouns', () => {
  runTable(
    [
      {
        why: '"the chamber" for the Harlow Chamber of Commerce',
        text: 'The Harlow Chamber of Commerce opposed the plan. "Every business is different," the chamber said.',
        quote: 'Every business',
        speaker: 'Harlow Chamber of Commerce',
      },
      {
        why: '"the watchdog" for the regulator named before',
        text: 'The Water Services Watchdog fined the firm on Monday. "Customers were let down," the watchdog said.',
        quote: 'Customers were let down',
        speaker: 'Water Services Watchdog',
      },
    ],
    annotateWithEntities,
  );
});

describe('an anonymous speaker who gave a name', () => {
  runTable(
    [
      {
        why: '"said a woman who gave only her first name, Jolan"',
        text: 'Residents waited behind a police line. "The roof is all I can see," said a woman who gave only her first name, Jolan. "We have not slept," she added.',
        quote: 'The roof is all',
        speaker: 'Jolan',
      },
      {
        why: 'her next quotation keeps the name',
        text: 'Residents waited behind a police line. "The roof is all I can see," said a woman who gave only her first name, Jolan. "We have not slept," she added.',
        quote: 'We have not slept',
        speaker: 'Jolan',
      },
      {
        why: '"a driver identified only as Mehmet"',
        text: 'The lorry stopped at the border for six hours. "Nobody told us anything," said a driver identified only as Mehmet.',
        quote: 'Nobody told us',
        speaker: 'Mehmet',
      },
    ],
    annotateWithEntities,
  );
});

describe('an attribution after "?”" never reaches into the next paragraph', () => {
  runTable(
    [
      {
        why: '"she asked? “...?”" then a new paragraph opening with another speaker',
        text: 'Philippa Gorringe, the vice-chair, disagreed. "We are throwing away the only policy that worked," she said.\n\nGorringe did not give ground. Could the council not simply fine the riders, she asked? "Why punish the whole scheme?"\n\nZipwell, the company that runs the scooters, said it would appeal.',
        quote: 'Why punish the whole',
        not: 'Zipwell',
      },
      {
        why: 'in the same paragraph the sentence after "!”" still attributes: "“...!” Trump tweeted"',
        text: 'The rally ended late. "We will win Kentucky!" Trump tweeted on Monday night.',
        quote: 'We will win Kentucky',
        speaker: 'Trump',
      },
    ],
    annotateWithEntities,
  );
});
