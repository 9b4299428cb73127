/**
 * Attribution rules of the thirteenth round (session 11, from the published web-news pages of
 * eval/quotes-press-a and -b), table-driven on short passages written for these tests:
 * - names: a surname opening the sentence before a verbless quotation, in a summary paragraph above
 *   the full introduction, is that person; "said the singer X" / "said the MC X" / "said his brother
 *   X" name X; of two people sharing a surname, the surname alone goes to the first introduced as a
 *   sentence's subject; a given name spelt one letter apart with the same surname is the person
 *   already known, by the spelling the text writes more often (the first on a tie); a one-word name with an age and a role after it ("Curie, 21, a student") is a
 *   person; C-suite acronyms (CIO, CFO) are titles; initials stay in names ("P.J. Crowley"); an
 *   organisation's title with "of" before a name ("Federal Reserve Bank of Kansas City President X,
 *   ..., said") is read past; a copula after an appositive ("is a stay-at-home mother") states a
 *   gender; "The Fed said" is a name; "Senate leaders said" keeps the group; "co-founder" is a role;
 * - verbs and clauses: a weekday after the verb is no inverted subject; a reporting participle
 *   opening the sentence ("Declaring “…” is at stake, X has ordered") takes the main clause's
 *   subject; ", and X would ..., saying" is X's; "he'd preface by saying" is the he's; a modal before a base form ("her mother will say")
 *   makes a verb, and an -ly adverb before the comma still hands over; "has written about" names a
 *   topic; a wire dateline or "Finally," may open a sentence before its subject; a partial quotation
 *   heading its noun phrase, and one before ", NAME, appositive, told reporters", take the sentence's
 *   closing clause; a time phrase ("earlier this month stating") is nobody, and a participle's
 *   subject "The group, WeWorkers Coalition," is the name in apposition; "the group" is never the
 *   platform it spoke on ("said on Twitter");
 * - context: an epithet nothing else resolves goes to the person the text names far more than anyone;
 *   a family role opening the sentence before ("Her mother was a nurse.") hands a he/she to no
 *   unrelated person; a verbless quotation before its paragraph's attribution goes to that speaker
 *   when quoted just before; in interviews and profiles (a person quoted four times or more, three
 *   times anyone else), an answer to the writer's question and first-person words go to the
 *   interviewee, and a present-tense "she says" too over a newer narrated subject not just introduced;
 *   a he/she is nobody the quotation names in full ("He said, “Andy Warhol was the center of…”");
 *   a lede's "A top regional Federal Reserve official" is the person named in full at the start of
 *   the next paragraph, when the article names them three times or more; a paragraph of quotation after
 *   one opening "An anonymous grocery-store manager shares ..." is that person's; a "they" after a
 *   sentence opened by a group of people ("Residents are furious. They say ...") is that group; "his
 *   lawyer" is the person introduced as "Pike's attorney, Laura Brandt," (a possessive name may own
 *   a role in apposition; lawyer, attorney and counsel are one job, as are the spokes-nouns); a
 *   definite epithet opening the sentence before a verbless quotation ("Asked about the collapse, the
 *   three-time MVP shrugged. “…”") is the person it stands for;
 * - terms: one word in quote marks is never a quotation; a wrongly shaped opening mark ("said,
 *   ”There") opens; "motto", "video", "list of the" cue names and titles, a noun cue followed by "as"
 *   none; capitalised words after a determiner, after "in", or followed by their author are a name or
 *   a title even next to a verb.
 */
import { describe } from 'vitest';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a surname subject before the full name', () => {
  runTable(
    [
      {
        why: 'the summary paragraph names her by surname; her full name comes two paragraphs later',
        text: 'Harbour officials say the new cranes will double capacity. Tomas Reyes, a shipping analyst, said the plan was sound. “The demand is there,” he said.\n\nOkonkwo expects the first cranes to arrive in March. “We cannot build the quay any faster than the steel arrives.”\n\n“It depends on the weather more than anything,” said the port’s director, Adaeze Okonkwo.',
        quote: 'We cannot build',
        speaker: 'Adaeze Okonkwo',
        rule: 'quotes/sentence-subject',
      },
      {
        why: 'guard: a capitalised adjective that is also a later surname is no subject ("Young people")',
        text: 'Tomas Reyes, a shipping analyst, said the plan was sound. “The demand is there,” he said.\n\nYoung people queued for the jobs. “It is the first work here in years.”\n\n“It depends on the weather,” said the port’s director, Adaeze Young.',
        quote: 'It is the first work',
        speaker: 'Tomas Reyes',
      },
    ],
    annotateWithEntities,
  );
});

describe('a role after "the", then the name, after the verb', () => {
  runTable(
    [
      {
        why: '"said the singer X, who ...": the name closes the role',
        text: '“He was the first person who ever handed me a microphone,” said the singer Marla Quint, who toured with the band in the 1980s.',
        quote: 'He was the first person',
        speaker: 'Marla Quint',
      },
      {
        why: '"said the MC X": a title after "the" is no part of the name',
        text: '“He gave you one tune, and if they liked you, you got another,” said the MC Desmond Arkle.',
        quote: 'He gave you one tune',
        speaker: 'Desmond Arkle',
      },
      {
        why: '"said his brother X"',
        text: '“He never missed a Sunday at the ground,” said his brother Tomas Reyes.',
        quote: 'He never missed',
        speaker: 'Tomas Reyes',
      },
      {
        why: 'guard: a capitalised organisation after "the" stays whole',
        text: '“The figures will be revised next month,” said the Labour Statistics Office.',
        quote: 'The figures will be revised',
        speaker: 'the Labour Statistics Office',
      },
    ],
    annotateWithEntities,
  );
});

describe('a surname shared by two people', () => {
  runTable(
    [
      {
        why: 'the first was named in passing; the second, introduced as a subject, is the one called by surname',
        text: 'The dam was opened in 1936 by Governor Harold Mertens.\n\nPaul Mertens, the governor’s grandson and a member of the water board, spoke at the ceremony on Friday.\n\nMertens, who chaired the board for six years, rejected claims that the dam was unsafe. "It has never been in better shape," he said.',
        quote: 'It has never been',
        speaker: 'Paul Mertens',
      },
      {
        why: 'guard: the subject introduced first keeps the surname when a relative is named later in passing',
        text: 'Tomas Brandt has run the bakery for thirty years. He took it over from his uncle, Josef Brandt, in 1994.\n\nBrandt, who starts work at four, says the recipes have not changed. "We still use the same ovens," he said.',
        quote: 'We still use',
        speaker: 'Tomas Brandt',
      },
    ],
    annotateWithEntities,
  );
});

describe('a reporting participle opening the sentence', () => {
  runTable(
    [
      {
        why: 'after a dateline: the main clause after the comma names the speaker',
        text: 'LISBON (May 3) -- Declaring "the soul of the fishing fleet" is at risk, Fisheries Minister Joana Pires has ordered a review of the quota system.',
        quote: 'the soul of the fishing fleet',
        speaker: 'Joana Pires',
        rule: 'quotes/verb-before',
      },
      {
        why: 'the comma inside the closing mark ends the participle clause',
        text: 'Warning that "the worst of the flooding is yet to come," the regional governor, Anders Holm, closed every school in the valley.',
        quote: 'the worst of the flooding',
        speaker: 'Anders Holm',
      },
    ],
    annotateWithEntities,
  );
});

describe('a day after the reporting verb', () => {
  runTable(
    [
      {
        why: '"did not say Thursday whether": the day is no speaker',
        text: 'Defence Minister Lena Voss did not say Thursday whether the review would leave "a much smaller navy" by 2030.',
        quote: 'a much smaller navy',
        speaker: 'Lena Voss',
      },
    ],
    annotateWithEntities,
  );
});

describe('a participle after a joined clause', () => {
  runTable(
    [
      {
        why: '"A would ..., and B would ..., saying": B speaks',
        text: 'Marta Ilves chaired the board. Oskar Lind ran the plant.\n\nAt times, Lind would raise his voice, and Ilves would calmly cut him off, saying, “We have heard you, Oskar. Thank you.”',
        quote: 'We have heard you',
        speaker: 'Marta Ilves',
      },
    ],
    annotateWithEntities,
  );
});

describe('one capitalised word after "say"', () => {
  runTable(
    [
      {
        why: 'a name spoken to a machine is no quotation',
        text: 'When I fill in my address on a phone, I should be able to tap the city field and just say "Lisbon" and have it filled in.',
        quote: 'Lisbon',
        term: true,
      },
      {
        why: 'a one-word answer is no quotation either, as published-news gold counts it',
        text: '"Did it hurt?" the reporter asked Lena Broich. "Never," Broich said.',
        quote: 'Never',
        term: true,
      },
    ],
    annotateWithEntities,
  );
});

describe('a given name spelt two ways', () => {
  runTable(
    [
      {
        why: 'one letter dropped: the same person, by the first spelling',
        text: 'The firm’s head of personnel, Stacey Morland, thought the plan was unworkable. "People need someone to go to," she said.\n\nYears later the plan was dropped. "Hopefully it was a lesson learned," Stacy Morland recalled in her memoir.',
        quote: 'Hopefully it was a lesson',
        speaker: 'Stacey Morland',
      },
      {
        why: 'guard: "Mark" and "Mary" are two people',
        text: 'Mark Okafor ran the farm. "We had a dry year," he said.\n\n"It will rain," Mary Okafor said.',
        quote: 'It will rain',
        speaker: 'Mary Okafor',
      },
    ],
    annotateWithEntities,
  );
});

describe('a one-word name with an age and a role', () => {
  runTable(
    [
      {
        why: 'an age and a role after the name make it a person, whatever the word',
        text: 'The restaurant’s Inferno Platter has sent diners to hospital before.\n\nSeong, 22, a Korean exchange student at the university, came second, but she admitted the prize "came at a price".\n\nShe said: "I have always liked spicy food. But I had to be taken to hospital twice."',
        quote: 'I have always liked',
        speaker: 'Seong',
      },
      {
        why: 'one word of a known full name is that person',
        text: '"We are against a city where a nurse cannot live near her hospital," said María Luisa Herrera Vidal, a spokeswoman for the tenants.\n\nHerrera, 39, a physiotherapist who was evicted two years ago, called the decree "a fig leaf painted to look like a wall" and said her group would go to court.',
        quote: 'a fig leaf',
        speaker: 'María Luisa Herrera Vidal',
      },
    ],
    annotateWithEntities,
  );
});

describe('a wrongly shaped opening mark, a motto, an epithet for the main person', () => {
  runTable(
    [
      {
        why: 'a closing mark before a word opens the quotation',
        text: 'Asked what was next, Ida Marsh said, ”There does not have to be more. We can serve the students well.”',
        quote: 'There does not have to be more',
        speaker: 'Ida Marsh',
      },
      {
        why: 'a motto after "current motto," is a name',
        text: 'This is a far cry from the company’s current motto, “Bringing every town online.” But hindsight is easy.',
        quote: 'Bringing every town online',
        term: true,
      },
      {
        why: 'an epithet for the person the story keeps naming',
        text: 'The interview was filmed in 2005, when Ida Marsh was 21.\n\nFew expected Marsh to build more than a directory, and Marsh herself did not either. Friends of Marsh say she never talked about money. The site reached 800 schools that year.\n\nAsked what came next, the Campusbook founder said the site "did not have to be bigger than the colleges" to succeed.',
        quote: 'did not have to be bigger',
        speaker: 'Ida Marsh',
      },
    ],
    annotateWithEntities,
  );
});

describe('a family role opening the sentence before, in a profile', () => {
  runTable(
    [
      {
        why: 'the mother is nobody named: the she stays with the profile’s subject',
        text: 'Maren Solvik and her co-writer, Clara Voss, spent three years on the script.\n\nVoss remembers the first screening differently. "Maren was shaking," she says.\n\nSolvik laughs when I tell her this. Her mother was a nurse, her father a ferry captain. "They never understood what I did," she says.',
        quote: 'They never understood',
        speaker: 'Maren Solvik',
      },
    ],
    annotateWithEntities,
  );
});

describe('a common word as a name after "the"', () => {
  runTable(
    [
      {
        why: '"The Fed said": the capital after "the" makes it a name',
        text: 'Rates were left unchanged on Wednesday. The Fed said it would "continue to watch the labour market closely" before acting again.',
        quote: 'continue to watch',
        speaker: 'Fed',
      },
    ],
    annotateWithEntities,
  );
});

describe('a capitalised modifier and a plural group noun', () => {
  runTable(
    [
      {
        why: '"Senate leaders said": the group, not the Senate',
        text: 'The bill is "dead on arrival," Senate leaders said on Tuesday.',
        quote: 'dead on arrival',
        speaker: 'Senate leaders',
      },
      {
        why: '"Orchard executives said": the group, not the company',
        text: 'The merger would "create the largest grower in the valley," Orchard executives said in a call with analysts.',
        quote: 'create the largest grower',
        speaker: 'Orchard executives',
      },
    ],
    annotateWithEntities,
  );
});

describe('wire copy: a dateline, a closing clause, a co- role', () => {
  runTable(
    [
      {
        why: 'a quoted noun phrase head, a relative clause, then ", a top official warned Friday"',
        text: 'Keeping interest rates near zero is a "dangerous gamble" that could feed another bubble, a top central bank official warned Friday.',
        quote: 'dangerous gamble',
        speaker: 'a top central bank official',
      },
      {
        why: 'guard: a quoted modifier before its noun stays a name',
        text: 'A "phase one" trade deal could slip into next year, experts say.',
        quote: 'phase one',
        term: true,
      },
      {
        why: 'the subject after a dateline; "the Orchard co-founder" is that person',
        text: 'PORTLAND, Ore. (AP) -- Hanna Quist resigned Wednesday as chief executive of Orchard Labs, the company said.\n\n"I always said I would be the first to let you know," the Orchard co-founder wrote in a letter to the board.',
        quote: 'I always said',
        speaker: 'Hanna Quist',
      },
    ],
    annotateWithEntities,
  );
});

describe('a book title next to a verb', () => {
  runTable(
    [
      {
        why: '"In “…,” X tells the story": a title after "in"',
        text: 'In “Inside The Lantern,” Sam Levin tells the story of how the firm hired its first manager.',
        quote: 'Inside The Lantern',
        term: true,
      },
      {
        why: '"according to “…,” X\'s inside view": a title followed by its author',
        text: 'The plan was unworkable, according to “Feeling Lucky Today,” Dora Lind’s inside view of the company’s early years.',
        quote: 'Feeling Lucky Today',
        term: true,
      },
      {
        why: 'guard: a capitalised quotation told to a crowd stays a quotation',
        text: '"Never Again," Mayor Ana Ruiz tells the crowd.',
        quote: 'Never Again',
        speaker: 'Ana Ruiz',
      },
    ],
    annotateWithEntities,
  );
});

describe('a C-suite acronym before a name', () => {
  runTable(
    [
      {
        why: '"Company CIO First Last": the surname later, and the he after it, are his',
        text: 'At a demonstration at the home of Halcyon CIO Darius Kheirabadi, executives showed the new app.\n\n"We built the service in the cloud," Kheirabadi said.\n\nKheirabadi told reporters the app was ready. The company is negotiating with cable providers, such as Time Warner, to hammer out agreements.\n\n"The engineering work is done," he said.',
        quote: 'The engineering work is done',
        speaker: 'Darius Kheirabadi',
      },
    ],
    annotateWithEntities,
  );
});

describe('initials in a name', () => {
  runTable(
    [
      {
        why: '"P.J. Crowley" keeps both initials; "Crowley said" later is him',
        text: 'State Department spokesman T.J. Rowley said the talks would go on. "We expect Iran to meet its obligations," Rowley said.',
        quote: 'We expect Iran',
        speaker: 'T.J. Rowley',
      },
    ],
    annotateWithEntities,
  );
});

describe('a modal before the reporting verb, an adverb before the comma', () => {
  runTable(
    [
      {
        why: '"her mother will say tentatively, “…?”" then "X smiles and says, “…”"',
        text: 'Lena Hart grew up by a lake. When she tells her parents she has a new film, her mother will say tentatively, "Is that something we can see in a cinema?" Hart smiles and says, "They are still getting used to it."',
        quote: 'Is that something',
        speaker: 'her mother',
      },
    ],
    annotateWithEntities,
  );
});

describe('an answer to the writer’s question in an interview piece', () => {
  runTable(
    [
      {
        why: 'the question names no one; the person quoted far more than anyone answers',
        text: 'Lena Hart has had a big year. "I still cannot believe it," she says. "Every morning I wake up surprised."\n\n"My parents worried," she says. "They still do."\n\n"I was not a good student," Hart says. "I cared more about my friends."\n\nHow social was she? Suspended?\n\n"Um. Not for more than a couple of days. There were suspensions."',
        quote: 'Um. Not for more',
        speaker: 'Lena Hart',
      },
      {
        why: 'guard: with no one quoted often, nobody is guessed',
        text: 'The council met on Monday. "We will decide in May," said Ana Ruiz.\n\nWhat happens next?\n\n"I do not know what I will do."',
        quote: 'I do not know',
        speaker: null,
      },
    ],
    annotateWithEntities,
  );
});

describe('an organisation’s title with "of" before a name, then a long appositive', () => {
  runTable(
    [
      {
        why: 'the title, the name, a long appositive with commas of its own, then "said that ... “…”"',
        text: 'Central Bank of Ruritania Governor Marta V. Holm, the bank’s longest-serving policymaker and one of seven people who decide what rates borrowers pay on mortgages, loans and other credit, said that the policy of near-zero rates is "risking a repeat of past errors."',
        quote: 'risking a repeat',
        speaker: 'Marta V. Holm',
      },
    ],
    annotateWithEntities,
  );
});

describe('a gender stated by a copula after an appositive', () => {
  runTable(
    [
      {
        why: 'a usually male given name, but "is a stay-at-home mother": her "she said"',
        text: 'Cristian Ortega, a farm worker from Oaxaca, is a stay-at-home mother of four who lives in a trailer outside Dothan.\n\n"We are afraid to go to the store," Ortega said.\n\nMarta Lind, who runs the store, said business had fallen by half.\n\nOrtega said her husband lost his job in May. "We are just trying to stay one more year," she said.',
        quote: 'We are just trying',
        speaker: 'Cristian Ortega',
      },
    ],
    annotateWithEntities,
  );
});

describe('a verbless quotation before the paragraph’s attribution', () => {
  runTable(
    [
      {
        why: '"Meanwhile, the policy “…” Ending it “…,” Holm said." after Holm was quoted',
        text: '"Of course the market wants zero rates forever," Marta Holm said in a speech.\n\nMeanwhile, the bank\'s zero-rate policy "is as likely to be a negative as a positive." Ending it "tells the market that it must again accept risk," Holm said.',
        quote: 'is as likely',
        speaker: 'Marta Holm',
      },
    ],
    annotateWithEntities,
  );
});

describe('a present-tense "she says" in a profile', () => {
  runTable(
    [
      {
        why: 'the profile’s subject, quoted far more than anyone, over a newer subject of the narration',
        text: 'Lena Hart has had a big year. "I still cannot believe it," she says. "Every morning I wake up surprised."\n\n"My parents worried," she says. "They still do."\n\n"I was not a good student," Hart says. "I cared more about my friends."\n\n"I moved to Los Angeles with nothing," she says. "I waited tables for years," she adds.\n\nShe grew up watching Tina Fey. Hart joined the show when it was changing. Fey was its first female head writer and the show’s macho culture was well known. It was tough, she says, walking into a room where everyone knew each other: "Kind of like going to a party where everyone has their shoes off."',
        quote: 'Kind of like going',
        speaker: 'Lena Hart',
      },
    ],
    annotateWithEntities,
  );
});

describe('first-person words after someone named in passing, in an interview piece', () => {
  runTable(
    [
      {
        why: 'the partner named in passing did not say it; the interviewee did',
        text: 'Lena Hart has had a big year. "I still cannot believe it," she says. "Every morning I wake up surprised."\n\n"My parents worried," she says. "They still do."\n\n"I was not a good student," Hart says. "I cared more about my friends."\n\n"I moved to Los Angeles with nothing," she says. "I waited tables for years," she adds.\n\nShe lives with her partner, the film-maker Tomas Reyes, but she would rather talk about acting, and her first lead role – "I felt I had to do a good job or no one would invite me back" – has not changed her.',
        quote: 'I felt I had to do',
        speaker: 'Lena Hart',
      },
    ],
    annotateWithEntities,
  );
});

describe('names and titles next to a reporting verb', () => {
  runTable(
    [
      {
        why: '"the current “Great Recession,” X said": a name',
        text: 'The economy grew 3.2 percent in the first year after the current "Great Recession," Marta Holm said.',
        quote: 'Great Recession',
        term: true,
      },
      {
        why: '"(Watch the magazine\'s video “…”)": a title',
        text: '"We cannot put a number on it yet," says Ana Ruiz, a marine biologist. (Watch the magazine\'s video "Oil Spill Anxiety on the Bayou.")',
        quote: 'Oil Spill Anxiety',
        term: true,
      },
      {
        why: 'guard: a noun cue then "as" is no cue: the words after are a quotation',
        text: 'He described the fight between the church and the posters of the video as "another small skirmish in a war that the church has been waging for fifteen years."',
        quote: 'another small skirmish',
        speaker: null,
      },
    ],
    annotateWithEntities,
  );
});

describe('a closing clause with an appositive', () => {
  runTable(
    [
      {
        why: 'the comma before the verb closes an appositive; the name before it speaks',
        text: '"He will be prosecuted" when he returns to Liberia, Binta Kamara, chair of the board of the Monrovia Port Authority, told reporters.',
        quote: 'He will be prosecuted',
        speaker: 'Binta Kamara',
      },
    ],
    annotateWithEntities,
  );
});

describe('an adverb before a subject', () => {
  runTable(
    [
      {
        why: '"Finally, one of the engineers in the room, X, started yelling": X is the subject the he goes to',
        text: 'Lars Pagel stood up at the meeting and fired the managers.\n\nThe news was met with grumbling. Finally, one of the engineers in the room, Rune Dahl, started yelling at Pagel. He said a staff meeting was no place for a performance review. What Pagel was doing was "completely ridiculous," he said.',
        quote: 'completely ridiculous',
        speaker: 'Rune Dahl',
      },
    ],
    annotateWithEntities,
  );
});

describe('a profile’s subject and a new voice', () => {
  runTable(
    [
      {
        why: 'guard: a person introduced in full right before "she says" is a new voice',
        text: 'Maren Solvik has had a big year. "I had no idea anyone would come," she says. "We thought it would play for a week."\n\n"My parents never understood," she says. "They still ask about a real job."\n\n"I waited tables for years," Solvik says. "I loved it."\n\n"I moved to Oslo with nothing," she says.\n\nClara Voss, who co-wrote the film, remembers the first screening differently. "Maren was shaking," she says.',
        quote: 'Maren was shaking',
        speaker: 'Clara Voss',
      },
      {
        why: '"has written about" is no reporting verb: the she after it is the profile’s subject',
        text: 'Maren Solvik has had a big year. "I had no idea anyone would come," she says.\n\n"My parents never understood," she says.\n\n"I waited tables for years," Solvik says.\n\n"I moved to Oslo with nothing," she says.\n\nShe admires Tina Fey. Solvik joined the show when it was changing. Fey was its first female head writer and has written about the macho culture of the show. It was tough, she says, walking into a room where everyone knew each other: "Kind of like going to a party where everyone has their shoes off."',
        quote: 'Kind of like going',
        speaker: 'Maren Solvik',
      },
    ],
    annotateWithEntities,
  );
});

describe('"by saying" after a he/she clause', () => {
  runTable(
    [
      {
        why: '"a finale he\'d preface by saying, “…”": the he of that clause',
        text: 'Lars Pagel built the company from a garage. His own aura seemed part of the attraction. On stage at trade shows and company events in his uniform of jeans, sneakers and black sweaters, he\'d dazzle crowds with new devices, building up to a grand finale he\'d predictably preface by saying, "One more thing, and then we go."',
        quote: 'One more thing',
        speaker: 'Lars Pagel',
        rule: 'quotes/verb-before',
      },
    ],
    annotateWithEntities,
  );
});

describe('two spellings of one name, the commoner kept', () => {
  runTable(
    [
      {
        why: 'a caption spells her "Kristin" once, the story "Kristen" twice: the story’s spelling names her',
        text: 'Full interview with Kristin Walders, curator of the exhibition.\n\nThe prints were donated, according to Kristen Walders, assistant professor of photography.\n\nKristen Walders, curator of the show, chose the prints herself. "He wanted to be rich and famous," Walders said.',
        quote: 'He wanted to be rich',
        speaker: 'Kristen Walders',
      },
    ],
    annotateWithEntities,
  );
});

describe('a he/she is nobody the quotation names in full', () => {
  runTable(
    [
      {
        why: '"For X, Warhol was a legend. He said, “Andy Warhol was …”": not Warhol',
        text: 'For Kevin Alston, an instructor in English, Andy Warhol was also a legend. He said, "Andy Warhol was the center of the twentieth century and everything since."',
        quote: 'Andy Warhol was the center',
        speaker: 'Kevin Alston',
      },
    ],
    annotateWithEntities,
  );
});

describe('a participle after a time phrase, a subject with a name in apposition', () => {
  runTable(
    [
      {
        why: '"this month" is nobody; "The group, X, ... sent a letter ... stating" is X',
        text: 'The group, Cleaners United, formed in recent weeks and sent a letter to management earlier this month stating that they "do not want to be defined by the greed of the company\'s leadership."',
        quote: 'do not want to be defined',
        speaker: 'Cleaners United',
      },
    ],
    annotateWithEntities,
  );
});

describe('"the group" and the platform it spoke on', () => {
  runTable(
    [
      {
        why: '"said on Twitter" names a channel: "the group added" later is the group',
        text: 'The group, FairWork Coalition, formed in recent weeks. The group said on Twitter that the contract has confused employees.\n\nIn a separate tweet, the group added that Brightway “is not following through on its promise to treat employees with dignity.”',
        quote: 'is not following through',
        speaker: 'FairWork Coalition',
      },
    ],
    annotateWithEntities,
  );
});

describe('a lede’s official named in the next paragraph', () => {
  runTable(
    [
      {
        why: 'wire copy: the lede’s anonymous official, then the named official opening the next paragraph',
        text: 'A top regional central bank official sharply criticized on Friday the policy of near-zero rates as a "dangerous gamble for the whole economy."\n\nCentral Bank of Ruritania Deputy Governor Marta V. Holm, the bank\'s longest-serving policymaker, said the policy risked repeating past errors.\n\nHolm has dissented at every meeting this year. "We have seen this before," Holm said.',
        quote: 'dangerous gamble',
        speaker: 'Marta V. Holm',
      },
      {
        why: 'guard: not in the lede',
        text: 'Rates were left unchanged on Friday.\n\nA senior official called the decision "a dangerous gamble for the economy."\n\nMarta V. Holm, the bank\'s longest-serving policymaker, dissented. Holm said so twice. Holm has said so before.',
        quote: 'a dangerous gamble',
        not: 'Marta V. Holm',
      },
    ],
    annotateWithEntities,
  );
});

describe('a paragraph of quotation after an anonymous person is introduced', () => {
  runTable(
    [
      {
        why: '"An anonymous X shares the secrets ..." then a paragraph in quote marks',
        text: 'An anonymous hotel manager shares the secrets to a cheaper stay. For more ideas, see our travel pages.\n\n"Call the hotel directly instead of booking online. Ask for the manager and say you are flexible on the room."',
        quote: 'Call the hotel directly',
        speaker: 'An anonymous hotel manager',
      },
    ],
    annotateWithEntities,
  );
});

describe('a they after a group of people', () => {
  runTable(
    [
      {
        why: '"Residents are furious. They say the council has “…”"',
        text: 'Residents are furious about the closure of the valley school. They say the council has "abandoned the whole valley for good."',
        quote: 'abandoned the whole valley',
        speaker: 'Residents',
      },
      {
        why: 'guard: an organisation before keeps its they',
        text: 'The council met on Monday and voted to close the school. They say the decision was "final and not open to appeal."',
        quote: 'final and not open',
        not: 'Residents',
      },
    ],
    annotateWithEntities,
  );
});

describe('"his lawyer" for the person introduced as "X\'s attorney"', () => {
  runTable(
    [
      {
        why: 'a possessive name owns the role; lawyer and attorney are one job',
        text: 'Darnell Pike, 27, was sentenced on Tuesday. Pike\'s attorney, Laura Brandt, said her client was sorry. Pike did not speak. His lawyer said he would address the family "when the time is right."',
        quote: 'when the time is right',
        speaker: 'Laura Brandt',
      },
    ],
    annotateWithEntities,
  );
});

describe('an epithet opening the sentence before a verbless quotation', () => {
  runTable(
    [
      {
        why: '"Asked about the collapse, the three-time MVP shrugged. “…”" after "X had 28 points"',
        text: '"We gave it away," the visiting coach said.\n\nMarko Jovic had 28 points and 14 rebounds. Asked about the collapse, the three-time MVP shrugged. "It happens. We move on."',
        quote: 'It happens',
        speaker: 'Marko Jovic',
      },
    ],
    annotateWithEntities,
  );
});
