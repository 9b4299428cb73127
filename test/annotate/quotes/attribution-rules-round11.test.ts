/**
 * Attribution rules of the eleventh round, table-driven on short passages written for these tests:
 * a quotation no rule attributes takes the person named last before it in its paragraph (resolution
 * `context`); a title with "of" and its place before a name ("Governor of Washington Carol Brightwater",
 * "said Minister of the Interior Anna Berg"); a pronoun with a contracted auxiliary as the subject
 * ("he’d respond,"); and a his/her in a name's own apposition ("Beth Calloway, one of his editors")
 * is no evidence of that person's gender; "the People’s Daily" keeps its possessive; "He Jianxiong" is
 * no pronoun; a capitalised common word ("Once", "Automatically") or a number ("the 2016 through
 * 2019") names no speaker; only a name the entities annotator read as a person is guessed; "begged",
 * "pleaded", "implored" and "demanded" report; "“…” Holmes testified." (a sentence that ends after its
 * reporting verb) attributes the quotation before it, also after a nested quotation's mark ("?’”");
 * "chairman, CEO and president Craig Menear said" after the closing mark.
 */
import { describe, expect, it } from 'vitest';
import { annotateQuotes } from '../../../src/annotate/quotes.js';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a quotation no rule attributes: the person named last before it in its paragraph', () => {
  runTable(
    [
      {
        why: 'a question by the writer between the person and the answer',
        text: 'The gallery opened its doors on Thursday night.\n\nLeonie Marsh, a second-year art student, skipped a lecture to be there. Why did she want to come so badly? “It is Hockney. Nobody else paints like that.”',
        quote: 'It is Hockney',
        speaker: 'Leonie Marsh',
        rule: 'quotes/context',
      },
      {
        why: 'a partial quotation in a sentence whose subject is a group noun, after the analyst is named',
        text: 'Local papers have lost half their staff since 2008, says the industry analyst Tomas Bergqvist. That has produced a strategy of “cutting costs for more than a decade, in every newsroom they own.”',
        quote: 'cutting costs for more',
        speaker: 'Tomas Bergqvist',
      },
      {
        why: 'a second partial quotation in a sentence takes the speaker of the first',
        text: 'Ilse Varga became governor in 2019, when Petra Lund retired. The leaked papers show that the crackdown began with directives from Varga to “show no patience at all” in the “long fight against smuggling, fraud and disorder on the coast.”',
        quote: 'long fight against',
        speaker: 'Ilse Varga',
      },
      {
        why: 'a person named in the quotation’s own sentence who is not its subject is passed over',
        text: 'Maren Holt chaired the hearing.\n\nThe committee then questioned Ola Brekke about what the minutes call “a decision nobody would sign and everybody would regret.”',
        quote: 'a decision nobody',
        not: 'Ola Brekke',
      },
      {
        why: 'a product read as a name by the quotes annotator but not as a person by the entities annotator is not guessed',
        text: 'Reviewers were impressed by the laptop. The Zephyr Note arrived in March with a new keyboard. Why does it matter? “It is the thinnest machine anyone has made this year.”',
        quote: 'It is the thinnest',
        speaker: null,
      },
      {
        why: 'nobody named earlier in the paragraph: no guess (the person two paragraphs up is too far)',
        text: 'Rafael Ortiz opened the meeting at noon.\n\nThe plant employs 400 people and pays half the town’s taxes.\n\n“Nobody here wants the plant to close, and nobody will vote for it.”',
        quote: 'Nobody here wants',
        speaker: null,
      },
    ],
    annotateWithEntities,
  );

  it('marks the guess as context, without a mention', () => {
    const text = 'Leonie Marsh, a second-year art student, skipped a lecture to be there. Why did she want to come so badly? “It is Hockney. Nobody else paints like that.”';
    const quote = annotateQuotes(text).quotes.find((q) => q.text.startsWith('It is Hockney'));
    expect(quote?.speaker).toMatchObject({ name: 'Leonie Marsh', resolution: 'context', mention: null });
  });
});

describe('a title with "of" and its place or office before the name', () => {
  runTable(
    [
      {
        why: '"In a statement, Governor of Washington Carol Brightwater said, “…”": the place belongs to the title',
        text: 'The ferry terminal will close for a year.\n\nIn a statement, Governor of Washington Carol Brightwater said, “We fought hard to keep the crossing open, and we lost.”',
        quote: 'We fought hard',
        speaker: 'Carol Brightwater',
      },
      {
        why: 'the surname later goes to the same person',
        text: 'In a statement, Governor of Washington Carol Brightwater said the crossing would close.\n\n“We lost,” Brightwater added.',
        quote: 'We lost',
        speaker: 'Carol Brightwater',
      },
      {
        why: '"The Minister of Foreign Affairs Pavel Dorin said, “…”": a name, not a role phrase',
        text: 'The talks ended without an agreement. The Minister of Foreign Affairs Pavel Dorin said, “We are done for this year.”',
        quote: 'We are done',
        speaker: 'Pavel Dorin',
      },
      {
        why: 'after the verb: "said Minister of the Interior Anna Berg"',
        text: 'The border will stay open. “We will not close it,” said Minister of the Interior Anna Berg on Monday.',
        quote: 'We will not close it',
        speaker: 'Anna Berg',
      },
    ],
    annotateWithEntities,
  );
});

describe('a pronoun with a contracted auxiliary as the subject', () => {
  runTable(
    [
      {
        why: '"he’d respond, “…”"',
        text: 'Tobias Renn never explained his plots. When his editors asked him to say more, he’d respond, “I have a horror of the obvious.”',
        quote: 'I have a horror',
        speaker: 'Tobias Renn',
      },
      {
        why: '"she’ll tell you: “…”"',
        text: 'Marta Quill has run the shelter for twenty years. Ask about the winter and she’ll tell you, “It was the worst we have had.”',
        quote: 'It was the worst',
        speaker: 'Marta Quill',
      },
    ],
    annotateWithEntities,
  );
});

describe('a his/her in a name’s own apposition is someone else’s', () => {
  runTable(
    [
      {
        why: '"said Beth Calloway, one of his editors": Beth stays a woman, so a later "she" is hers',
        text: 'Every novel by Daniel Voss hides a puzzle. “You always knew it was one of his,” said Beth Calloway, one of his editors. His plots were strange, and his endings stranger.\n\n“He would use a word and mean all of its senses,” she said.',
        quote: 'He would use a word',
        speaker: 'Beth Calloway',
      },
    ],
    annotateWithEntities,
  );
});

describe('a plural noun’s possessive inside a name (the quotes annotator alone: the tagger splits "People" from "Daily")', () => {
  runTable([
    {
      why: '"the People’s Daily, the party paper, warned": the possessive is part of the name',
      text: 'Protests went on for a sixth month. On Monday, the People’s Daily, the mouthpiece of the party, warned that there was “absolutely no room for compromise” with the protesters.',
      quote: 'absolutely no room',
      speaker: 'People’s Daily',
    },
  ]);
});

describe('names the earlier rules cut or misread', () => {
  runTable(
    [
      {
        why: '"He Jianxiong, the former director, said": the surname He, not the pronoun',
        text: 'Talks resumed in Washington. “Without rolling back some tariffs, it is hard to see any deal at all,” He Jianxiong, a former trade official, said on Tuesday.',
        quote: 'Without rolling back',
        speaker: 'He Jianxiong',
      },
      {
        why: 'a sentence opening with a capitalised common word: "Once" is no speaker',
        text: 'The crowd cheered every blow at first. Once the torturers had run out of ideas, even that crowd grew sick and began yelling “Have mercy!” at the stage.',
        quote: 'Have mercy',
        not: 'Once',
      },
      {
        why: 'a number heads no speaker: "the 2016 through 2019 weighed more heavily on the “…”"',
        text: 'The Orbit laptop keyboard has divided users. Where the 2012 through 2015 design was liked, the 2016 through 2019 weighed more heavily on the “it will have to do, I suppose, until the next one” end of opinion.',
        quote: 'it will have to do',
        speaker: null,
      },
    ],
    annotateWithEntities,
  );
});

describe('more reporting verbs and attributions after the closing mark', () => {
  runTable(
    [
      {
        why: '"He begged lawmakers “not to …”"',
        text: 'Tim Morrow, a former adviser, spoke last. He begged lawmakers “not to lose sight of” the war on the border.',
        quote: 'not to lose sight',
        speaker: 'Tim Morrow',
        rule: 'quotes/verb-before',
      },
      {
        why: '"the union demanded “…”"',
        text: 'Talks broke down on Friday. Nurse Dana Pike, who leads the union, demanded “a real offer by Monday, not another promise.”',
        quote: 'a real offer by Monday',
        speaker: 'Dana Pike',
        rule: 'quotes/verb-before',
      },
      {
        why: '"“…” Holmes testified.": the next sentence ends after its reporting verb',
        text: 'The counselor was at lunch with the ambassador when the call came.\n\n“I then heard the president ask about the inquiry, and the ambassador said yes.” Tom Holdgate testified.',
        quote: 'I then heard',
        speaker: 'Tom Holdgate',
        rule: 'quotes/next-sentence',
      },
      {
        why: 'after a nested quotation’s closing mark: "?’” Holdgate testified on Tuesday."',
        text: 'Tom Holdgate was at lunch with the ambassador.\n\n“I then heard the president ask, quote, ‘So he is going to do the inquiry?’” Holdgate testified on Tuesday.',
        quote: 'I then heard',
        speaker: 'Tom Holdgate',
        rule: 'quotes/next-sentence',
      },
      {
        why: 'a next sentence with more after its verb reports something else',
        text: 'The meeting ran late.\n\n“We will win this vote.” Smith said the count would be close.',
        quote: 'We will win',
        rule: '!quotes/next-sentence',
      },
      {
        why: '"…," chairman, CEO and president Craig Menear said": titles listed with commas',
        text: 'Sales missed forecasts. "Our third quarter results reflected broad growth across the business," chairman, CEO and president Craig Menear said in the earnings release.',
        quote: 'Our third quarter',
        speaker: 'Craig Menear',
      },
    ],
    annotateWithEntities,
  );
});

describe('a dash credit after a work’s title is its author, not a speaker', () => {
  runTable([
    {
      why: '"“The Salt Road Home” - Amara Okafor": title-case words with no sentence punctuation are a title',
      text: 'Our favourite books this year:\n\n“The Salt Road Home” - Amara Okafor\n\n“Winter in Lisbon” — Petra Lund, 2019',
      quote: 'The Salt Road Home',
      term: true,
    },
    {
      why: 'a credited sentence is still a quotation',
      text: 'Pull quote of the week:\n\n“So far, it is the readers: 1, the censors: 0.” - Matthew Ingram',
      quote: 'So far, it is the readers',
      speaker: 'Matthew Ingram',
      rule: 'quotes/dash',
    },
  ]);
});

describe('names of many shapes, and credits on the next line (read off quotes-blind9 after its first run)', () => {
  runTable(
    [
      {
        why: 'a dash credit on the line after the quotation, with a role after a comma',
        text: 'Here is how people reacted.\n\n“This ruling ends twenty years of being told to wait.”\n— Naledi Mokoena-Dlamini, chairperson of the residents’ committee, which brought the case',
        quote: 'This ruling ends',
        speaker: 'Naledi Mokoena-Dlamini',
        rule: 'quotes/dash',
      },
      {
        why: 'a dash credit naming an organisation with "the"',
        text: 'Reactions came quickly.\n\n“The council respects the judgment and will study it carefully.”\n— the Ostvale District Council, in a statement',
        quote: 'The council respects',
        speaker: 'the Ostvale District Council',
      },
      {
        why: '"Ter Brugge said" after "Sjoerd ter Brugge"',
        text: 'Hydrologist Sjoerd ter Brugge disagreed with the board. “If you assume the worst flood everywhere at once, every dike fails,” Ter Brugge said.',
        quote: 'If you assume',
        speaker: 'Sjoerd ter Brugge',
      },
      {
        why: 'a Malay name with a patronymic is known by its given name',
        text: 'Kamariah binti Osman, a smallholder, has farmed palm for thirty years. “We are being punished for something we did not do,” Kamariah said.',
        quote: 'We are being punished',
        speaker: 'Kamariah binti Osman',
      },
    ],
    annotateWithEntities,
  );
});

describe('names the quotes annotator reads alone (the entities annotator also links these)', () => {
  runTable([
      {
        why: 'a place or organisation head noun ends a title’s complement: "Manager of Baghpura Division Suresh Chandra Pandeya"',
        text: 'Divisional Railway Manager of Baghpura Division Suresh Chandra Pandeya said rescue work was over. "Our first priority was to get every passenger out," Pandeya told reporters.',
        quote: 'Our first priority',
        speaker: 'Suresh Chandra Pandeya',
      },
      {
        why: 'two particles inside a name, then the surname with its particle capitalised',
        text: 'The dike board met on Monday. Engineer Marit van der Kolk said the levee would hold. “It was built for worse,” Van der Kolk said.',
        quote: 'It was built for worse',
        speaker: 'Marit van der Kolk',
      },
      {
        why: 'a middle word that is no given name is a first surname ("Fuentes" for Rodrigo Fuentes Alarcón)',
        text: 'The opposition candidate, Rodrigo Fuentes Alarcón, spoke first. “This is a campaign of slogans,” Fuentes said.',
        quote: 'This is a campaign',
        speaker: 'Rodrigo Fuentes Alarcón',
      },
  ]);
});

describe('organisations, documents and a verdict in the next paragraph (read off quotes-blind9)', () => {
  runTable(
    [
      {
        why: 'a club’s short name goes to its full name, a club head noun ending it ("Athletic")',
        text: 'Dunmarra Athletic 2 Kellsbridge Town 3\n\nRonan Teague did not hide his anger after the late collapse.\n\nDunmarra later said in a statement on its website that it would ‘not be commenting on refereeing decisions’ this season.',
        quote: 'not be commenting',
        speaker: 'Dunmarra Athletic',
      },
      {
        why: '"the force said" after a police force is named',
        text: 'Detective Inspector Mara Quist, of Eastholm Valley Police, appealed for witnesses.\n\nIn a statement, the force said: “Leaving the scene of a collision is a serious offence.”',
        quote: 'Leaving the scene',
        speaker: 'Eastholm Valley Police',
      },
      {
        why: '"A notice posted by X said ... “…,” the notice said": the notice’s issuer',
        text: 'The ban took effect on Sunday. A notice posted by the Linmouth fire department said lifts would be fitted with cameras. “Batteries that enter a lift car will trigger an alarm,” the notice said.',
        quote: 'Batteries that enter',
        speaker: 'the Linmouth fire department',
      },
      {
        why: '"“…”\n\nThat was the view of X": the verdict opens the next paragraph',
        text: 'The council voted to close the school in July.\n\n"It is the heart of this place. Take it away and you have a car park."\n\nThat was the view of Hollis Pendarves, who chairs the parents’ group.',
        quote: 'It is the heart',
        speaker: 'Hollis Pendarves',
        rule: 'quotes/next-sentence',
      },
      {
        why: '"The report by X found that “…”"',
        text: 'Nearly a fifth of the dikes fail the standard. The report by the Lekmouth Safety Institute, an independent body, found that "one kilometre in five fails the new standard, and the margin is measured in centimetres".',
        quote: 'one kilometre in five',
        speaker: 'Lekmouth Safety Institute',
      },
      {
        why: '"found" gives way to "said" before it: "A spokeswoman said contractors had found “…”"',
        text: 'Work stopped on Monday. A spokeswoman for the highways department said contractors had found "a second, older pipe that was not on any map" under the road.',
        quote: 'a second, older pipe',
        speaker: 'A spokeswoman for the highways department',
      },
      {
        why: '"find" far from the quotation reports nothing: "People find my site ... I can “dial up”"',
        text: 'People find my website and join my community every day, all year long, and I can “dial up” or “dial back” my hours as I need.',
        quote: 'dial up',
        term: true,
      },
    ],
    annotateWithEntities,
  );
});

describe('groups and a role’s pronoun (read off quotes-blind9)', () => {
  runTable(
    [
      {
        why: '"“…,” volunteers said": a bare plural group noun is the speaker, not the previous quotation’s',
        text: 'Chief Hemi Tawhai led a prayer on the beach. “They came to us,” Tawhai said.\n\nHundreds of people kept the surviving whales wet. “We just kept pouring water, hour after hour,” volunteers said.',
        quote: 'We just kept pouring',
        speaker: 'volunteers',
      },
      {
        why: '"“…,” residents of Kikoni landing site told journalists": a group noun with its place',
        text: 'Health officials confirmed four more cases on Monday. "We have been asking for a borehole since 2019," residents of Kalonde landing site told visiting journalists.',
        quote: 'We have been asking',
        speaker: 'residents of Kalonde landing site',
      },
      {
        why: '"The detective inspector said ... “…,” she added": the role reporting in the sentence before, not the sister quoted in the paragraph before',
        text: 'Detective Inspector Naomi Strachan said officers wanted dashcam footage.\n\nLeonie Fair, the cyclist’s sister, said he rode the route every day. “He was the careful one,” she said.\n\nThe detective inspector said a man arrested on Friday had been released. “We have not closed any line of inquiry,” she added.',
        quote: 'We have not closed',
        speaker: 'Naomi Strachan',
      },
      {
        why: 'an anonymous person two sentences back, the same he opening the sentence between: "a man in a cowboy hat held up a sign. Asked what he thought, he shrugged. “…,” he said"',
        text: 'Wendell Tarrow, the board chairman, backed the plan. "We need the jobs," Tarrow said.\n\nThe state will rule by the end of the year. Outside the gym after the hearing, a man in a cowboy hat held up a sign. Asked what he thought, he shrugged. "I think they already decided," he said.',
        quote: 'I think they already',
        speaker: 'a man in a cowboy hat',
      },
    ],
    annotateWithEntities,
  );
});
