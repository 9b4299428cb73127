/**
 * Attribution rules of the thirteenth round, table-driven on short passages written for these
 * tests: a surname that opens the sentence before a verbless quotation, in a summary paragraph
 * written above the person's full introduction ("Okonkwo expects ... “…”" before "the port's
 * director, Adaeze Okonkwo"), is that person; "said the singer Carlton Fagan, who ..." and "said
 * the MC Carlton Fagan" name Carlton Fagan, with the role beside the name.
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
