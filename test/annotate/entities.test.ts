/**
 * The entities annotator on short articles written for these tests: grouping, acronyms, roles,
 * descriptors, demonyms, the title and caption layers, Title Case headlines, wire datelines and
 * non-English records.
 */
import { describe, expect, it } from 'vitest';
import { annotateEntities, entitiesAnnotator } from '../../src/annotate/entities.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import type { EntityT } from '../../src/record/facts/entities.js';
import { type ArticleRecord, isErrorRecord } from '../../src/record/schema.js';

interface Article {
  text: string;
  title?: string;
  captions?: string[];
}

function recordOf(article: Article): ArticleRecord {
  const document: Document = {
    id: 'test',
    format: 'body',
    content: article.text,
    source: { path: null, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: {},
    warnings: [],
  };
  const line = createPipeline([]).process(document);
  if (isErrorRecord(line)) throw new Error(line.error.message);
  const media = (article.captions ?? []).map((caption) => ({ kind: 'image' as const, src: null, alt: null, caption, credit: null }));
  return { ...line, title: article.title ?? null, media };
}

function entitiesOf(article: Article): EntityT[] {
  return annotateEntities(recordOf(article));
}

/** "Name: text[form], text[form]" per entity, for compact expectations. */
function summary(entities: readonly EntityT[]): string[] {
  return entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => `${m.layer === 'text' ? '' : `${m.layer}|`}${m.text}[${m.form}]`).join(', ')}`);
}

function find(entities: readonly EntityT[], text: string): EntityT | undefined {
  return entities.find((e) => e.mentions.some((m) => m.text === text));
}

interface Case {
  name: string;
  article: Article;
  /** Each line must appear in the summary. */
  has: string[];
  /** No mention may be written like these. */
  never?: string[];
  /** Roles by entity name. */
  roles?: Record<string, string[]>;
}

const CASES: Case[] = [
  {
    name: 'a title with "of" and its place or office before a name: the place and the person are apart',
    article: {
      text:
        'In a statement, Governor of Washington Carol Brightwater said the museum had worked hard for the shuttle. ' +
        'Governor of the Bank of England Mark Tellwright spoke after her, and Mayor of London Sadiq Osei closed the evening.',
    },
    has: ['person Carol Brightwater: Carol Brightwater[name]', 'person Mark Tellwright: Mark Tellwright[name]', 'organization Bank of England: Bank of England[name]', 'person Sadiq Osei: Sadiq Osei[name]'],
    never: ['Washington Carol Brightwater', 'Bank of England Mark Tellwright', 'London Sadiq Osei'],
  },
  {
    name: 'a surname joins the full name; two people sharing a surname stay apart',
    article: {
      text:
        'Harbour engineer Liesel Vantongeren inspected the sea wall on Monday. Vantongeren said the repairs would take a month.\n\n' +
        'Her brother, Marten Vantongeren, who runs the ferry company, disagreed.',
    },
    has: ['person Liesel Vantongeren: Liesel Vantongeren[name], Vantongeren[partial]', 'person Marten Vantongeren: Marten Vantongeren[name]'],
  },
  {
    name: 'an acronym in brackets and its later uses join the name',
    article: {
      text:
        'The Northern Grain Shippers Association (NGSA) asked the port to extend its hours. A spokesman for the NGSA said the backlog had grown for weeks.',
    },
    has: ['organization Northern Grain Shippers Association: Northern Grain Shippers Association[name], NGSA[acronym], NGSA[acronym]'],
  },
  {
    name: 'an acronym without brackets joins the organisation whose initials it is, not the knowledge base entry it names',
    article: {
      text: 'The couple was quarantined, and the Chinese Center for Disease Control and Prevention said it had traced their contacts. The CDC said the risk was low.',
    },
    has: ['organization Chinese Center for Disease Control and Prevention: Chinese Center for Disease Control and Prevention[name], CDC[acronym]'],
  },
  {
    name: 'a feature named "River X" or "Lake X" is a place whatever the tagger calls it',
    article: {
      text: 'Nitrate levels in the River Tesmer have doubled since 2010. Anglers on the River Tesmer say the trout have gone.',
    },
    has: ['location River Tesmer: River Tesmer[name], River Tesmer[name]'],
  },
  {
    name: 'roles: a title before the name, an apposition, a relative clause',
    article: {
      text:
        'Foreign Minister Kaja Tammsaar met her counterpart in the afternoon. Ines Baptista, the chief economist at Valmar Bank, expected the deal to hold. ' +
        'Oskar Lindfors, who currently serves as the deputy governor of the central bank, declined to comment.',
    },
    has: [],
    roles: {
      'Kaja Tammsaar': ['Foreign Minister'],
      'Ines Baptista': ['chief economist at Valmar Bank'],
      'Oskar Lindfors': ['deputy governor of the central bank'],
    },
  },
  {
    name: 'a descriptor goes to the person whose role has its head noun and tense',
    article: {
      text:
        'Former President Halvard Brekke criticised the budget on Tuesday, while President Sigrun Aasen defended it. ' +
        'The former president said the cuts went too far.\n\nThe president replied that the country could not wait.',
    },
    has: [
      'person Halvard Brekke: Halvard Brekke[name], The former president[descriptor]',
      'person Sigrun Aasen: Sigrun Aasen[name], The president[descriptor]',
    ],
  },
  {
    name: 'nationality words are mentions of their country, parts of compounds included',
    article: {
      text: 'Canadian officials inspected the French-built frigate in Halifax. Canada bought two of them in 2019.',
    },
    has: ['location Canada: Canadian[demonym], Canada[name]', 'location France: French[demonym]'],
    never: ['French-built'],
  },
  {
    name: 'the title and the captions are read, and mentions come in reading order: title, body, captions',
    article: {
      title: 'Storm floods Lisbon waterfront',
      text: 'Heavy rain flooded the waterfront of Lisbon overnight, and the mayor, Carla Moutinho, closed the metro.',
      captions: ['Carla Moutinho visits the flooded Cais do Sodre station in Lisbon.'],
    },
    has: ['location Lisbon: title|Lisbon[name], Lisbon[name], media/0/caption|Lisbon[name]', 'person Carla Moutinho: Carla Moutinho[name], media/0/caption|Carla Moutinho[name]'],
  },
  {
    name: 'a Title Case headline yields no persons from ordinary words',
    article: {
      title: 'Dockers Accept Pay Deal As Harbour Strike Ends In Rotterdam',
      text:
        'Dockers in Rotterdam voted on Friday to accept a pay deal, ending a strike that had closed the harbour for nine days. ' +
        'The union said the strike had cost members dearly, and the port authority welcomed the deal.',
    },
    has: ['location Rotterdam: title|Rotterdam[name], Rotterdam[name]'],
    never: ['Dockers Accept Pay Deal', 'Pay Deal', 'Harbour Strike', 'Dockers'],
  },
  {
    name: 'an ALL-CAPS wire dateline gives the city and the agency',
    article: {
      text: 'OSLO (Reuters) - Norway will raise its defence budget next year, the government said on Wednesday, citing tension in the Baltic.',
    },
    has: ['location Oslo: OSLO[name]', 'organization Reuters: Reuters[name]', 'location Norway: Norway[name]'],
  },
  {
    name: 'a possessive is left out of the span; pronouns are not mentions',
    article: {
      text: 'Mayor Tobias Renvall defended the plan. Renvall’s critics said he had ignored the residents, but he did not respond.',
    },
    has: ['person Tobias Renvall: Tobias Renvall[name], Renvall[partial]'],
    never: ['he', 'Renvall’s'],
  },
  {
    name: 'named events among MISC, other MISC dropped',
    article: {
      text: 'Veterans of the Winter War gathered in Helsinki, where the Constitution of Finland was read aloud and the 2026 Winter Olympics were discussed.',
    },
    has: ['event Winter War: Winter War[name]'],
    never: ['Constitution of Finland'],
  },
  {
    name: 'a storm named like a person is an event; a name with digits is no person',
    article: {
      text:
        'Cyclone Waisale crossed the northern islands overnight. A C-130 Hercules from the air force flew supplies to Savusavu on Friday, and Waisale weakened as it moved south.',
    },
    has: ['event Cyclone Waisale: Cyclone Waisale[name], Waisale[partial]'],
    never: ['C-130 Hercules'],
  },
  {
    name: 'a full stop ends a name: a month before a sentence-initial surname is not a first name',
    article: {
      text:
        'Opposition leader Kalisi Naivalu toured the western division eleven times between February and September. Naivalu said the turnout had surprised her.\n\n' +
        'Labour Forward, led by Anand Prasad, won six seats.',
    },
    has: ['person Kalisi Naivalu: Kalisi Naivalu[name], Naivalu[partial]'],
    never: ['September. Naivalu', 'Prasad,'],
  },
];

/** No article may make a person of these: parties, countries and capitals, islands. */
const NOT_PEOPLE: { text: string; notPerson: string[] }[] = [
  {
    text: 'The Unity Party won 22 seats. Its leader said the Unity Party would govern alone. Fiji Limited, the state holding company, was not mentioned.',
    notPerson: ['Unity Party', 'Fiji Limited'],
  },
  {
    text: 'Officials in Japan said talks with Suva would resume. Japan has funded two wharves on Vanua Levu since 2019.',
    notPerson: ['Japan', 'Suva', 'Vanua Levu'],
  },
];

describe('entities annotator', () => {
  it.each(NOT_PEOPLE)('does not make people of parties, companies, countries, capitals or islands: $notPerson', ({ text, notPerson }) => {
    const people = entitiesOf({ text }).filter((e) => e.type === 'person').map((e) => e.name);
    for (const name of notPerson) expect(people).not.toContain(name);
  });

  it('merges two names of one knowledge-base entry; the second becomes an alias', () => {
    const entities = entitiesOf({ text: 'Flights to Myanmar resumed on Monday. Many residents of Burma still call the country by its old name.' });
    const myanmar = find(entities, 'Myanmar');
    expect(myanmar).toBeDefined();
    expect(find(entities, 'Burma')).toBe(myanmar);
    expect(myanmar?.mentions.map((m) => m.form)).toEqual(['name', 'alias']);
    expect(myanmar?.id).toBe('iso3166-1:MM');
  });

  it('lists entities named only in captions after the body’s, and "the Kremlin" with "Kremlin"', () => {
    const entities = entitiesOf({
      text: 'The Kremlin said on Friday that talks would go on. A Kremlin spokesman gave no date.',
      captions: ['Snow on the roofs of Tallinn, in a photograph from 2019.'],
    });
    expect(entities.map((e) => e.name)).toEqual(['Kremlin', 'Tallinn']);
    expect(entities[0]?.mentions.map((m) => m.text)).toEqual(['Kremlin', 'Kremlin']);
    expect(entities[0]?.type).toBe('organization');
  });

  it('gives quotations the id of their speaker’s person entity', () => {
    const document: Document = {
      id: 'quotes',
      format: 'body',
      content:
        'Mayor Tobias Renvall visited the flooded district on Sunday. “We will rebuild every street,” Renvall said.\n\n' +
        '“Nobody will be left behind,” he added. The city council said in a statement: “Funds are ready.”',
      source: { path: null, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
      hints: {},
      warnings: [],
    };
    const line = createPipeline().process(document);
    if (isErrorRecord(line)) throw new Error(line.error.message);
    const byText = new Map(line.quotes.map((q) => [q.text, q.speaker?.entity ?? null]));
    expect(byText.get('We will rebuild every street,')).toBe('name:person/tobias-renvall');
    expect(byText.get('Nobody will be left behind,')).toBe('name:person/tobias-renvall');
    expect(byText.get('Funds are ready.') ?? null).toBeNull();
  });

  it.each(CASES)('$name', (c) => {
    const entities = entitiesOf(c.article);
    const lines = summary(entities);
    for (const line of c.has) expect(lines, lines.join('\n')).toContain(line);
    const texts = new Set(entities.flatMap((e) => e.mentions.map((m) => m.text)));
    for (const text of c.never ?? []) expect(texts.has(text), `${text} in ${lines.join('\n')}`).toBe(false);
    for (const [name, roles] of Object.entries(c.roles ?? {})) {
      expect(entities.find((e) => e.name === name)?.roles.map((r) => r.text), `${name} in ${lines.join('\n')}`).toEqual(roles);
    }
  });

  it('gives an unlinked person a name-based id and a linked place the knowledge base’s', () => {
    const entities = entitiesOf({ text: 'Aino Kettunen, the mayor of Tampere, opened the new tram line on Saturday.' });
    expect(find(entities, 'Aino Kettunen')?.id).toBe('name:person/aino-kettunen');
    const tampere = find(entities, 'Tampere');
    expect(tampere?.id).toMatch(/^geonames:/);
    expect(tampere?.geo?.cc).toBe('FI');
    expect(tampere?.link?.source).toContain('GeoNames');
  });

  it('reads English records only', () => {
    const english = recordOf({ text: 'Angela Merkel visited Paris on Monday.' });
    expect(entitiesAnnotator.run({ ...english, language: 'de' }, { published: null })).toEqual({ entities: [] });
    expect(entitiesAnnotator.run({ ...english, language: 'en' }, { published: null }).entities?.length).toBeGreaterThan(0);
    expect(entitiesAnnotator.run({ ...english, language: null }, { published: null }).entities?.length).toBeGreaterThan(0);
  });

  it('declares its id and field, and quotes run after it', () => {
    expect(entitiesAnnotator.id).toBe('entities');
    expect(entitiesAnnotator.fields).toEqual(['entities']);
    expect(createPipeline().annotators[0]?.id).toBe('entities');
  });
});
