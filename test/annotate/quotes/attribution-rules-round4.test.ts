/**
 * Attribution rules of the fourth round, table-driven on short passages written for these tests:
 * a he/she after an anonymous person who opens the sentence before, a reaction sentence ("she
 * laughed.") handing the floor to its subject, reporting verbs that are nouns or requests, role
 * phrases owned by a name or a pronoun ("Kettleby’s son", "her daughter"), organisations named as
 * the subject of the sentence before, places that are venues, and quoted words that are a
 * reference or a title. Each case names one quotation by its first words and says which speaker it
 * must get, or which it must not; `term` cases say the quoted words are no quotation at all.
 */
import { describe } from 'vitest';
import { runTable } from './rule-table.js';

describe('a he/she after an anonymous person opening the sentence before', () => {
  runTable([
    {
      why: 'a relative clause between the role and its verb does not hide the person',
      text: 'Mayor Henrik Dahl said the pumps had failed twice. “We were lucky,” Dahl said.\n\nA ferry pilot who had worked through the night said the harbour was still closed. “The swell is too high to dock anything,” he said.',
      quote: 'The swell',
      speaker: 'A ferry pilot',
    },
    {
      why: 'a verb that is no reporting verb ("was cheered") still leaves the opening person as the topic',
      text: 'Councillor Ruth Amsel backed the plan. “It is overdue,” she said.\n\nA man who said he walked his dog along the canal every day was cheered when he spoke. “Nobody asked us,” he said.',
      quote: 'Nobody asked',
      speaker: 'A man',
    },
    {
      why: 'the person in apposition keeps the opening role ("One witness, a cook...")',
      text: 'Inspector Leon Varga said two people had been hurt.\n\nOne witness, a cook at a cafe across the road, said she had heard a bang. “The windows shook,” she said.',
      quote: 'The windows',
      speaker: 'One witness',
    },
    {
      why: 'a place modifier stays with the anonymous role ("on her way to work")',
      text: 'Trains were cancelled all morning. A teacher on her way to an exam hall said the queue was an hour long.\n\n“I will be late for my own students,” she said.',
      quote: 'I will be late',
      speaker: 'A teacher on her way to an exam hall',
    },
    {
      why: 'a thing opening the sentence before is no speaker ("A report...")',
      text: 'Dr Nadia Ferro leads the clinic. A report published on Monday found waits had doubled. “We saw this coming,” she said.',
      quote: 'We saw this',
      speaker: 'Nadia Ferro',
    },
    {
      why: 'a named speaker of the sentence before still takes the pronoun',
      text: 'A storm hit the coast overnight. Harbour master Ines Kolar said the boats had been moved. “We saw it coming,” she said.',
      quote: 'We saw it',
      speaker: 'Ines Kolar',
    },
  ]);
});

describe('a reaction sentence hands the floor to its subject', () => {
  runTable([
    {
      why: 'a he/she after a leading "Asked..." clause, not the previous quotation\'s speaker',
      text: 'The gallery said the show had drawn “record crowds this spring.”\n\nThe painter Agnes Moll said she was already planning the next one. Asked whether it would be as large, she smiled. “Larger, if they let me.”',
      quote: 'Larger, if',
      speaker: 'Agnes Moll',
    },
    {
      why: 'a name that laughs takes the quotation after it',
      text: 'The review in the Coastal Herald called the record “a quiet triumph.” Asked about a tour, drummer Pavel Ostrov laughed. “Ask my knees.”',
      quote: 'Ask my knees',
      speaker: 'Pavel Ostrov',
    },
    {
      why: '"His mother shrugged" goes to the woman, not to the son who just spoke',
      text: 'Marta Lind and her son, Erik Lind, run the shop together. “She tastes everything twice,” Erik said.\n\nHis mother shrugged. “Someone has to.”',
      quote: 'Someone has to',
      speaker: 'Marta Lind',
    },
    {
      why: 'a sentence whose subject is no person leaves the previous speaker in place',
      text: '“We will reopen in May,” said the owner, Bruno Salo. The council approved the new roof in March. “It took two years.”',
      quote: 'It took',
      speaker: 'Bruno Salo',
    },
    {
      why: 'a sentence with a quotation in it does not break the continuation',
      text: '“We will reopen in May,” said the owner, Bruno Salo. “The roof comes first.”',
      quote: 'The roof',
      speaker: 'Bruno Salo',
    },
  ]);
});

describe('reporting-verb forms that report nothing', () => {
  runTable([
    {
      why: 'a plural noun after a possessive and an adjective ("repeated promises") is no verb',
      text: 'The tribunal said that the landlord’s repeated promises to fix the lifts amounted to “words without a single engineer.”',
      quote: 'words without',
      speaker: 'The tribunal',
    },
    {
      why: '"would ask ... for funds" is a request: the main verb\'s subject speaks',
      text: 'Tremaine Okoro, the mayor, spoke first. Okoro said the town would ask the region for money to rebuild the quay.\n\n“We cannot do it alone.”',
      quote: 'We cannot',
      speaker: 'Tremaine Okoro',
    },
    {
      why: 'a participle asking for money is not the verb of the quotation',
      text: 'Senator Paula Greig said on Monday that schools asking for more money should “spend what they have first.”',
      quote: 'spend what',
      speaker: 'Paula Greig',
    },
    {
      why: '"asked for the third time" still reports a question',
      text: 'The hearing ran late. “Where did the money go?” Judge Corinne Abbas asked for the third time.',
      quote: 'Where did',
      speaker: 'Corinne Abbas',
    },
    {
      why: '"put it on the table" is no reporting verb',
      text: 'Mara Quist made tea for the visitors. She put it on the table by the window. “Sugar is in the tin.”',
      quote: 'Sugar is',
      speaker: 'Mara Quist',
    },
    {
      why: '"as she put it" attributes the quotation',
      text: 'Astrid Nyberg joined the railway in 1961. She rose fast, though, as she later put it, “nobody expected a woman to stay.”',
      quote: 'nobody expected',
      speaker: 'Astrid Nyberg',
    },
  ]);
});

describe('roles owned by a name or a pronoun', () => {
  runTable([
    {
      why: '"said Kettleby’s son" is a role, not Kettleby',
      text: 'Walter Brisk, 81, waited a day for a bed, according to his son.\n\n“They had no room for him,” said Brisk’s son, who did not give his name.',
      quote: 'They had no room',
      speaker: 'Brisk’s son',
      not: 'Walter Brisk',
    },
    {
      why: '"her daughter" goes to the person introduced as her daughter',
      text: 'Vera Holm, the architect, died on Monday. Her death was announced by her daughter, Signe Holm, who said she had been ill.\n\n“She drew until the last week,” her daughter said.',
      quote: 'She drew',
      speaker: 'Signe Holm',
    },
    {
      why: 'an owned role with no one introduced by it stays a role',
      text: 'Vera Holm, the architect, died on Monday. “She drew until the last week,” her daughter said.',
      quote: 'She drew',
      speaker: 'her daughter',
      not: 'Vera Holm',
    },
  ]);
});

describe('organisations behind "the company"', () => {
  runTable([
    {
      why: 'the organisation that was the subject of the sentence before',
      text: 'Eastmere Rail, which runs the coastal line, said a third of its trains had run. “We have made our best offer,” the company said.',
      quote: 'We have made',
      speaker: 'Eastmere Rail',
    },
    {
      why: 'a person opening the sentence before is no company',
      text: 'Greta Vollmer said the talks had stalled. “We have made our best offer,” the company said.',
      quote: 'We have made',
      not: 'Greta Vollmer',
    },
    {
      why: 'a court named as the venue is not the court that speaks',
      text: 'Lena Brandt was jailed at Marlow Crown Court on Friday. In written remarks, the court said the thefts were “a cruel breach of trust.”',
      quote: 'a cruel breach',
      speaker: 'the court',
    },
  ]);
});

describe('quoted words that are no quotation', () => {
  runTable([
    {
      why: 'a reference to quote to the police',
      text: 'Police said anyone with information should call the non-emergency line, quoting “incident 42 of 3 June.”',
      quote: 'incident 42',
      term: true,
    },
    {
      why: 'a title followed by a place phrase and the reporting verb',
      text: 'Director Ana Reyes, who last staged “Summer Bells” at the same theatre, said she had wanted the part for years.',
      quote: 'Summer Bells',
      term: true,
    },
    {
      why: 'a quotation handed over with a comma is still attributed',
      text: '“We will be back next season,” at least in spirit, said the coach, Mirela Dobre.',
      quote: 'We will be back',
      speaker: 'Mirela Dobre',
    },
  ]);
});

describe('gender from pronouns', () => {
  runTable([
    {
      why: 'a she about an anonymous woman does not make the councillor before her female',
      text: 'Councillor Robin Ashe voted against the plan. “We moved too fast,” he said.\n\nA woman who said she cycled with her son every day spoke next. She said the lane had saved her. “I feel safe now,” she said.\n\nAshe said the vote could be revisited. “I hope it will be,” he said.',
      quote: 'I hope it',
      speaker: 'Robin Ashe',
    },
  ]);
});
