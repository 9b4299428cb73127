/**
 * Attribution rules of the fifth round, table-driven on short passages written for these tests:
 * channels named as the subject ("a short statement saying", "A letter, signed by..."), the
 * organisations that role nouns and short names stand for ("the operator", "the firm", "the
 * company", "Brightwell said"), prefixes that are no part of a name (a team in the possessive, a
 * school year), the age role, leading circumstances and live-blog time stamps before a subject,
 * verbs joined by "and"/"but", and a he/she framing the quotation that opens the next paragraph.
 * Each case names one quotation by its first words and says which speaker it must get, or which it
 * must not.
 */
import { describe } from 'vitest';
import { runTable } from './rule-table.js';

describe('a channel is no speaker: whoever issued it is', () => {
  runTable([
    {
      why: 'the subject of "issued a statement saying"',
      text: 'Polls closed at ten. The Harbour Party has issued a short statement saying it is "ready to govern from Monday" whatever the count shows.',
      quote: 'ready to govern',
      speaker: 'Harbour Party',
    },
    {
      why: 'the sender after "signed ... by" in the apposition',
      text: 'Parents were told on Friday. A letter, signed in March by head teacher Oona Brightley and sent home with pupils, warned: “Fees will rise next term for every family.”',
      quote: 'Fees will rise',
      speaker: 'Oona Brightley',
    },
    {
      why: 'who read the document ("seen by") is not who wrote it',
      text: 'The plan was never published. A memo seen by Eastgate Radio said the site was “not safe for public use in its present state.”',
      quote: 'not safe',
      not: 'Eastgate Radio',
    },
    {
      why: 'a channel with no issuer is never taken for the next she',
      text: 'Mayor Ines Koller arrived late. A brief statement said the vote was "a mandate for change."\n\nKoller thanked her staff. Asked about turnout, she said: "We will look at it tomorrow."',
      quote: 'We will look',
      speaker: 'Ines Koller',
    },
  ]);
});

describe('the organisation a role noun or a short name stands for', () => {
  runTable([
    {
      why: '"the operator" after a name with that head noun in apposition',
      text: 'Power failed across the east on Sunday. Tarnwell Grid, the regional transmission operator, said crews were on site. According to the operator, supply should return “by Tuesday evening at the latest.”',
      quote: 'by Tuesday',
      speaker: 'Tarnwell Grid',
    },
    {
      why: '"the publisher" after "Name\'s publisher, Org,"',
      text: 'The memoir sold out in days. Okoro’s publisher, Fenwick House Books, said a reprint was under way. “We have never moved this fast on a debut,” the publisher said.',
      quote: 'We have never',
      speaker: 'Fenwick House Books',
    },
    {
      why: '"the firm" goes to a business named with its kind before the name',
      text: 'Prices rose for a third month, according to research consultancy Pellmark Tavish. In a note on Monday, the firm said demand was “outrunning supply in every city we watch.”',
      quote: 'outrunning supply',
      speaker: 'Pellmark Tavish',
    },
    {
      why: 'a short name is completed to the organisation\'s full name',
      text: 'Seafood supplier Brightwell Foods Ltd cut 200 jobs on Wednesday. “This was the hardest decision we have made,” Brightwell said in a statement.',
      quote: 'This was the hardest',
      speaker: 'Brightwell Foods Ltd',
    },
    {
      why: '"the company" goes to the business, not to a union named after it',
      text: 'Cold-store operator Arvo Holdings said talks had failed. The Warehouse Workers Union called a strike for Friday. “Our offer remains on the table,” the company said.',
      quote: 'Our offer',
      speaker: 'Arvo Holdings',
    },
    {
      why: '"the organisation" after a name joined by "of" that opens the sentence before',
      text: 'Floods closed the coast road. The Guild of Harbour Pilots said its members would stay ashore. “Nobody goes out until the swell drops,” the organisation said.',
      quote: 'Nobody goes out',
      speaker: 'Guild of Harbour Pilots',
    },
  ]);
});

describe('names and roles around the speaker', () => {
  runTable([
    {
      why: 'a person named before "of Org" is the speaker, not the organisation',
      text: 'Shares fell 4 percent. “The outlook was weaker than anyone expected,” Maria Lindholm of Kestrel Partners wrote in a note to clients.',
      quote: 'The outlook',
      speaker: 'Maria Lindholm',
    },
    {
      why: 'a team in the possessive is no part of the name',
      text: 'Harwick’s Tomas Lindqvist scored twice in the second half. “The second one was pure luck,” Lindqvist said.',
      quote: 'The second one',
      speaker: 'Tomas Lindqvist',
    },
    {
      why: 'a school year before a name is the role',
      text: 'The board met on Tuesday. Sophomore Lena Ortiz-Baum spoke first. “We are asking for one hour, not a miracle,” she told the board.',
      quote: 'We are asking',
      speaker: 'Lena Ortiz-Baum',
    },
    {
      why: '"the 22-year-old" with no age given goes to the subject of the sentence before',
      text: 'Coach Ruth Adair praised the defence. “They never stopped,” Adair said.\n\nKofi Mensah-Ray, who came off the bench late on, said he had not seen the ball until it hit the net. “I just stuck a foot out,” the 22-year-old said.',
      quote: 'I just stuck',
      speaker: 'Kofi Mensah-Ray',
    },
    {
      why: 'an anonymous role named in apposition is not anonymous',
      text: 'Chief executive Pavel Rusu defended the results. “We are on plan,” Rusu said.\n\nAnother analyst, Owen Marsh-Tulloch of Brantley Securities, pressed him on costs. “Why are margins still falling?” he asked.',
      quote: 'Why are margins',
      speaker: 'Owen Marsh-Tulloch',
    },
  ]);
});

describe('who is the subject before a he/she', () => {
  runTable([
    {
      why: 'two leading circumstances before the new subject',
      text: 'Deckhand Rory Blain is the youngest on the quay. “I like the early starts,” he says.\n\nDown at the slipway, in the old net loft, the foreman, Ivo Strand, counts the crates. “We land half what we did,” he says.',
      quote: 'We land half',
      speaker: 'Ivo Strand',
    },
    {
      why: 'a live blog\'s time stamp before the subject',
      text: '21:40 — Organiser Pieter Vance says the count is close. "It could go either way," he said.\n\n21:52 — Independent candidate Joel Pranter has just arrived at the hall. "I feel good about tonight," he said.',
      quote: 'I feel good',
      speaker: 'Joel Pranter',
    },
    {
      why: 'a verb joined by "but" shares the subject of the clause',
      text: 'Alma Reyes left the council in May. Reached at home, she declined to discuss the case but said: “I warned them twice in writing.”',
      quote: 'I warned them',
      speaker: 'Alma Reyes',
    },
    {
      why: 'an anonymous person introduced by "There was one man who" takes the he of "and he stood up and said"',
      text: 'Ravi Olufemi has coached boxing in the city for thirty years.\n\nThere was one man who came every night and never sparred. In the spring he finally stepped in, and he looked at me and said, “Now I know I can take a punch.”',
      quote: 'Now I know',
      speaker: 'one man',
    },
    {
      why: 'a he opening the sentence before frames the quotation opening the next paragraph',
      text: 'For forty years, Anselm Rooke baked bread in the same cellar. He still talks about his first oven with affection.\n\n“It burned everything on the left side. You learned to turn the trays.”',
      quote: 'It burned',
      speaker: 'Anselm Rooke',
    },
  ]);
});

describe('a role owned by his/her opening the sentence before is not its owner', () => {
  runTable([
    {
      why: '"Her counterpart" is the other woman, not the one "her" stands for',
      text: 'Dr. Amelie Strand of the city hospital and Professor Hana Okeke of Delmar University both study the virus. “It spreads in schools first,” Strand said. “It always has,” Okeke said.\n\n“We need more testing,” Strand said. Her counterpart at the university was more cautious. “We need better testing, not more,” she said.',
      quote: 'We need better',
      speaker: 'Hana Okeke',
    },
    {
      why: '"His mother" goes to the relative sharing his surname, not to the last woman quoted',
      text: 'Martha Kell, 70, has used the pool every week for decades. She does not drive.\n\nA spokeswoman for the council said the pool would close. “We had no choice,” she said.\n\nHer son, Aaron Kell, said they would appeal. His mother was more blunt. “They will regret this,” she said.',
      quote: 'They will regret',
      speaker: 'Martha Kell',
    },
    {
      why: 'a relative named in apposition is the subject, read as such',
      text: 'Petra Lund spoke first. “We stay out,” she said.\n\nHis colleague, Freya Holm, was more defiant. “Not one shift until they talk,” she said.',
      quote: 'Not one shift',
      speaker: 'Freya Holm',
    },
  ]);
});

describe('a capitalised name right after a verb of calling is no quotation', () => {
  runTable([
    {
      why: 'what one person calls a thing, when it is a capitalised name, is its name',
      text: 'Upstairs hangs a set of prints she calls “Low Water,” made during the drought. “I could not stop drawing the riverbed,” she said.',
      quote: 'Low Water',
      term: true,
    },
    {
      why: 'a lower-case phrase one person calls something stays a quotation',
      text: 'Councillor Anna Perez called the bypass “a road to nowhere” on Monday.',
      quote: 'a road to nowhere',
      speaker: 'Anna Perez',
    },
  ]);
});
