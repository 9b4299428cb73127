/**
 * name-variants.ts and group.ts through the entities annotator, on passages written for these
 * tests: a renamed organisation is one entity under both names, a compound surname alone joins the
 * full name, and a name cut short by a lower-case continuation joins the entity whose full name it
 * spells.
 */
import { describe, expect, it } from 'vitest';
import { entitiesAnnotator } from '../../src/annotate/entities.js';
import type { EntityT } from '../../src/record/facts/entities.js';
import { bodyRecord } from './body-record.js';

function entitiesOf(text: string): EntityT[] {
  return bodyRecord(text, [entitiesAnnotator]).entities;
}

function entityWith(entities: readonly EntityT[], text: string): EntityT | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}

describe('names of one entity the tagger reads apart', () => {
  it('groups a renamed company under its old name: "X (formerly Twitter)"', () => {
    const entities = entitiesOf('The minister posted the video on X (formerly Twitter) late on Sunday, and it was shared thousands of times.');
    const x = entityWith(entities, 'X');
    expect(x?.type).toBe('organization');
    expect(x).toBe(entityWith(entities, 'Twitter'));
  });

  it('keeps two organisations apart when nothing says one was renamed', () => {
    const entities = entitiesOf('Shares in Microsoft rose on Monday, while Google said its new phone would ship in May.');
    expect(entityWith(entities, 'Microsoft')).not.toBe(entityWith(entities, 'Google'));
  });

  it('groups a compound surname alone with the full name: "Eriksson Ek" is Joel Eriksson Ek', () => {
    const entities = entitiesOf('Joel Eriksson Ek scored twice for Minnesota on Saturday. Eriksson Ek also set up the winner in overtime.');
    const full = entityWith(entities, 'Joel Eriksson Ek');
    expect(full?.type).toBe('person');
    expect(entityWith(entities, 'Eriksson Ek')).toBe(full);
  });

  it('groups a surname alone with a full name ending in "Jr.": "Wrede" is Tomasz K. Wrede Jr.', () => {
    const entities = entitiesOf('Tomasz K. Wrede Jr., 55, of Harlow, admitted the charge on Monday. Lawyers for Wrede said he would appeal.');
    const full = entityWith(entities, 'Tomasz K. Wrede Jr.');
    expect(full?.type).toBe('person');
    expect(entityWith(entities, 'Wrede')).toBe(full);
  });

  it('keeps "Mr. Abiola" apart from "Mrs. Funmi Abiola": the titles say two people', () => {
    const entities = entitiesOf('Mr. Abiola, the village chief, greeted the visitors. His wife, Mrs. Funmi Abiola, served the food.');
    expect(entityWith(entities, 'Abiola')).not.toBe(entityWith(entities, 'Funmi Abiola'));
  });

  it('still joins a surname to the full name when the titles agree', () => {
    const entities = entitiesOf('Mrs. Funmi Abiola runs the school. Mrs. Abiola said the roof leaks.');
    expect(entityWith(entities, 'Abiola')).toBe(entityWith(entities, 'Funmi Abiola'));
  });

  it('widens "Northern territories" to the Northern Territories named elsewhere', () => {
    const entities = entitiesOf(
      'Japan calls the four islands the Northern Territories. Tokyo says the so-called Northern territories were taken in 1945 and must be returned.',
    );
    const full = entityWith(entities, 'Northern Territories');
    expect(full?.type).toBe('location');
    expect(entityWith(entities, 'Northern territories')).toBe(full);
    expect(entityWith(entities, 'Northern')).toBeUndefined();
  });
});
