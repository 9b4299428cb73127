/**
 * Attribution rules of the seventh round, table-driven on short passages written for these tests:
 * a partial quotation inside a paraphrase that the sentence's closing clause (", NAME said ...")
 * attributes. Each case names one quotation by its first words and says which speaker it must get,
 * or that the quoted words stay a term when the closing verb reports something else.
 */
import { describe } from 'vitest';
import { annotateWithEntities, runTable } from './rule-table.js';

describe('a partial quotation attributed by the clause that closes its sentence', () => {
  runTable(
    [
      {
        why: 'the paraphrase goes on after the quoted words, then ", NAME said in ..."',
        text: 'The county opened two more shelters on Friday.\n\nHomelessness in the valley is "rising faster than we can build" and now reaches every town, Commissioner Alma Reyes said in a briefing.',
        quote: 'rising faster',
        speaker: 'Alma Reyes',
        rule: 'quotes/sentence-end',
      },
      {
        why: 'a pronoun closing the sentence resolves to the person named before',
        text: 'Mayor Tobias Lind toured the flooded district on Sunday. The damage was "worse than anything since 1987" and would take months to repair, he said on Monday.',
        quote: 'worse than anything',
        speaker: 'Tobias Lind',
      },
      {
        why: '"told" with its object closes the sentence',
        text: 'Engineers found the cracks in March. The bridge is "safe for cars but not for lorries" until the repairs end, Karin Holm told the Daily Courier.',
        quote: 'safe for cars',
        speaker: 'Karin Holm',
      },
      {
        why: 'a closing verb with a clause of its own reports something else: the quoted words stay a term',
        text: 'Residents called the plan "a slow-motion disaster" for the harbour, but Councillor Pieter Vos said it would create jobs.',
        quote: 'a slow-motion disaster',
        term: true,
      },
      {
        why: '"told reporters that ..." is a clause, not the closing clause: the quoted words stay a term',
        text: 'The strike left the port "completely paralysed" for a week, and Omar Haddad told reporters that talks would resume.',
        quote: 'completely paralysed',
        term: true,
      },
    ],
    annotateWithEntities,
  );
});
