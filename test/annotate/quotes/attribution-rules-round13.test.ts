/**
 * Attribution rules of the thirteenth round, table-driven on short passages written for these
 * tests: a surname that opens the sentence before a verbless quotation, in a summary paragraph
 * written above the person's full introduction ("Okonkwo expects ... “…”" before "the port's
 * director, Adaeze Okonkwo"), is that person.
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
