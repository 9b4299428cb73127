/**
 * Attribution rules of the tenth round, table-driven on short passages written for these tests, in
 * the forms that published news and Wikinews pages take: a pull quote that repeats words of an
 * attributed quotation; a channel noun with its author after "by"; "concluded" and "in the words
 * of" as reporters; a base form after an adjective is a noun ("an independent state"); a leading
 * "After the hearing," before the subject; a company's ", Inc.," and a place's ", Fayetteville,"
 * inside an appositive; "Administrator" as a title; a definite channel named before a long quotation;
 * a long "While ..." clause before a subject; an epithet before anyone is quoted ("The 56-year-old");
 * "the singer and guitarist"; "Ken Doctor" (a title word as a surname); "Cornyn’s statement"; a finding
 * verb ("concluded") giving way to "said"; "in all states" and "a conference call" as nouns. Each case
 * fails without its change, except the "Human Landing System" one (it guards the non-person words).
 */
import { describe } from 'vitest';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a pull quote repeats words of an attributed quotation', () => {
  runTable(
    [
      {
        why: 'a subheading made of a quotation, said in full further down',
        text: 'The inquiry into the collapse of the Kelso pier resumed on Tuesday.\n\n"My fears have been realized"\n\nThe panel heard that the pier was closed in March after a survey found cracks in two of its piles. Repairs are expected to cost more than the council has set aside.\n\nColm Brannigan, the former harbour master, said he had raised the matter in 2019. "I wrote to the board twice about the pier. My fears have been realized, and I said so at every meeting," he said.',
        quote: 'My fears have been realized',
        speaker: 'Colm Brannigan',
        rule: 'quotes/repeated',
      },
      {
        why: 'a pull quote set apart above the paragraph that says it in full',
        text: 'The last bakery in Osterby is still open.\n\n“Nobody else is going to do it”\n\nIt opened in 1961 and has changed hands twice. Its ovens were rebuilt last year with a loan from the county.\n\n“We bake at three in the morning because the village still wants bread at six, and nobody else is going to do it,” said Freya Lindqvist, who has run it since 2004.',
        quote: 'Nobody else is going to do it',
        speaker: 'Freya Lindqvist',
      },
      {
        why: 'two words are no repetition: "Thank you" recurs by chance',
        text: 'Mara Ellory won the regional final on Sunday.\n\n"Thank you"\n\n"Thank you to everyone who came," Ellory said.',
        quote: 'Thank you',
        rule: '!quotes/repeated',
      },
    ],
    annotateWithEntities,
  );
});

describe('a channel noun with its author after "by"', () => {
  runTable(
    [
      {
        why: '"a March 2019 study by the X, a think tank, concluded that ... “...”"',
        text: 'Tariffs have cost households more than expected.\n\nA March 2019 study by the Centre for Trade Policy Research, a London-based think tank, concluded that, using standard methods, "the full cost of the tariff falls on domestic consumers."',
        quote: 'the full cost of the tariff',
        speaker: 'the Centre for Trade Policy Research',
      },
      {
        why: '"According to a 2018 survey by Penelope Abernathy of the University of Nelson, the firm’s practice has been to “...”"',
        text: 'Hearthside has bought 40 newspapers in three years.\n\nAccording to a 2018 survey by Penelope Abernathy of the University of Nelson, the firm’s practice has been to “consolidate copy editing and page design” at a corporate centre.',
        quote: 'consolidate copy editing',
        speaker: 'Penelope Abernathy',
      },
    ],
    annotateWithEntities,
  );
});

describe('"in the words of" names the speaker after it', () => {
  runTable(
    [
      {
        why: '"in the words of the Crown prosecutor, Mark Tedley, QC, “...”"',
        text: 'The girl died in May 2002.\n\nBy the end, her illness was so severe that, in the words of the Crown prosecutor, Mark Tedley, QC, "she spent most of her last five months crying."',
        quote: 'she spent most of her last five months',
        speaker: 'Mark Tedley',
      },
      {
        why: '"Here is how bad it got, in the words of the patient: “...”"',
        text: 'The man was treated at a clinic in Aberton.\n\nHere is how bad things got, in the words of the patient: “I could not climb the stairs without stopping twice.”',
        quote: 'I could not climb the stairs',
        speaker: 'the patient',
      },
    ],
    annotateWithEntities,
  );
});

describe('a base form after an adjective is a noun, not a reporting verb', () => {
  runTable(
    [
      {
        why: '"their claims to an independent state." is no attribution: the sentence\'s "said" is',
        text: 'Negotiator Samir Haddad spoke after the vote.\n\nHaddad said it was only the latest move to force his side to give up their claims to an independent state.\n\n"They wanted us on our knees. We stand tall."',
        quote: 'They wanted us on our knees',
        speaker: 'Samir Haddad',
      },
    ],
    annotateWithEntities,
  );
});

describe('subjects past a leading phrase and inside appositives', () => {
  runTable(
    [
      {
        why: '"After the hearing, Hawk Sawyer issued a statement ..., saying, “...”"',
        text: 'Prisons director Kathleen Hawk Sawyer testified on Tuesday.\n\nAfter the hearing, Hawk Sawyer issued a statement about the charges, saying, "I am committed to this agency."',
        quote: 'I am committed to this agency',
        speaker: 'Kathleen Hawk Sawyer',
      },
      {
        why: '"Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “...”"',
        text: 'Dräger and Ascom announced a partnership on Monday.\n\nSteve Menet, Senior Vice President of Sales for Dräger, Inc., says: “Alarm management is a high priority for hospitals.”',
        quote: 'Alarm management is a high priority',
        speaker: 'Steve Menet',
      },
      {
        why: '"Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said"',
        text: 'The prints toured five campuses.\n\nCynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said, "These images document the people in his everyday life."',
        quote: 'These images document',
        speaker: 'Cynthia Thompson',
      },
      {
        why: '"NASA Administrator Jim Bridenstine said": Administrator is a title, kept out of the name the next quotation inherits',
        text: 'NASA added five companies to its lunar programme.\n\n"Companies of all sizes are joining the programme," NASA Administrator Jim Bridenstine said in a statement. "Expanding the group drives innovation."',
        quote: 'Expanding the group drives innovation',
        speaker: 'Jim Bridenstine',
      },
    ],
    annotateWithEntities,
  );
});

describe('a definite channel named before a long quotation', () => {
  runTable(
    [
      {
        why: '"the statement concluded" after a quotation of many sentences: the sentences inside it do not count',
        text: 'Larchmont Records denied the claims in a statement posted to its website.\n\n"We were shocked. We never blocked the concert. We never said she could not sing. We have honoured every request. We have paid every fee. We have answered every letter. We have kept every promise," the statement read. "We hope to settle this privately," the statement concluded.',
        quote: 'We hope to settle this privately',
        speaker: 'Larchmont Records',
      },
    ],
    annotateWithEntities,
  );
});

describe('people the article names in less usual ways', () => {
  runTable(
    [
      {
        why: 'a long "While ..." clause before the subject: "Early says" makes Early the topic of the next he',
        text: 'Ubisoft executive Chris Early and Google’s Jack Buser spoke at the launch.\n\n"The groundwork is there," Buser said.\n\nWhile the service’s expected lineup is light on exclusive titles (only three games available on it alone have been announced so far), Early says more could follow. "Our objective is to make the best game," he says.',
        quote: 'Our objective is to make the best game',
        speaker: 'Chris Early',
      },
      {
        why: '"The 56-year-old said" with nobody quoted yet: the person the story opens with',
        text: 'Jose Marinho has agreed a deal to become Hartwell’s manager until 2023.\n\nHis predecessor was sacked last night.\n\nMarinho had been out of work since December.\n\nThe Portuguese boss was unveiled on Wednesday. The 56-year-old said: "I am excited to be joining a club with such passionate supporters."',
        quote: 'I am excited to be joining',
        speaker: 'Jose Marinho',
      },
      {
        why: '"the singer and guitarist told the audience": one person with two roles',
        text: 'Pat Simmons played two new songs at the Ryman on Monday.\n\nAfter the encore, the singer and guitarist told the audience, “that’s really good, maybe we should go on the road.”',
        quote: 'that’s really good',
        speaker: 'Pat Simmons',
      },
      {
        why: '"analyst Ken Doctor": a title word after a given name is a surname, and "Doctor says" is him',
        text: 'The merger closed on Tuesday.\n\n“There has not been a single year of revenue gain since 2008,” says veteran industry analyst Ken Doctor. The cuts have come in waves.\n\n“Financial players are making money on the way down,” Doctor says.',
        quote: 'Financial players are making money',
        speaker: 'Ken Doctor',
      },
      {
        why: '"Cornyn’s statement added": the owner of a channel issued it',
        text: 'Senator John Cornyn of Texas issued a statement on Tuesday. "Like many Texans, I am disappointed," he said. Cornyn’s statement added, "There is no question Houston should have been selected."',
        quote: 'There is no question Houston',
        speaker: 'John Cornyn',
      },
      {
        why: 'a capitalised name ending in "System" is no person: the next he is Babin',
        text: '“The best architectures require a heavy-lift vehicle,” said Rep. Brian Babin, ranking member of the space subcommittee.\n\nHe raised that point in criticism of NASA’s Human Landing System procurement. “Switching horses midstream is not a wise move,” he continued.',
        quote: 'Switching horses midstream',
        speaker: 'Brian Babin',
      },
    ],
    annotateWithEntities,
  );
});

describe('reporting verbs read more carefully', () => {
  runTable(
    [
      {
        why: '"Pompeo said that Washington had concluded the settlements were “...”": a finding verb gives way to "said"',
        text: 'Secretary of State Mike Pompeo spoke on Monday.\n\nPompeo said that after legal consultation Washington had concluded the establishment of settlements was "not, per se, inconsistent with international law", saying he trusted the courts.',
        quote: 'not, per se, inconsistent',
        speaker: 'Mike Pompeo',
      },
      {
        why: '"in all states" is no verb: "The doctors said they ... work with the agency to “...”"',
        text: 'A group of doctors offered free flu shots at the border.\n\nThe doctors said they also have a network of physicians licensed to operate in all states to get the vaccines and work with the agency to “create a system to ensure that the majority of migrant families” are vaccinated.',
        quote: 'create a system to ensure',
        speaker: 'The doctors',
      },
      {
        why: '"on an investor conference call as “morally wrong.”": "call" is a noun, not the speaker\'s verb',
        text: 'The fund will leave with a payout of $400 million.\n\nInvestor Leon Cooperman blasted the payout on an investor conference call as “morally wrong, and you know it.”',
        quote: 'morally wrong',
        not: 'an investor conference',
      },
    ],
    annotateWithEntities,
  );
});

describe('a title with its subtitle is no quotation', () => {
  runTable(
    [
      {
        why: '"curator of “Andy Warhol: Photographs and Prints from the University Collection”"',
        text: 'The exhibit runs until March.\n\nKristen Wilkins, curator of "Andy Warhol: Photographs and Prints from the University Collection" at the University of Southern Indiana, opened it on Thursday.',
        quote: 'Andy Warhol: Photographs',
        term: true,
      },
    ],
    annotateWithEntities,
  );
});

describe('a quotation credited after a dash', () => {
  runTable(
    [
      {
        why: 'a pull quote with its credit: “...” - Matthew Ingram',
        text: 'The conflict has run for years.\n\n"So far, it\'s the Internet: 1, the church: 0. But it\'s a long game." - Matthew Ingram\n\nWriting in a blog post, Ingram dubbed it a war.',
        quote: 'So far, it',
        speaker: 'Matthew Ingram',
        rule: 'quotes/dash',
      },
      {
        why: 'an em dash, a name and a role: “...” — Ana Ruiz, mayor of Velden',
        text: 'The flood reached the square on Sunday.\n\n“We will rebuild every house on this street.” — Ana Ruiz, mayor of Velden\n\nThe council met on Monday.',
        quote: 'We will rebuild every house',
        speaker: 'Ana Ruiz',
      },
      {
        why: 'a dash that goes on with a clause is no credit: “dead on arrival” - Republicans disagreed',
        text: 'Senator Tomas Reyne spoke on Monday. He said the plan was “dead on arrival and everyone knows it” - Republicans disagreed.',
        quote: 'dead on arrival',
        speaker: 'Tomas Reyne',
      },
    ],
    annotateWithEntities,
  );
});

describe('a leading phrase that ends with a quoted title', () => {
  runTable(
    [
      {
        why: '"Following their jam “Black Water,” Simmons teed up McDonald’s cameo. “...,” he said.": Simmons is the subject, not McDonald',
        text: 'Patrick Simmons and his band played the Ryman on Monday. Michael McDonald came out during the encore for a surprise version of their old single, the title track of their 1976 album.\n\nFollowing a performance of their sing-along jam “Black Water,” Simmons teed up McDonald’s cameo. “You might remember him from his own band these days,” he said.',
        quote: 'You might remember him',
        speaker: 'Patrick Simmons',
      },
    ],
    annotateWithEntities,
  );
});

describe('a person known by a given name alone', () => {
  runTable(
    [
      {
        why: '"Tommy — who only goes by his first name online — retired ...": a given name opening a sentence, then a relative clause',
        text: 'Warren Buffett never paid off his house early.\n\nTommy — who only goes by his first name online — retired nearly 10 years ago at age 51. He never earned a six-figure salary.\n\n"So much of our having a great retirement is mental," he wrote.',
        quote: 'So much of our having',
        speaker: 'Tommy',
      },
      {
        why: '"Sarah, 34, retired last year": a given name and an age',
        text: 'Warren Buffett never paid off his house early.\n\nSarah, 34, retired last year. "Being mortgage free adds another level of freedom," she wrote.',
        quote: 'Being mortgage free',
        speaker: 'Sarah',
      },
    ],
    annotateWithEntities,
  );
});
