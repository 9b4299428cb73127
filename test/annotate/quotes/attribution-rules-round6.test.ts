/**
 * Attribution rules of the sixth round, table-driven on short passages written for these tests:
 * what the quotes annotator learns from the entities annotator (organisations with no head noun in
 * their name, roles written next to names anywhere in the article, full names), a long appositive
 * between a quotation and its verb, the sentence's subject as the topic a he/she stands for, and
 * capitalised function words that open no name. Cases marked "pipeline" run the entities annotator
 * first, as records do.
 */
import { describe } from 'vitest';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('the quotes annotator alone', () => {
  runTable([
    {
      why: 'a long appositive, commas and all, between the quotation and its verb',
      text: '"Models of this size teach us more than we put in," Ilse Vandermeer, a research fellow at the Institute for Ocean Physics in Kiel, Germany, and lead author of the paper, said in a statement.',
      quote: 'Models of this size',
      speaker: 'Ilse Vandermeer',
    },
    {
      why: 'an appositive the writer left unclosed before the verb',
      text: 'Officials credit the new rules. "This is mostly the wind changing direction," Priya Raman, a research analyst at the Chennai-based Centre for Air and Water think tank told the paper.',
      quote: 'This is mostly',
      speaker: 'Priya Raman',
    },
    {
      why: 'role words before the name, then a long appositive with an abbreviation',
      text: '"The plume was there on one night in seventeen," study lead author Ilse Vandermeer, an ocean physicist at the Institute for Ocean Physics in Kiel and at Georgetown University in Washington, D.C., said in a statement.',
      quote: 'The plume was there',
      speaker: 'Ilse Vandermeer',
    },
    {
      why: 'a person and her team: the person the article names speaks',
      text: 'Ilse Vandermeer led the survey from Kiel. "We think the outgassing is weaker than models predict," Vandermeer and her team wrote in the paper.',
      quote: 'We think the outgassing',
      speaker: 'Ilse Vandermeer',
    },
    {
      why: 'an adverb between the subject and its verb ("He instead told")',
      text: 'Marek Duda met the board twice in March. He instead told reporters on Friday: "We will wait for the audit."',
      quote: 'We will wait',
      speaker: 'Marek Duda',
    },
    {
      why: 'a name opening the clause keeps the subject when its appositive holds another name',
      text: 'Prince Edmund, the younger brother of the heir to the throne, Frederick, has told friends that the interview was a "great triumph" for the family.',
      quote: 'great triumph',
      speaker: 'Edmund',
    },
    {
      why: 'words quoted as what someone called something: the subject of "rejected ... as"',
      text: 'The ministries accused the base of blocking aid. The Pentagon rejected these accusations as "patently false," and analysts agreed.',
      quote: 'patently false',
      speaker: 'Pentagon',
    },
    {
      why: 'a modal verb opening a question is no part of the name after it',
      text: 'Would Tomas Brandt have told the committee "we never met the donor" if he had known about the emails?',
      quote: 'we never met',
      speaker: 'Tomas Brandt',
    },
    {
      why: 'a channel named with its sender inside the speaker phrase: the sender speaks',
      text: 'Shares of the lender fell 4 percent. "The market is largely pricing in a weak quarter," a report from Halvern Capital Research said on Tuesday.',
      quote: 'The market is',
      speaker: 'Halvern Capital Research',
    },
    {
      why: '"the statement" goes to whoever the text said issued it in a sentence before',
      text: 'Two soldiers died when their helicopter came down near Herat, the Norwegian army said in a statement on Wednesday.\n\n"The cause of the crash is under investigation," the statement said.',
      quote: 'The cause of the crash',
      speaker: 'the Norwegian army',
    },
    {
      why: 'a chain of "the statement": its issuer is where it was first issued',
      text: 'On Monday, Harrow Lane Records issued a statement that seemed to end the row with the singer\n\nThe statement, which was obtained by a music magazine, claimed the two sides had "come to terms on a licence for the show."\n\n"Artists do not need label approval for live television," the statement continued.',
      quote: 'Artists do not need',
      speaker: 'Harrow Lane Records',
    },
    {
      why: 'a study with no sender stays a role and is never a person',
      text: 'The survey covered 2,000 households. "Most families cut spending on food first," the study found, and Ana Ruiz agreed.',
      quote: 'Most families',
      not: 'Ana Ruiz',
    },
    {
      why: 'a name met in a comparison does not displace the subject a "she" stands for',
      text: 'Mara Steenbeck wrote the song in a week.\n\nSteenbeck had spent years chasing a record deal in Nashville. And despite her fame, she was more nervous about it than Rosalind Harte has ever been about anything.\n\n"It was terrifying," she said.',
      quote: 'It was terrifying',
      speaker: 'Mara Steenbeck',
    },
    {
      why: '"Among" opening a sentence is no part of a name',
      text: 'Krug won with 53 percent. Among Krug\'s voters was Tibor Szalai, 70, a retired tram driver. "All my life I voted for them," he said.',
      quote: 'All my life',
      speaker: 'Tibor Szalai',
    },
  ]);
});

describe('pipeline: what the entities annotator knows', () => {
  runTable(
    [
      {
        why: '"they" for the organisation that opened the sentence before',
        text: 'Fans blamed the label for the cancelled show.\n\nBig Machine have twice denied doing anything wrong. "At no point did we block the concert," they said in a statement on Friday.',
        quote: 'At no point',
        speaker: 'Big Machine',
      },
      {
        why: '"they" after a person opened the sentence is not the organisation',
        text: 'Big Machine bought the catalogue in June. Talia Morrow, who owns the masters, met the executives twice. "We got nowhere," they said afterwards.',
        quote: 'We got nowhere',
        not: 'Big Machine',
      },
      {
        why: 'an organisation the entities annotator knows is never a person a "she" stands for',
        text: 'Last week Dana Whitlock posted a long message accusing Big Machine of blocking her concert. Big Machine replied within hours, and her fans said it was unfair to her.\n\nShe claimed the label wanted to stop the show.\n\n"I just want to play my own songs," she said.',
        quote: 'I just want',
        speaker: 'Dana Whitlock',
      },
      {
        why: 'a place the speaker phrase swallowed is dropped from the name, wherever the name is carried',
        text: 'Greece\'s ambassador to Britain Eleni Marakis has said the talks have "no future" in their present form.\n\nMarakis said Athens would wait: "We are patient people."',
        quote: 'We are patient',
        speaker: 'Eleni Marakis',
      },
      {
        why: 'role words before an organisation the entities annotator found are not its name',
        text: 'Half-Life: Alyx was built for the Index headset. Developer Valve called it "a flagship VR game."',
        quote: 'a flagship VR game',
        speaker: 'Valve',
      },
      {
        why: 'words of a title the recognizer kept out of a name stay out where the surname carries it',
        text: 'Deputy Director of Public Prosecution Eva-Marie Lindqvist took the decision on Tuesday.\n\nMs Lindqvist said: "The evidence has weakened over the years."',
        quote: 'The evidence has weakened',
        speaker: 'Eva-Marie Lindqvist',
      },
      {
        why: '"the production company" is the organisation whose name shares its modifier',
        text: 'Big Machine said the deal was done. Hours later, Dick Clark Productions denied it had agreed to anything.\n\n"No agreement has been signed," the production company said in a statement.',
        quote: 'No agreement has been signed',
        speaker: 'Dick Clark Productions',
      },
      {
        why: '"the company" with no business named by a head noun is the organisation the article names most',
        text: 'Big Machine bought the catalogue in June. Fans blamed Big Machine when the show was cancelled, and the singer accused Big Machine of blocking a Netflix film.\n\n"We never blocked anything," the company said.',
        quote: 'We never blocked anything',
        speaker: 'Big Machine',
      },
      {
        why: '"it" after a circumstance-led sentence the organisation opened, itself quoted through its statement',
        text: 'In a sign of the confusion, the Electoral Commission, which regulates campaign finance, issued a statement warning that "voters deserve honest campaigns." Critically, however, it pointed out that it has no "role in regulating what campaigns say."',
        quote: 'role in regulating',
        speaker: 'Electoral Commission',
      },
      {
        why: 'an indefinite role written exactly as the apposition of a name elsewhere is that person',
        text: 'Tariq Mansour, a senior energy analyst at Corvane Partners, expects prices to fall. Supply is rising fast.\n\n"The glut will last into the spring," a senior energy analyst at Corvane Partners said on Monday.',
        quote: 'The glut',
        speaker: 'Tariq Mansour',
      },
      {
        why: 'a role holding a name speaks for that person and is not them',
        text: 'The clinic closed in May. "We were given no warning at all," a spokesman for Imbert-Cho said. Imbert-Cho runs three clinics.',
        quote: 'We were given',
        speaker: 'a spokesman for Imbert-Cho',
      },
      {
        why: 'Mr. and Mrs. with one surname stay two speakers even when grouped as one entity',
        text: 'Mr. Abiola, the village chief, greeted the visitors. "You are welcome here," he said. His wife, Mrs. Funmi Abiola, added: "Eat first."',
        quote: 'You are welcome',
        speaker: 'Abiola',
      },
      {
        why: 'the same passage: the wife keeps her full name',
        text: 'Mr. Abiola, the village chief, greeted the visitors. "You are welcome here," he said. His wife, Mrs. Funmi Abiola, added: "Eat first."',
        quote: 'Eat first',
        speaker: 'Funmi Abiola',
      },
    ],
    annotateWithEntities,
  );
});
