/**
 * Attribution rules of the ninth round, table-driven on short passages written for these tests: a
 * subordinate clause may lead a sentence's subject ("When the music stayed, Steenburgen realised");
 * "X, but said" finds X past its own comma; the noun phrase after "said" that opens a reported clause
 * ("said the firm would fly it “a lot”") is no inverted speaker; an organisation known by its acronym
 * gets the full name the article gave it; and the last two names of a list joined by "and" are two
 * organisations.
 */
import { describe } from 'vitest';
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
