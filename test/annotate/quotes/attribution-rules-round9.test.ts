/**
 * Attribution rules of the ninth round, table-driven on short passages written for these tests: a
 * subordinate clause may lead a sentence's subject ("When the music stayed, Steenburgen realised");
 * "X, but said" finds X past its own comma; the noun phrase after "said" that opens a reported clause
 * ("said the firm would fly it “a lot”") is no inverted speaker; an organisation known by its acronym
 * gets the full name the article gave it; and the last two names of a list joined by "and" are two
 * organisations.
 */
import { describe, expect, it } from 'vitest';
import { indexPeople } from '../../../src/annotate/quotes/people.js';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a subordinate clause before the subject', () => {
  runTable(
    [
      {
        why: '"As it turned out, Okafor had spent ..." makes Okafor the topic, not the name in "than X"',
        text: 'The director Ruth Okafor joined the project late.\n\nThat is when the producers learned who had written the score.\n\nAs it turned out, Okafor had spent years on the road, and she was more nervous about the premiere than Marisol Teague has ever been about anything. "It was terrifying," she said.',
        quote: 'It was terrifying',
        speaker: 'Ruth Okafor',
      },
      {
        why: '"When the noise did not stop, Okafor realised ..."',
        text: 'The director Ruth Okafor joined the project late, after a season with the violinist Marisol Teague.\n\nNobody on the crew knew her well.\n\nWhen the noise did not stop, Okafor realised she needed help, and she called Teague\'s agent in the middle of the night. "I had no other number," she said.',
        quote: 'I had no other number',
        speaker: 'Ruth Okafor',
      },
    ],
    annotateWithEntities,
  );
});

describe('a verb phrase after ", but" takes the subject before the comma', () => {
  runTable(
    [
      {
        why: '"She gave no date, but said “...”"',
        text: 'Gwen Alders runs the launch company Skyreach.\n\nShe gave no date for crewed flights, but said "we will get there within the decade."',
        quote: 'we will get there',
        speaker: 'Gwen Alders',
      },
    ],
    annotateWithEntities,
  );
});

describe('the subject of a reported clause is not an inverted speaker', () => {
  runTable(
    [
      {
        why: '"but said Skyreach would fly the rocket “a lot”": she says it, not Skyreach',
        text: 'Gwen Alders runs the launch company Skyreach.\n\nShe gave no date for crewed flights, but said Skyreach would fly the new rocket "a lot" before anyone boarded it.',
        quote: 'a lot',
        speaker: 'Gwen Alders',
      },
      {
        why: 'an inverted speaker after the verb still speaks: "said Gwen Alders, “...”"',
        text: 'The launch slipped again on Friday. Said Gwen Alders, the chief executive, "We would rather be late than lose a vehicle."',
        quote: 'We would rather',
        speaker: 'Gwen Alders',
      },
    ],
    annotateWithEntities,
  );
});

describe('an organisation known by its acronym', () => {
  runTable(
    [
      {
        why: '"The BFSA said" after "the Baltic Food Safety Agency": the full name',
        text: 'Two cases were confirmed in Tallinn, and the Baltic Food Safety Agency said it had traced the batch. The BFSA assured shoppers that the risk was "extremely low."',
        quote: 'extremely low',
        speaker: 'Baltic Food Safety Agency',
      },
      {
        why: 'an acronym whose letters are not the initials of an earlier organisation stays as written',
        text: 'The Baltic Food Safety Agency traced the batch. The NTSB said the crash was "still under review."',
        quote: 'still under review',
        speaker: 'NTSB',
      },
    ],
    annotateWithEntities,
  );
});

describe('a list of organisations ending "X and Y"', () => {
  runTable(
    [
      {
        why: '"the company" after a list: no organisation is made of its last two names',
        text: 'The agency picked Skyreach, Blue Harbor, Ceres Orbital and Tyvak Launch Systems for the lunar contracts. "We are ready to fly next year," the company said.',
        quote: 'We are ready',
        not: 'Ceres Orbital and Tyvak Launch Systems',
      },
      {
        why: 'a name with "and" outside a list stays one organisation',
        text: 'Smoke rose over the landfill at Dunmere on Sunday. The Dunmere Fire and Rescue Service said the heap "could smoulder for days."',
        quote: 'could smoulder',
        speaker: 'Dunmere Fire and Rescue Service',
      },
    ],
    annotateWithEntities,
  );
});

describe('an anonymous speaker placed by "in"', () => {
  runTable(
    [
      {
        why: '"said one baker in Tarlow, who asked not to be named": the place is part of the role',
        text: 'Staff learned of the closure in an email. "I was already glazing buns when my phone went," said one baker in Tarlow, who asked not to be named.',
        quote: 'I was already glazing',
        speaker: 'one baker in Tarlow',
      },
      {
        why: '"in a statement" says how, not where: it stays out of the role',
        text: 'The closure was announced overnight. "We regret the timing," said a spokesperson in a statement.',
        quote: 'We regret the timing',
        speaker: 'a spokesperson',
      },
    ],
    annotateWithEntities,
  );
});

describe('"the company" after a one-word name that opens the sentence before', () => {
  runTable(
    [
      {
        why: '"Tunevale denied the claims. “...,” the company said"',
        text: 'The singer Maren Holt says her songs vanished from playlists after she criticised the streaming service.\n\nTunevale denied the claims. "Our rankings are never adjusted by hand," the company said in a statement.',
        quote: 'Our rankings are never',
        speaker: 'Tunevale',
      },
      {
        why: 'a sentence opened by an adverb gives no organisation',
        text: 'The singer Maren Holt says her songs vanished from playlists.\n\nHowever, nobody answered. "Our rankings are never adjusted by hand," the company said.',
        quote: 'Our rankings are never',
        not: 'However',
      },
    ],
    annotateWithEntities,
  );
});

describe('people named in apposition and after an inverted verb', () => {
  runTable(
    [
      {
        why: '"The captain\'s son, Leofric, 16," names a person who then speaks as "he"',
        text: 'Tobias Greer, 78, has kept the ground since 1990. He called the pitch "the best-behaved square in the county."\n\nThe captain\'s son, Leofric, 16, took three wickets. Asked whether he had been nervous, he shrugged. "A bit. Mum was watching from slip."',
        quote: 'A bit',
        speaker: 'Leofric',
      },
      {
        why: '"Among the old boys was X" makes X the topic for the "he said" after',
        text: 'Tobias Greer, 78, has kept the ground since 1990. He called the pitch "the best-behaved square in the county."\n\nAmong the old boys was Barnaby Fenn, who flew back for the day. "I learned everything here," he said.',
        quote: 'I learned everything',
        speaker: 'Barnaby Fenn',
      },
    ],
    annotateWithEntities,
  );
});

describe('a pronoun far from an object does not give that object its gender', () => {
  runTable(
    [
      {
        why: '"clear of Joris Vantel" is no evidence that the "she" sentences later are about him',
        text: 'Ysolde Carrick won the Fennick Cup for a second time on Sunday, crossing the line at Porthgale forty seconds clear of Joris Vantel after a final leg that she described as mostly panic.\n\nThe 29-year-old, sailing single-handed in a boat borrowed from her club, led by more than two minutes at the last mark before a squall flattened her sail and she nearly capsized. "I was sure I had lost it," she said.\n\nVantel, the veteran who won in 2016, closed the gap but could not pass. "She was faster. That is sailing," he said, shaking her hand.',
        quote: 'She was faster',
        speaker: 'Joris Vantel',
      },
    ],
    annotateWithEntities,
  );
});

describe('an anonymous person after a long relative clause, and "the doctor"', () => {
  runTable(
    [
      {
        why: 'a relative clause of 17 words between the role and "said:" still leaves the role as the speaker',
        text: 'A senior nurse at the hospital, who spoke on condition of anonymity because staff had not been allowed to talk to the press, said: "We kept saying the results were missing."',
        quote: 'We kept saying',
        speaker: 'A senior nurse at the hospital',
      },
      {
        why: '"the doctor" is a person: never the trust quoted a paragraph before',
        text: 'The Calderwood Hospitals Trust apologised. "We are deeply sorry," the trust said in a statement.\n\nClinicians had raised concerns within weeks. "We were told it was a training issue," the doctor said.',
        quote: 'We were told',
        not: 'Calderwood Hospitals Trust',
      },
    ],
    annotateWithEntities,
  );
});

describe('a he/she after an inverted anonymous speaker votes for no named person', () => {
  // The people index reads the masked text: each quotation is blanked with U+E000 characters.
  it('"said one mother, who ... her son ... she explained" gives the man named before no female votes', () => {
    const masked =
      'Bartholomew Otiende, the area manager, said the plume had drifted north. \uE000\uE000\uE000\uE000 he said.\n\n' +
      "Two schools closed. \uE000\uE000\uE000\uE000 said one mother, who was collecting her son's book (\uE000\uE000\uE000 she explained) before the building was locked. Later she left.";
    expect(indexPeople(masked).byName.get('Bartholomew Otiende')?.gender).toBe('male');
  });
});

describe('given names: the usual gender from the built name list, overruled by the article', () => {
  const genderOf = (text: string, name: string): string | null => indexPeople(text).byName.get(name)?.gender ?? null;

  it('a name only the built list knows gets its usual gender', () => {
    expect(genderOf('Tiberius Ashgrove, head of refereeing, spoke on Sunday.', 'Tiberius Ashgrove')).toBe('male');
    expect(genderOf('Anouk Vander won the cup on Sunday.', 'Anouk Vander')).toBe('female');
  });

  it('a name commonly given to both has none', () => {
    expect(genderOf('Jordan Ellis won the cup on Sunday.', 'Jordan Ellis')).toBeNull();
    expect(genderOf('Andrea Conti won the cup on Sunday.', 'Andrea Conti')).toBeNull();
  });

  it("the article's she/her overrule the built list ('Ilhan' is listed as a man's name)", () => {
    const text = 'Representative Ilhan Demir was threatened in a phone call. She said she would not be silenced, and her office agreed.';
    expect(genderOf(text, 'Ilhan Demir')).toBe('female');
  });

  it('a copula and a gendered noun weigh like several pronouns ("is one of the first two Muslim women")', () => {
    expect(genderOf('Ilhan Demir was elected in May. Demir is one of the first two Muslim women in the chamber.', 'Ilhan Demir')).toBe('female');
    expect(genderOf('Jordan Ellis was elected in May. Ellis is the father of three.', 'Jordan Ellis')).toBe('male');
    // "married to a woman" says nothing of the subject.
    expect(genderOf('Jordan Ellis was elected in May. Ellis is married to a woman from Leeds.', 'Jordan Ellis')).toBeNull();
  });

  it('a curated given name is not overruled', () => {
    const text = 'Mark Ellison was threatened in a phone call. She said she would not be silenced, and her office agreed.';
    expect(genderOf(text, 'Mark Ellison')).toBe('male');
  });
});

describe('an it/they carries on with the organisation quoted last', () => {
  runTable(
    [
      {
        why: '"“...,” they said in a statement. ... Now they have sent another. “...,” it says."',
        text: 'Harbour Lane Records have twice denied blocking the concert.\n\n"At no point did we say the band could not play," they said in a statement on Friday.\n\n"We do not own the rights to stop anyone."\n\nNow they have sent another statement, this time to the festival.\n\n"We have agreed to license every recording for the broadcast," it says.',
        quote: 'We have agreed',
        speaker: 'Harbour Lane Records',
      },
      {
        why: 'a person who opened a sentence since is the newer topic: no organisation for "they"',
        text: 'Harbour Lane Records have twice denied blocking the concert.\n\n"At no point did we say the band could not play," they said in a statement on Friday.\n\nMara Quill, the singer, and her bandmates are not convinced. "We will play anyway," they said.',
        quote: 'We will play anyway',
        not: 'Harbour Lane Records',
      },
    ],
    annotateWithEntities,
  );
});

describe('a name between "the" and a noun is no person', () => {
  runTable(
    [
      {
        why: '"joined the Blue Lantern band": the club is no candidate for "he told"',
        text: 'Cornelius Frayne, a drummer, has died at 86.\n\nBorn above a tailor\'s shop, he taught himself on biscuit tins. He joined the Blue Lantern band in 1962 and stayed until the club closed.\n\nHe was modest. "A drummer\'s job is to make everyone else sound good," he told a radio programme in 2004.',
        quote: 'A drummer',
        speaker: 'Cornelius Frayne',
      },
    ],
    annotateWithEntities,
  );
});

describe('anonymous speakers after a leading phrase, and long role phrases', () => {
  runTable(
    [
      {
        why: '"Outside the gates, one worker, who ..., said he ..." takes the "he said" after it',
        text: 'Sharon McBride, the union officer, spoke first. "They gave us ten minutes," said McBride.\n\nOutside the gates, one worker, who has been at the plant for 26 years, said he had expected it. "You could see it coming," he said.',
        quote: 'You could see it coming',
        speaker: 'one worker',
      },
      {
        why: 'an eight-word role phrase opening the sentence before: "A doctor at the city\'s main public hospital"',
        text: 'Marcos Oliveira, the mayor, declared an emergency. "We need more vaccines," Oliveira said.\n\nA doctor at the city\'s main public hospital, who asked not to be named, said staff were tired. "We have patients on chairs in the corridors," he said.',
        quote: 'We have patients',
        speaker: "A doctor at the city's main public hospital",
      },
    ],
    annotateWithEntities,
  );
});

describe('verbs of retort and coordinated clauses', () => {
  runTable(
    [
      {
        why: '"“...,” Boakye shot back": a verb with its particle',
        text: 'Dale Hargrove and Raymond Boakye met for a debate. "Crime does not fix itself," Hargrove said.\n\n"That is a slogan, not a plan," Boakye shot back.',
        quote: 'That is a slogan',
        speaker: 'Raymond Boakye',
      },
      {
        why: '"..., and Amankwah walks the line" makes Amankwah the newer topic for "he says"',
        text: 'Yaw Amankwah has been a lifeguard for nine years.\n\nColin Tregenza, who manages the beach, worries about money. "We are both broke," he says.\n\nAt six the flags come down, and Amankwah walks the line once more. "Nobody drowned today," he says.',
        quote: 'Nobody drowned today',
        speaker: 'Yaw Amankwah',
      },
    ],
    annotateWithEntities,
  );
});

describe('organisations: an affiliation is no venue; a multi-sentence quotation looks before its opening', () => {
  runTable(
    [
      {
        why: '"Researchers at the Pengarth Institute" name the institute that "the institute" stands for',
        text: 'Researchers at the Pengarth Institute for Ocean Science analysed 9,000 hours of recordings.\n\nIn a press release, the institute described the finding as "the fastest cultural shift yet documented."',
        quote: 'the fastest cultural shift',
        speaker: 'Pengarth Institute for Ocean Science',
      },
      {
        why: 'a quotation of two sentences before "the club said": the organisation opening the sentence before the quotation',
        text: 'Corbury United said in a statement that the players would wear black armbands on Saturday. "Roberto was more than a goalscorer. He was the first person many of our fans ever saw play with a smile," the club said.',
        quote: 'Roberto was more',
        speaker: 'Corbury United',
      },
    ],
    annotateWithEntities,
  );
});

describe('more anonymous people: a fan, after "Afterwards,"', () => {
  runTable(
    [
      {
        why: '"Afterwards, one fan from Lakeport, who ..., wiped away tears. “...,” he said."',
        text: 'Greyhope Tech won the title. "We were better," said coach Dan Miles.\n\nAfterwards, one fan from Lakeport, who had driven three hours to be there, wiped away tears. "I waited 40 years for this," he said.',
        quote: 'I waited 40 years',
        speaker: 'one fan from Lakeport',
      },
    ],
    annotateWithEntities,
  );
});

describe('live-blog time stamps and question words before a name', () => {
  runTable(
    [
      {
        why: '"00:20\\nOne voter in Eastgate, a retired bus driver, summed up the mood" takes the "he said" after it',
        text: '23:50\nIncumbent mayor Kasimir Bell has just spoken to reporters. "I\'m confident," he said.\n\n00:20\nOne voter in Eastgate, a retired bus driver, summed up the mood. "The buses are a disgrace," he said.',
        quote: 'The buses are a disgrace',
        speaker: 'One voter in Eastgate',
      },
      {
        why: '"Asked whether Brancaleone could contend, she smiled": the name after "whether" is no subject',
        text: 'Elio Brancaleone lost the lead on the last climb.\n\nHis team director, Dorotea Kallweit, said the team had planned to attack. "We knew he was tired," she said.\n\nAsked whether Brancaleone could contend in a grand tour next year, she smiled. "Ask me in October."',
        quote: 'Ask me in October',
        speaker: 'Dorotea Kallweit',
      },
    ],
    annotateWithEntities,
  );
});

describe('a role named later in the article', () => {
  runTable(
    [
      {
        why: '"China\'s ambassador to Britain warned ... “...”" then "China\'s ambassador to Britain Liu Xiaming has said"',
        text: 'China’s ambassador to Britain accused the UK of meddling and warned that the government “will not sit on our hands”.\n\nPolice said 100 people were held overnight.\n\nChina’s ambassador to Britain Liu Xiaming has said that China has the power to end the unrest.',
        quote: 'will not sit',
        speaker: 'Liu Xiaming',
      },
    ],
    annotateWithEntities,
  );
});

describe('a long leading phrase before the he/she that frames a verbless quotation', () => {
  runTable(
    [
      {
        why: '"Asked by reporters outside her home whether she would challenge the prime minister, she smiled. “...”" (82 characters before the comma)',
        text: 'Rosamund Quill resigned on Monday. "I knew the numbers," she wrote.\n\nThe opposition said it was "all announcement," the Green Alliance said.\n\nQuill will remain an MP. Asked by reporters outside her home whether she would challenge the prime minister, she smiled. "I\'m going to sleep for a day first."',
        quote: "I'm going to sleep",
        speaker: 'Rosamund Quill',
      },
    ],
    annotateWithEntities,
  );
});

describe('a surname shared by relatives', () => {
  runTable(
    [
      {
        why: '"Her son, Teodor Brusk, ... told councillors ... “...,” Brusk said": the son, not his mother introduced first',
        text: 'Halina Brusk, 68, has walked to the library every Tuesday for 25 years. "This library is the reason I still know my neighbours," she said.\n\nHer son, Teodor Brusk, who spoke during the public comment period, told councillors he had learned to read there. "You are not closing a building," Brusk said.',
        quote: 'You are not closing',
        speaker: 'Teodor Brusk',
      },
      {
        why: 'with no relative opening a sentence just before, the surname stays with the one introduced first',
        text: 'Halina Brusk, 68, has walked to the library every Tuesday for 25 years, sometimes with her son Teodor Brusk.\n\nThe council voted on Monday. "This library is the reason I still know my neighbours," Brusk said.',
        quote: 'This library',
        speaker: 'Halina Brusk',
      },
    ],
    annotateWithEntities,
  );
});

describe('a possessive role placed "inside" somewhere', () => {
  runTable(
    [
      {
        why: '"Nisan Ahmado\'s source inside the Rukban camp, a Syrian refugee who ..., said that ... “...”": the source, not the camp',
        text: 'Charles Simpson, a fellow at the Atlantic Council, said the claims were false.\n\nA VOA reporter Nisan Ahmado\'s source inside the Rukban camp, a Syrian refugee who asked not to be identified, said that the claim is “absolutely not true.”',
        quote: 'absolutely not true',
        speaker: "Nisan Ahmado's source inside the Rukban camp",
      },
      {
        why: '"the source said" later goes to that same anonymous source, not to the reporter whose source it is',
        text: 'Charles Simpson, a fellow at the Atlantic Council, said the claims were false.\n\nA VOA reporter Nisan Ahmado\'s source inside the Rukban camp, a Syrian refugee who asked not to be identified, said that the claim is “absolutely not true.”\n\n“Nobody is preventing civilians from leaving the camp,” the source said.',
        quote: 'Nobody is preventing',
        speaker: "Nisan Ahmado's source inside the Rukban camp",
      },
    ],
    annotateWithEntities,
  );
});

describe('an organisation opening a sentence after a role in apposition', () => {
  runTable(
    [
      {
        why: '"The company that runs the awards, Dale Clark Productions, denies ... “...,” they said": not the label quoted before',
        text: 'Harbour Lane Records have denied blocking the concert. "We do not own the rights to stop anyone," they said in a statement.\n\nThe company that runs the awards, Dale Clark Productions, denies that anything has been agreed.\n\n"Any final agreement needs to be made with the band\'s management," they said.',
        quote: 'Any final agreement',
        speaker: 'Dale Clark Productions',
      },
    ],
    annotateWithEntities,
  );
});

describe('"the company" in a story about one company, with another business named since', () => {
  runTable(
    [
      {
        why: 'Harbour Lane is named three times, Dale Clark Productions once: "The company flat-out denied" is Harbour Lane',
        text: 'The singer accused Harbour Lane of blocking her concert. Harbour Lane owns her old recordings, and Harbour Lane says it has done nothing wrong.\n\n"We did not agree to any statement," Dale Clark Productions said in a separate statement.\n\nOn Thursday the singer accused Harbour Lane of blocking a documentary too.\n\nThe company flat-out denied the allegations. "We were shocked to see her posts," the company said.',
        quote: 'We were shocked',
        speaker: 'Harbour Lane',
      },
    ],
    annotateWithEntities,
  );
});

describe('lines sung, song titles, and a participle after a leading phrase', () => {
  runTable(
    [
      {
        why: '"“...,” she sings": the singer speaks the line',
        text: 'Temi Ola\'s second album opens quietly. "I left with my mother\'s radio and nothing else to lose," she sings, and the line hangs there.',
        quote: 'I left with',
        speaker: 'Temi Ola',
      },
      {
        why: '"pupils sang “For She\'s a Jolly Good Fellow”" names a song: a term, not a quotation',
        text: 'Margaret Lane retired on Friday after 31 years at the school, where pupils sang "For She\'s a Jolly Good Fellow" and gave her a quilt.',
        quote: "For She's a Jolly",
        term: true,
      },
      {
        why: '"In a sentencing memo, prosecutors said ..., writing that X “...”": never the preposition "In"',
        text: 'Raj Mehta was sentenced on Friday.\n\nIn a long memo to the court, they asked for 17 years, writing that Mehta "treated the warnings of his own staff as an inconvenience."',
        quote: 'treated the warnings',
        not: 'In',
      },
    ],
    annotateWithEntities,
  );
});

describe('a multi-word name after a lower-case "the" is no person', () => {
  runTable(
    [
      {
        why: '"In a 1998 interview with the Harrowden Echo, she said": the newspaper takes no gender vote and no quotation',
        text: 'Grace Adebayo, a midwife, has died at 86. Her son said she had been ill since the autumn.\n\nShe rarely spoke about herself. In a 1998 interview with the Harrowden Echo, she said the job was "mostly waiting, and then ten minutes of being very quick." Asked whether she remembered the babies, she replied: "Not their faces."',
        quote: 'Not their faces',
        speaker: 'Grace Adebayo',
      },
    ],
    annotateWithEntities,
  );
});

describe('a definite role after an anonymous subject with another role noun', () => {
  runTable(
    [
      {
        why: '"One top-20 shareholder, speaking on condition of anonymity, was blunter. “...,” the investor said."',
        text: 'Chairman Sir David Pendlebury told the meeting that the board had “heard the message”.\n\nOne top-20 shareholder, speaking on condition of anonymity, was blunter. “It is a gift,” the investor said.',
        quote: 'It is a gift',
        speaker: 'One top-20 shareholder',
      },
    ],
    annotateWithEntities,
  );
});
