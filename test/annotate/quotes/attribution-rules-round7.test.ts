/**
 * Attribution rules of the seventh round, table-driven on short passages written for these tests:
 * a partial quotation inside a paraphrase that the sentence's closing clause (", NAME said ...")
 * attributes, and a he/she after an anonymous person of one gender brought in as an object
 * ("spoke to one mother"). Each case names one quotation by its first words and says which speaker it must get,
 * or that the quoted words stay a term when the closing verb reports something else.
 */
import { describe } from 'vitest';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a partial quotation attributed by the clause that closes its sentence', () => {
  runTable(
    [
      {
        why: 'the paraphrase goes on after the quoted words, then ", NAME said in ..."',
        text: 'The county opened two more shelters on Friday.\n\nHomelessness in the valley is "rising faster than we can build" and now reaches every town, Commissioner Alma Reyes said in a briefing.',
        quote: 'rising faster',
        speaker: 'Alma Reyes',
        rule: 'quotes/sentence-end',
      },
      {
        why: 'a pronoun closing the sentence resolves to the person named before',
        text: 'Mayor Tobias Lind toured the flooded district on Sunday. The damage was "worse than anything since 1987" and would take months to repair, he said on Monday.',
        quote: 'worse than anything',
        speaker: 'Tobias Lind',
      },
      {
        why: '"told" with its object closes the sentence',
        text: 'Engineers found the cracks in March. The bridge is "safe for cars but not for lorries" until the repairs end, Karin Holm told the Daily Courier.',
        quote: 'safe for cars',
        speaker: 'Karin Holm',
      },
      {
        why: 'the closing clause inverted: ", reports NAME."',
        text: 'Health officials in the province closed two markets, according to Dana Whitfield of the Gazette. All "affected stalls" were also disinfected, reports Whitfield.',
        quote: 'affected stalls',
        speaker: 'Dana Whitfield',
      },
      {
        why: 'a later quotation of the same sentence stands between: the closing clause attributes both',
        text: 'The grid failed twice this week. The cuts have been "deeply frustrating" and the utility is investing, but for now "we will not gamble with safety," chief executive Marta Ibsen said.',
        quote: 'deeply frustrating',
        speaker: 'Marta Ibsen',
      },
      {
        why: 'quoted words used as a modifier ("A “phase two” deal") name a thing, whoever closes the sentence',
        text: 'A "phase two" agreement could now slip into next year, trade analysts say.',
        quote: 'phase two',
        term: true,
      },
      {
        why: '"reports" after an adjective is a noun, not a verb that would attribute the words',
        text: 'The inspector general released two highly critical reports that found "serious lapses in oversight" at the agency.',
        quote: 'serious lapses',
        term: true,
      },
      {
        why: 'a closing verb with a clause of its own reports something else: the quoted words stay a term',
        text: 'Residents called the plan "a slow-motion disaster" for the harbour, but Councillor Pieter Vos said it would create jobs.',
        quote: 'a slow-motion disaster',
        term: true,
      },
      {
        why: '"told reporters that ..." is a clause, not the closing clause: the quoted words stay a term',
        text: 'The strike left the port "completely paralysed" for a week, and Omar Haddad told reporters that talks would resume.',
        quote: 'completely paralysed',
        term: true,
      },
    ],
    annotateWithEntities,
  );
});

describe('a he/she after an anonymous person brought in as an object', () => {
  runTable(
    [
      {
        why: 'the mother the reporter spoke to, not a name mentioned earlier',
        text: 'Lena Marsh, who runs the parents’ forum, has warned about the app for months.\n\nThe Courier spoke to one mother, who had found her son’s account listed as a Pizza Delivery Service. “I had no idea his number was public,” she said.',
        quote: 'I had no idea',
        speaker: 'one mother',
      },
      {
        why: 'a capitalised run after "a" is a thing, not a person a pronoun could stand for',
        text: 'Her daughter had listed herself as a Go-Kart Track on the app.\n\n“It was a joke that went too far,” she said.',
        quote: 'It was a joke',
        not: 'Go-Kart Track',
      },
      {
        why: 'the apposition of an anonymous person opening the sentence stays that person',
        text: 'Two men were arrested.\n\nOne witness, a woman who works at a bar nearby, said she had heard shouting. “He was already on the ground,” she said.',
        quote: 'He was already',
        speaker: 'One witness',
      },
      {
        why: 'a name after the anonymous person is the newer topic',
        text: 'Reporters spoke to one mother at the gate before the head teacher, Ruth Okafor, came out. “We will reopen on Monday,” she said.',
        quote: 'We will reopen',
        speaker: 'Ruth Okafor',
      },
    ],
    annotateWithEntities,
  );
});

describe('"described ... as “...”" across a long object', () => {
  runTable(
    [
      {
        why: 'an abbreviation inside the object ("U.S.") does not end the clause',
        text: 'Ines Kowalczyk studies the region for a think tank in Vienna. Kowalczyk described the claim that the U.S. is arming the militias near the old airbase as "frankly ridiculous."',
        quote: 'frankly ridiculous',
        speaker: 'Ines Kowalczyk',
      },
    ],
    annotateWithEntities,
  );
});

describe('quoted words as the content of a named speaker\'s claim, call or order', () => {
  runTable(
    [
      {
        why: 'a possessive owner before the speech noun',
        text: 'Governor Lydia Brandt toured the farms on Tuesday. Brandt’s promise to “rebuild every barn by spring” was met with doubt.',
        quote: 'rebuild every barn',
        speaker: 'Lydia Brandt',
      },
      {
        why: 'the owner after "from", a family name written first ("Xi" for Xi Jinping)',
        text: 'Xi Jinping chaired the meeting. The crackdown followed directives from Xi to “leave no stone unturned” in the province.',
        quote: 'leave no stone',
        speaker: 'Xi Jinping',
      },
      {
        why: 'a document owning the claim is no speaker: the words stay a term',
        text: 'The audit was published on Friday. The report’s claim that “costs were contained” was disputed by the unions.',
        quote: 'costs were contained',
        term: true,
      },
    ],
    annotateWithEntities,
  );
});

describe('a role noun in -er before a present-tense verb is the subject', () => {
  runTable(
    [
      {
        why: '"an officer shouts": officer is no adjective and shouts no plural noun',
        text: 'Police reached the motel before dawn.\n\n"Open the door! We are coming in!" an officer shouts.',
        quote: 'Open the door',
        speaker: 'an officer',
      },
    ],
    annotateWithEntities,
  );
});

describe('what someone views something as, or called it; claims owned by a pronoun', () => {
  runTable(
    [
      {
        why: '"which X views as “...”": the viewer is the speaker',
        text: 'Among the bank’s rules is secrecy, which Norvald Bank views as "a promise to every client" and defends in court.',
        quote: 'a promise to every',
        speaker: 'Norvald Bank',
      },
      {
        why: 'a passive ("is seen as") names no one who said it',
        text: 'Governor Anne Falk opened the bridge on Monday. The bridge is seen as "a lifeline for the island" by many.',
        quote: 'a lifeline',
        not: 'Anne Falk',
      },
      {
        why: 'a noun cue followed by an article is an object: the quoted words are what the caller said of it',
        text: 'Mayor Ilse Brandt unveiled the plan. Brandt called the new scheme a "bold step toward cleaner streets for everyone."',
        quote: 'bold step',
        speaker: 'Ilse Brandt',
      },
      {
        why: 'the same noun cue right before the mark still names the quoted words',
        text: 'The council ran the campaign "Clean Streets, Clear Minds" all summer.',
        quote: 'Clean Streets',
        term: true,
      },
      {
        why: '"his claim in the interview that the pair were “...”": the possessive pronoun owns the claim',
        text: 'Tomas Hale spoke to the BBC for an hour. The emails contradict his claim in the same interview that the two men were "barely acquainted".',
        quote: 'barely acquainted',
        speaker: 'Tomas Hale',
      },
    ],
    annotateWithEntities,
  );
});

describe('subjects the attribution phrase finder used to miss', () => {
  runTable(
    [
      {
        why: 'a participle after a comma takes the subject of the clause before, not the noun phrase the comma closes',
        text: 'The festival board said in a statement that a record 90,000 visitors had come over the weekend, calling the event "one of the finest weekends we have had."',
        quote: 'one of the finest',
        not: 'a record 90',
      },
      {
        why: 'an office opening the sentence speaks through "saying"',
        text: 'The mayor’s office declined to answer questions on Friday, saying only that the new depot was "on budget and on time".',
        quote: 'on budget',
        speaker: 'The mayor’s office',
      },
      {
        why: '"his own post" is a noun phrase, not a subject and a verb',
        text: 'Councillor Ewan Tarrow posted a long statement on Sunday. (He added, in a comment under his own post, "I am still waiting for an answer.")',
        quote: 'I am still waiting',
        speaker: 'Ewan Tarrow',
      },
      {
        why: 'a leading time phrase before the pronoun of a coordinated verb ("On the Friday he tasted it and said")',
        text: 'My first teacher was a cook called Benedikt Lorrimer, who ran the kitchen at the Hotel Vesta. On the Friday he tasted my soup and said, "Now you are cooking for someone else."',
        quote: 'Now you are cooking',
        speaker: 'Benedikt Lorrimer',
      },
    ],
    annotateWithEntities,
  );
});

describe('a channel traced to whoever published it', () => {
  runTable(
    [
      {
        why: '"The report, published by the X, ..." then "the report said": X speaks',
        text: 'An audit found that rail delays doubled last year.\n\nThe study, published on Friday by the Office of Rail Standards, blamed ageing signals. "Too many lines still run on equipment installed in the 1970s," the study said.',
        quote: 'Too many lines',
        speaker: 'the Office of Rail Standards',
      },
    ],
    annotateWithEntities,
  );
});

describe('a definite role naming one word of a capitalised title', () => {
  runTable(
    [
      {
        why: '"the detective" for Detective Chief Inspector X',
        text: 'At a briefing, Detective Chief Inspector Rowena Achterberg said two men had been charged. "It was planned for weeks," she said.\n\nThe victim is recovering. "He is sitting up and talking," the detective said.',
        quote: 'He is sitting up',
        speaker: 'Rowena Achterberg',
      },
    ],
    annotateWithEntities,
  );
});

describe('an organisation named by its first word', () => {
  runTable(
    [
      {
        why: '"Coldwater said" after "Coldwater Energy": company-name tails (Energy, Airlines, Technologies...) head organisation names',
        text: 'Coldwater Energy, one of the largest suppliers in the region, said hackers had stolen customer data.\n\n"We deeply regret this incident," Coldwater said in a statement on its website.',
        quote: 'We deeply regret',
        speaker: 'Coldwater Energy',
      },
    ],
    annotateWithEntities,
  );
});

describe('a definite role for the first speaker, two sentences on', () => {
  runTable(
    [
      {
        why: 'the subject two sentences back when the sentence between names no one',
        text: 'Oskar Brennholt could not hide his frustration. The hosts led by two goals with ten minutes left and lost.\n\n"We gave it away," the Harwick manager said.',
        quote: 'We gave it away',
        speaker: 'Oskar Brennholt',
      },
      {
        why: 'a person named in the sentence between blocks the reach',
        text: 'Oskar Brennholt could not hide his frustration. Tamsin Ruddock scored twice for the visitors.\n\n"We gave it away," the Harwick manager said.',
        quote: 'We gave it away',
        not: 'Oskar Brennholt',
      },
    ],
    annotateWithEntities,
  );
});

describe('a share of respondents speaks for its poll', () => {
  runTable(
    [
      {
        why: '"N percent say that “...”" after a named poll',
        text: 'A new Harbour Tribune poll shows broad support for the tunnel. Sixty percent say that "the tunnel should be built whatever it costs."',
        quote: 'the tunnel should',
        speaker: 'Harbour Tribune poll',
      },
      {
        why: '"say that" alone names no one',
        text: 'Sixty percent say that "the tunnel should be built whatever it costs."',
        quote: 'the tunnel should',
        not: 'that',
      },
    ],
    annotateWithEntities,
  );
});

describe('"ordered" reports; "order" and "orders" are nouns', () => {
  runTable(
    [
      {
        why: '"“...!” an officer ordered"',
        text: 'Police reached the flat at dawn.\n\n"Hands! Show me your hands!" an officer ordered.',
        quote: 'Hands!',
        speaker: 'an officer',
      },
      {
        why: '"sounds like a tall order" reports nothing',
        text: '"Run a marathon in a month" sounds like a tall order. It does not have to be.',
        quote: 'Run a marathon',
        not: 'a tall',
      },
    ],
    annotateWithEntities,
  );
});
