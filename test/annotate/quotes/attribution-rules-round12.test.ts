/**
 * Attribution rules of the twelfth round, table-driven on short passages written for these tests:
 * a spokesperson "for" an organisation named in apposition stays the role ("A spokesman for the
 * bus operator, Marrow Coach Lines, said"); a sentence opening with an anonymous subject after a
 * closing parenthesis keeps its he/she from voting on the person named before; "who visited ... and
 * urged" takes the relative clause's antecedent; "That was how X put it" (also opening the next
 * paragraph) attributes the quotation before it; words on a sign (however the sign is described)
 * and chants, including the later members of a list ("banners reading “A” and “B”"), are terms; a
 * given name the tagger gave to the title's place ("Governor of Marapao Province Teodoro | Baylon
 * Madrigal") goes back to the person; a he/she after a sentence with no person subject stands for the
 * one person that sentence names ("That prospect worries X, who ... She said"); "the Linhe fire
 * department" is an organisation that "the fire department" and "it" stand for. From quotes-blind10:
 * titles written before names ("Chief Executive", "Cllr", "TD", "MP", "Qualifier") are no part of
 * them; a first word the tagger left out of a two-word name ("Mame| Coumba Sarr") is taken back;
 * "Elena Carrasco" in a headline and "Elena Carrasco Montoya" in the body are one person, known by
 * the full name; "X, the Austrian who ..., double-faulted and called her serve “…”" (a verb opening the
 * clause after an apposition); a quotation opening the paragraph after the interviewer's "I ask her
 * ..." is the answer of the person asked; an acronym opening a longer organisation's name ("NHS" and
 * "NHS Wealdshire") is another organisation; "a source close to the talks" and "a person familiar with
 * the matter" are whole role phrases, and "the source said" later is that source; "A report to
 * councillors" is a document speaker (also when a thousands separator sits in the clause before its
 * second verb); a message shown on a screen is no quotation; "X accused Y of “…”" is X's (Y is the
 * object, never the speaker); a bare plural group keeps its modifiers ("opposition parties", "the
 * Russian and Syrian defence ministries"), but not a sentence adverb ("Yesterday officials"). From
 * quotes-blind12: "Madam", "Nana" and "MC" are titles; a given name alone first ("Maureen", in a
 * standfirst) then the full name is one person, known by the full name; a nationality noun ("said the
 * Sri Lankan", "the South African said") stands for the person the story is about; "the club" stands
 * for a club named with another head ("Westbridge Albion"); "Caio, who scored 14 goals, said" after
 * "Caio Henrique Batista" and "Etcheverry Paz said" after "Lucía Etcheverry Paz" are that person;
 * "the DOF said" and "according to the DOF" after "the Department of Fisheries (DOF)" name it;
 * "when he was a boy" brings in no one new; "The consultation document seen by staff says" is the
 * document's; a bracketed acronym after a name ("(KUTC), which ..., said") is read past; "the retired
 * dinner lady told us" is the woman the story is about ("lady", "gran", "pensioner" are person roles);
 * "add 40 more buses" is no reporting verb; "Kaumātua" is a title; "the statement said" after "the
 * ministry referred this reporter to a statement it issued" is the ministry's, its name kept whole
 * across "and"; "X, a Y, accused ... of “…”, while the union president, Z, said ... “…”" gives the
 * second quotation to Z; "The economy ministry in Berlin said" is the ministry's, not Berlin's, and
 * "A spokesman at the embassy in Kyiv" keeps its place; "his family said" is the family of the man
 * the story is about ("X's family"); "Railway officials said ..., but they cautioned that “…”" is the
 * officials'; a verbless partial quotation in a paragraph that names no one goes to the speaker just
 * quoted in it; "As we have noted, a study by X concluded that “…”" is X's finding, not the writer's.
 */
import { describe } from 'vitest';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a spokesperson for an organisation named in apposition', () => {
  runTable(
    [
      {
        why: 'the apposition names the operator, not the spokesman: the role speaks',
        text: 'Eleven people were hurt when the coach left the road. A spokesman for the bus operator, Marrow Coach Lines, said the company was "helping the police in every way" and would review its rosters.',
        quote: 'helping the police',
        speaker: 'A spokesman for the bus operator',
      },
      {
        why: 'the he that follows stays with the role, not the company',
        text: 'A spokesman for the bus operator, Marrow Coach Lines, said the company was "helping the police in every way". The coach had been serviced in May, he said, and its brakes had been "tested and passed".',
        quote: 'tested and passed',
        speaker: 'A spokesman for the bus operator',
      },
      {
        why: 'guard: a person named in apposition after the role is still the speaker',
        text: 'A spokesman for the bus operator, Daniel Forsythe, said the company was "helping the police in every way".',
        quote: 'helping the police',
        speaker: 'Daniel Forsythe',
      },
    ],
    annotateWithEntities,
  );
});

describe('an anonymous subject after a closing parenthesis', () => {
  runTable(
    [
      {
        why: '"(“…,” she added.)\\n\\nOne older driver, who ... because he feared": his he is not the union leader’s',
        text: '“It took us nine weeks, but we were heard,” said Park Ji-hye, who leads the drivers’ union at the depot.\n\n“Fares will have to rise,” said Choi Dong-hyun, a transport analyst at Hanbit Securities.\n\nPark, 51, said the union would hold the company to its word. (“A signature is only ink,” she added.)\n\nOne older driver, who asked not to be named because he feared for his job, said the new shifts were no better. “We drive the same hours for the same money,” he said.',
        quote: 'A signature is only ink',
        speaker: 'Park Ji-hye',
      },
    ],
    annotateWithEntities,
  );
});

describe('a reporting verb joined to a relative clause', () => {
  runTable(
    [
      {
        why: '"the minister, X, who visited ... and urged both sides to “…”": the relative clause’s antecedent',
        text: 'The strike drew in the transport minister, Lindqvist Aro, who toured the depot on Monday and urged both sides to “settle before the winter timetable starts.”',
        quote: 'settle before the winter',
        speaker: 'Lindqvist Aro',
        rule: 'quotes/verb-before',
      },
    ],
    annotateWithEntities,
  );
});

describe('"That was how X put it" after the quotation', () => {
  runTable(
    [
      {
        why: 'opening the next paragraph, with an age and a participle after the name',
        text: 'Tenants of the Morrow estate wrote to the council last month that “half the flats on our stair are empty all winter”.\n\n“We are not asking for favours. We pay every bill and still we are pushed out.”\n\nThat was how Dolores Fenwick, 68, put it, leaning on the railing outside her door.',
        quote: 'We are not asking',
        speaker: 'Dolores Fenwick',
        rule: 'quotes/next-sentence',
      },
      {
        why: '"That’s how she put it" with a pronoun, opening the next paragraph',
        text: 'Harriet Osei closed the meeting with a warning.\n\n“Nobody leaves this room until the budget balances.”\n\nThat’s how she put it, and nobody did.',
        quote: 'Nobody leaves this room',
        speaker: 'Harriet Osei',
        rule: 'quotes/next-sentence',
      },
    ],
    annotateWithEntities,
  );
});

describe('words on signs and chants are no quotations', () => {
  runTable(
    [
      {
        why: 'the second banner of "banners reading “A” and “B”"',
        text: 'Marchers carried banners reading “Our streets are not hotels” and “Keys for neighbours, not for visitors”, and stopped outside the town hall. “We are not against tourism,” said Marta Solé.',
        quote: 'Keys for neighbours',
        term: true,
      },
      {
        why: 'a chant after "to chant"',
        text: 'The crowd stopped outside the town hall to chant “We will not leave our homes, we will not leave our town!” for ten minutes.',
        quote: 'We will not leave',
        term: true,
      },
      {
        why: 'both members of "chanted, “A,” and “B,”"',
        text: 'Nurses chanted, “Staff the wards,” and “Pay us what we are worth,” as they marched past the hospital.',
        quote: 'Pay us what we are worth',
        term: true,
      },
      {
        why: 'a sign described at length before "reads"',
        text: 'The drainage plan has been called "a bucket under a burst pipe", and a painted sign on the gate of one orchard near the dike reads "The river wins, the farmer pays."',
        quote: 'The river wins',
        term: true,
      },
      {
        why: 'guard: two quotations joined by "and" after a reporting verb stay quotations',
        text: 'Marta Solé said the plan was “too little” and “far too late for the families already gone”.',
        quote: 'far too late',
        speaker: 'Marta Solé',
      },
    ],
    annotateWithEntities,
  );
});

describe('a given name the tagger gave to the title’s place', () => {
  runTable(
    [
      {
        why: '"Governor of Sorsogan Province Teodoro Bayani Macaraeg told": "Macaraeg said" is the whole name',
        text: 'At least 12 people died after fire broke out on a ferry off Sorsogan Province in the central Philippines on Friday. Governor of Sorsogan Province Teodoro Bayani Macaraeg told the radio station DZRB that rescuers had pulled 90 people out. "Come to us," Macaraeg said.',
        quote: 'Come to us',
        speaker: 'Teodoro Bayani Macaraeg',
      },
    ],
    annotateWithEntities,
  );
});

describe('a he/she after a sentence whose subject is no person', () => {
  runTable(
    [
      {
        why: '"That prospect worries X, who chairs ... She said": the object, not the woman quoted before',
        text: 'Lin Mei-ling, who runs purchasing at the mill, said it had mapped most farms. “The big estates are easy,” Lin said. If the rest are not mapped, she said, prices will fall.\n\nThat prospect alarms Rosnah binti Kassim, who chairs a cooperative of 200 growers. She said buyers were already offering less, citing traders “who say nobody in Europe will take our crop”.',
        quote: 'who say nobody',
        speaker: 'Rosnah binti Kassim',
      },
      {
        why: 'guard: a person opening the sentence before keeps the he/she',
        text: 'Lin Mei-ling runs purchasing at the mill. Lin Mei-ling met Rosnah binti Kassim on Monday. She said the mill would pay “a fair price for every tonne”.',
        quote: 'a fair price',
        speaker: 'Lin Mei-ling',
      },
    ],
    annotateWithEntities,
  );
});

describe('an office named with a lower-case head noun after a capitalised word', () => {
  runTable(
    [
      {
        why: '"the Dongmen police bureau" ... "The police bureau said ... “…,” it said"',
        text: 'A notice issued by the Dongmen police bureau said checkpoints would stay in place. Drivers were told to expect delays.\n\nThe police bureau said six people had been detained. “Anyone who blocks the road will be dealt with under the law,” it said.',
        quote: 'Anyone who blocks',
        speaker: 'Dongmen police bureau',
      },
      {
        why: 'guard: "the Swiss company" is no organisation’s name',
        text: 'Harlow Instruments was bought by the Swiss company last year. “We were not consulted,” the company said.',
        quote: 'We were not consulted',
        not: 'Swiss company',
      },
    ],
    annotateWithEntities,
  );
});

describe('titles written before a name', () => {
  runTable(
    [
      {
        why: '"Chief Executive X told analysts" then "he said": no "Executive" in the name',
        text: '"Demand is not coming back this year," Chief Executive Torvald Ekholm told analysts on a call. "We have to be honest about that," he said.',
        quote: 'We have to be honest',
        speaker: 'Torvald Ekholm',
      },
      {
        why: '"said Cllr X, the leader of the council"',
        text: '"We got the timing wrong and we are sorry," said Cllr Bethan Lloyd-Carrow, the leader of the council.',
        quote: 'We got the timing wrong',
        speaker: 'Bethan Lloyd-Carrow',
      },
      {
        why: '"The Independent TD X, who voted with the Government, said"',
        text: 'The Independent TD Padraic Ó Floinn, who voted with the Government, said he had done so “with real reluctance”.',
        quote: 'with real reluctance',
        speaker: 'Padraic Ó Floinn',
      },
      {
        why: '"The local MP, X, said": the role before the name in apposition',
        text: 'The local MP, Rowena Achterberg, said the closure was “a hammer blow for a growing town”.',
        quote: 'a hammer blow',
        speaker: 'Rowena Achterberg',
      },
      {
        why: 'hyphenated titles and honorifics opening a sentence, then "she said" / "he said"',
        text: 'Secretary-General Amara Oduya told the assembly the fund was empty. "We will appeal to every member," she said.\n\nAlhaji Musa Danjuma Bello opened the new market on Friday. "Trade is how this town breathes," he said.',
        quote: 'We will appeal',
        speaker: 'Amara Oduya',
      },
      {
        why: '"Alhaji" is no part of the name either',
        text: 'Alhaji Musa Danjuma Bello opened the new market on Friday. "Trade is how this town breathes," he said.',
        quote: 'Trade is how',
        speaker: 'Musa Danjuma Bello',
      },
      {
        why: 'a draw label in a headline: "Qualifier X stuns top seed"',
        text: 'Qualifier Sultanbekova stuns top seed Marten to reach the semi-finals\n\n"I just kept hitting the ball and hoping," said Sultanbekova, who is ranked 212th.',
        quote: 'I just kept hitting',
        speaker: 'Sultanbekova',
      },
    ],
    annotateWithEntities,
  );
});

describe('names the tagger reads short', () => {
  runTable(
    [
      {
        why: 'a first word of a Senegalese name left out after a closing quotation mark',
        text: '"Not one lorry will move," Mame Coumba Sarr, secretary general of the union, said.',
        quote: 'Not one lorry',
        speaker: 'Mame Coumba Sarr',
      },
      {
        why: 'the given name and first surname in the headline, the full name in the body',
        text: 'Elena Carrasco, who drew the city’s buses for forty years, dies at 88\n\nElena Carrasco Montoya, an illustrator who spent four decades drawing public transport, died on Sunday. She was 88.\n\nCarrasco drew her first bus at nine. “I liked that they went everywhere and asked nothing,” she said in 2012.',
        quote: 'I liked that they went',
        speaker: 'Elena Carrasco Montoya',
      },
      {
        why: 'guard: an unknown word opening a sentence before a two-word name stays out of it (it may be a title)',
        text: 'Provost Amara Oduya told the assembly the fund was empty. "We will appeal to every member," Oduya said.',
        quote: 'We will appeal',
        not: 'Provost Amara Oduya',
      },
      {
        why: 'guard: a party label before a name is no given name',
        text: 'Republican Dwight Harrelson said the bill was “dead on arrival” in the state senate.',
        quote: 'dead on arrival',
        speaker: 'Dwight Harrelson',
      },
    ],
    annotateWithEntities,
  );
});

describe('subjects, answers and organisations read from blind10', () => {
  runTable(
    [
      {
        why: 'a coordinated verb after an apposition that holds a relative clause',
        text: 'Marchetti, the Italian who won the title in 2021, double-faulted nine times and called her serve "a mess from the first game to the last."',
        quote: 'a mess from the first',
        speaker: 'Marchetti',
      },
      {
        why: 'the answer to "I ask her what that was like." opening the next paragraph',
        text: 'Nora Quayle runs the repair café on Tuesdays.\n\nQuayle trained as a plumber in the 1980s, when, she says, she was the only woman in her year. I ask her what that was like.\n\n“The lads were fine. It was the customers who looked past me for the man.”',
        quote: 'The lads were fine',
        speaker: 'Nora Quayle',
        rule: 'quotes/context',
      },
      {
        why: '"the NHS" earlier does not swallow "NHS Wealdshire", whose "it" said it',
        text: 'The surgery’s partners have told the NHS that they will end their contract in September.\n\nNHS Wealdshire, which plans GP services in the area, said it had tried to find another provider. “Nobody will be left without a doctor,” it said in a statement.',
        quote: 'Nobody will be left',
        speaker: 'NHS Wealdshire',
      },
    ],
    annotateWithEntities,
  );
});

describe('anonymous sources with an adjective and its preposition', () => {
  runTable(
    [
      {
        why: '"A person familiar with the outage said ... “…,” the person said"',
        text: 'A person familiar with the outage said the patch had been pushed to every server at once. "Nobody staged it. Nobody checked it," the person said.',
        quote: 'Nobody staged it',
        speaker: 'A person familiar with the outage',
      },
      {
        why: '"A source close to the negotiations said ... “…,” the source said"',
        text: 'A source close to the negotiations said a deal was near. "It is finished except for the signatures," the source said.',
        quote: 'It is finished',
        speaker: 'A source close to the negotiations',
      },
      {
        why: '"said a source close to the negotiations": the inverted subject keeps its preposition',
        text: '"It is finished except for the signatures," said a source close to the negotiations.',
        quote: 'It is finished',
        speaker: 'a source close to the negotiations',
      },
    ],
  );
});

describe('documents sent to someone, and messages on screens', () => {
  runTable(
    [
      {
        why: '"A report to councillors described the pool as “…”"',
        text: 'A report to councillors described the pool as "well past the end of its useful life".',
        quote: 'well past the end',
        speaker: 'A report to councillors',
      },
      {
        why: 'a second verb after a clause holding "£92,000"',
        text: 'A letter to parents said the building cost £92,000 a year to heat and repair and called it "no longer fit for children".',
        quote: 'no longer fit',
        speaker: 'A letter to parents',
      },
      {
        why: 'a message a screen displayed',
        text: 'Ticket gates at the station displayed the message "Service suspended. Please see a member of staff." for most of the morning.',
        quote: 'Service suspended',
        term: true,
      },
    ],
  );
});

describe('accusations and groups with their modifiers', () => {
  runTable(
    [
      {
        why: '"opposition parties accused her of “…”"',
        text: 'The minister survived the vote after a long debate in which opposition parties accused her of “running the clock down on a crisis”.',
        quote: 'running the clock down',
        speaker: 'opposition parties',
      },
      {
        why: '"the A and B defence ministries accused X of “…”": the object after the verb is not the speaker',
        text: 'In a joint statement, the Norwegian and Finnish defence ministries accused the smugglers of running “ghost convoys” through the border forest.',
        quote: 'ghost convoys',
        speaker: 'the Norwegian and Finnish defence ministries',
      },
      {
        why: 'a named accuser',
        text: 'Lena Holt accused the board of “hiding the figures from the town for ten years”.',
        quote: 'hiding the figures',
        speaker: 'Lena Holt',
      },
      {
        why: 'guard: "Yesterday officials said" leaves the adverb out',
        text: 'Yesterday officials said the bridge was "unsafe for any traffic at all".',
        quote: 'unsafe for any traffic',
        speaker: 'officials',
      },
    ],
  );
});

describe('names, nationalities and clubs read from blind12', () => {
  runTable(
    [
      {
        why: '"Madam" before a name is a title',
        text: '"Who will pay for my farm?" asked Madam Akua Boatemaa, a cocoa farmer. "I am a widow," Boatemaa said.',
        quote: 'I am a widow',
        speaker: 'Akua Boatemaa',
      },
      {
        why: 'a given name alone in the standfirst, the full name in the body',
        text: 'Gran’s fury as neighbour’s hedge blots out the sun\n\nMaureen, 71, says she has not seen sunshine in her garden for three summers\n\nA furious gran says she has been left in the dark by a 40ft hedge.\n\nMaureen Ashworth, 71, says the conifers at the bottom of her garden block the sun. “I’m not asking him to chop it down. Just take ten feet off,” Maureen said.',
        quote: 'I’m not asking him',
        speaker: 'Maureen Ashworth',
      },
      {
        why: '"said the Sri Lankan": the bowler the sentence before is about',
        text: 'The innings fell away after he was stumped off the leg-spinner Kasun Ratnayake for 61.\n\nRatnayake finished with three for 24 from his four overs.\n\n“The ball was gripping a little,” said the Sri Lankan, who is in his first season here.',
        quote: 'The ball was gripping',
        speaker: 'Kasun Ratnayake',
      },
      {
        why: '"the South African said": the coach named as the subject before',
        text: 'For the Stags head coach, Pieter Joubert, who took charge two seasons ago, the win was sweet.\n\n“Seven of the eleven came through our academy,” the South African said.',
        quote: 'Seven of the eleven',
        speaker: 'Pieter Joubert',
      },
      {
        why: 'guard: "the Vatican said" is no nationality',
        text: 'Cardinal Aldo Ferrante met the delegation. "The talks were useful," the Vatican said in a statement.',
        quote: 'The talks were useful',
        not: 'Aldo Ferrante',
      },
      {
        why: '"the club said" for "Westbridge Albion"',
        text: 'Kelsall Albion have completed the signing of the winger Tiago Aurelio Bastos. "We are delighted to welcome Tiago," the club said in a statement.',
        quote: 'We are delighted',
        speaker: 'Kelsall Albion',
      },
    ],
    annotateWithEntities,
  );
});

describe('a given name alone, or two surnames, after the full name', () => {
  runTable(
    [
      {
        why: '"Tiago, who scored 14 goals, said" after "Tiago Aurelio Bastos"',
        text: 'Kelsall Albion have signed the winger Tiago Aurelio Bastos from Porto.\n\nTiago, who scored 14 goals last season, said the move had been "a dream since I was a little boy in Braga".',
        quote: 'a dream since',
        speaker: 'Tiago Aurelio Bastos',
      },
      {
        why: '"Etcheverry Paz said ... “…,” she said" after "Dr Lucía Etcheverry Paz"',
        text: '“Nobody said anything for a minute,” said Dr Marisa Ocampo Ruiz, a palaeontologist at the regional museum.\n\nThe family lent horses and a tractor.\n\nOcampo Ruiz said the team chose the name to thank them. “Without the Quirogas there would be no dinosaur,” she said.',
        quote: 'Without the Quirogas',
        speaker: 'Marisa Ocampo Ruiz',
      },
    ],
    annotateWithEntities,
  );
});

describe('an acronym that keeps its joining word', () => {
  runTable(
    [
      {
        why: '"the DOF said" after "the Department of Fisheries (DOF)"',
        text: 'The Department of Fisheries (DOF) said it had opened 41 cases. "Nobody is above the law on this," the DOF said in an advisory.',
        quote: 'Nobody is above',
        speaker: 'Department of Fisheries',
      },
      {
        why: '"according to the DOF"',
        text: 'The Department of Fisheries (DOF) said it had opened 41 cases. According to the DOF, most had been filed "well after the deadline".',
        quote: 'well after the deadline',
        speaker: 'Department of Fisheries',
      },
    ],
    annotateWithEntities,
  );
});

describe('copulas, documents seen by someone, and bracketed acronyms', () => {
  runTable(
    [
      {
        why: '"when he was a boy" is no anonymous boy for the next he',
        text: 'Hemi Tautahi, 78, who has lived in the bay all his life, remembers the road being shut for weeks when he was a boy, before it was sealed.\n\n“We used to say the road belongs to the hill,” he says.',
        quote: 'We used to say',
        speaker: 'Hemi Tautahi',
      },
      {
        why: '"The consultation document seen by staff says ... “…”"',
        text: 'The consultation document seen by staff says the courses have “consistently failed to fill their places” and lost money.',
        quote: 'consistently failed',
        speaker: 'The consultation document',
      },
      {
        why: 'guard: "In a memo seen by Reuters, X wrote" is X’s',
        text: 'In a memo to staff seen by Reuters, Hollis Brandt wrote that the deal would “cost us dearly this year”.',
        quote: 'cost us dearly',
        speaker: 'Hollis Brandt',
      },
      {
        why: '"The Lahore Metro Bus Company (LMBC), which built the line, said ... “…”"',
        text: 'The Lahore Metro Bus Company (LMBC), which built and will run the line, said in a statement that it would add 40 buses "within the first three months of service".',
        quote: 'within the first three months',
        speaker: 'Lahore Metro Bus Company',
      },
    ],
    annotateWithEntities,
  );
});

describe('person roles of feature copy', () => {
  runTable(
    [
      {
        why: '"the retired dinner lady told us" after the woman is named with her age',
        text: 'Maureen Ashworth, 71, says the conifers at the bottom of her garden block the sun. “I used to sit out here with a cup of tea every afternoon,” the retired dinner lady told us.',
        quote: 'I used to sit out here',
        speaker: 'Maureen Ashworth',
      },
    ],
    annotateWithEntities,
  );
});

describe('adding a quantity, and a Māori title', () => {
  runTable(
    [
      {
        why: '"said ... that it would add 40 more “…”": the company that said it, not a reported "add"',
        text: 'The Lahore Metro Bus Company, which will run the line, said in a statement that it would start with 60 buses and add 40 more "within the first three months of service".',
        quote: 'within the first three months',
        speaker: 'Lahore Metro Bus Company',
      },
      {
        why: '"Kaumātua X, 78, ..." then "he says"',
        text: 'Kaumātua Hemi Tautahi, 78, has lived in the bay all his life.\n\n“We used to say the road belongs to the hill,” he says.',
        quote: 'We used to say',
        speaker: 'Hemi Tautahi',
      },
    ],
    annotateWithEntities,
  );
});

describe('a statement "it issued"', () => {
  runTable(
    [
      {
        why: '"When contacted, the Ministry of Roads and Public Works referred this reporter to a statement it issued ... “…,” the statement said"',
        text: 'When contacted, the Ministry of Roads and Public Works referred this reporter to a statement it issued last week on the bridge closures.\n\n"The ministry will not reopen any bridge until it is safe," the statement said.',
        quote: 'The ministry will not reopen',
        speaker: 'the Ministry of Roads and Public Works',
      },
    ],
    annotateWithEntities,
  );
});

describe('a second clause with its own subject after a quotation', () => {
  runTable(
    [
      {
        why: '"…, while the students’ union president, X, said … “…”"',
        text: 'Dr Alun Prydderch, president of the union’s Glanmor branch, accused managers of “emptying the university one course at a time”, while the students’ union president, Bisi Okonkwo-Hale, said students had been left “scared and furious”.',
        quote: 'scared and furious',
        speaker: 'Bisi Okonkwo-Hale',
      },
      {
        why: 'guard: "who was not involved ... but has reviewed" stays the relative clause of the opening name',
        text: 'Caspian Rowe-Tindall, a soil scientist who was not involved in the study but has reviewed its methods, called the work “careful and overdue”.',
        quote: 'careful and overdue',
        speaker: 'Caspian Rowe-Tindall',
      },
    ],
    annotateWithEntities,
  );
});

describe('an office and the place it is in', () => {
  runTable(
    [
      {
        why: '"The transport ministry in Vienna said": the ministry speaks, not the city',
        text: 'The transport ministry in Vienna said it was "in close contact" with the operator and the regions concerned.',
        quote: 'in close contact',
        speaker: 'The transport ministry',
      },
      {
        why: '"A spokeswoman at the embassy in Tallinn said": the anonymous role keeps its place',
        text: 'A spokeswoman at the embassy in Tallinn said the staff were "safe and accounted for".',
        quote: 'safe and accounted for',
        speaker: 'A spokeswoman at the embassy in Tallinn',
      },
    ],
    annotateWithEntities,
  );
});

describe('a family statement', () => {
  runTable(
    [
      {
        why: '"his family said:" in an obituary, after "survived by a son, Piotr"',
        text: 'Radomir Wojtyga, mountain guide who never left a climber behind, dies at 88\n\nRadomir Wojtyga, who led the rescue service for 30 years, died on Sunday. Wojtyga joined the service in 1961.\n\nHe is survived by a son, Piotr, and a daughter, Ewa. In a statement released on Monday, his family said:\n\n“Our father spent his life going up when everyone else was coming down.”',
        quote: 'Our father spent',
        speaker: 'Radomir Wojtyga\'s family',
      },
    ],
    annotateWithEntities,
  );
});

describe('a "they" after a group in the same sentence', () => {
  runTable(
    [
      {
        why: '"Port officials said ..., but they cautioned that it was “…”"',
        text: 'Port officials said divers had found a crack in the hull, but they cautioned that it was "far too early to say what caused the sinking" of the ferry.',
        quote: 'far too early',
        speaker: 'Port officials',
      },
    ],
  );
});

describe('a verbless quotation after someone quoted in the paragraph', () => {
  runTable(
    [
      {
        why: '"“…,” he said. That could explain asthma: there could be dangers “…”"',
        text: 'Kemal Arslan studies the cells that line the gut.\n\n“You may not always want the ability to overreact,” he said. That could be part of what goes wrong in asthma: there could be dangers “if you have too many of these cells and they fire too easily.”',
        quote: 'if you have too many',
        speaker: 'Kemal Arslan',
        rule: 'quotes/context',
      },
    ],
    annotateWithEntities,
  );
});

describe('a finding after the writer’s aside', () => {
  runTable(
    [
      {
        why: '"As we have noted, a 2019 study by X, a think tank, concluded that, ..., “…”"',
        text: 'As we have noted, a 2019 study by the Harrowgate Policy Institute, a London-based think tank, concluded that, using standard methods, "the whole cost of the levy falls on local shoppers."',
        quote: 'the whole cost',
        speaker: 'Harrowgate Policy Institute',
      },
    ],
  );
});
