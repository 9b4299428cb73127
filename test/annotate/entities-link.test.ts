import { describe, expect, it } from 'vitest';
import { personNameIsPlace } from '../../src/annotate/entities/link-retype.js';
import { type LinkMention, type LinkQuery, linkEntities } from '../../src/annotate/entities/link.js';
import { loadKnowledgeBase } from '../../src/kb/index.js';

const CONTEXT = 60;

/** Queries for the named spans of a passage: each [name, type] is found at its first place in the text. */
function queriesFor(text: string, spans: readonly (readonly [string, LinkQuery['type']] | readonly [string, LinkQuery['type'], 'demonym'])[]): LinkQuery[] {
  let from = 0;
  return spans.map(([name, type, demonym]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`"${name}" is not in the text`);
    from = start + 1;
    const end = start + name.length;
    const mention: LinkMention = {
      layer: 'text',
      start,
      end,
      text: name,
      before: text.slice(Math.max(0, start - CONTEXT), start),
      after: text.slice(end, end + CONTEXT),
    };
    return { type, names: [name], mentions: [mention], demonym: demonym === 'demonym' };
  });
}

function link(text: string, spans: Parameters<typeof queriesFor>[1]): (string | null)[] {
  return linkEntities(queriesFor(text, spans), loadKnowledgeBase()).map((choice) => choice?.entry.id ?? null);
}

describe('linkEntities', () => {
  const cases: readonly { name: string; text: string; spans: Parameters<typeof queriesFor>[1]; ids: (string | null)[] }[] = [
    {
      name: 'Georgia beside Tbilisi is the country',
      text: 'Protesters gathered outside parliament in Tbilisi as Georgia prepared for a runoff vote.',
      spans: [['Tbilisi', 'location'], ['Georgia', 'location']],
      ids: ['geonames:611717', 'iso3166-1:GE'],
    },
    {
      name: 'Georgia beside Atlanta is the US state',
      text: 'Storms cut power to thousands of homes around Atlanta, and officials in Georgia said schools would stay shut.',
      spans: [['Atlanta', 'location'], ['Georgia', 'location']],
      ids: ['geonames:4180439', 'iso3166-2:US-GA'],
    },
    {
      name: 'Paris with a Texas qualifier',
      text: 'A tornado damaged a school in Paris, Texas, late on Tuesday.',
      spans: [['Paris', 'location']],
      ids: ['geonames:4717560'],
    },
    {
      name: 'Paris alone is the French capital',
      text: 'Ministers met in Paris to discuss the budget.',
      spans: [['Paris', 'location']],
      ids: ['geonames:2988507'],
    },
    {
      name: 'Cambridge next to Boston is in Massachusetts',
      text: 'Researchers in Cambridge and Boston said the trial would begin next spring.',
      spans: [['Cambridge', 'location'], ['Boston', 'location']],
      ids: ['geonames:4931972', 'geonames:4930956'],
    },
    {
      name: 'Cambridge in an English story is the English city',
      text: 'Students in Cambridge and Oxford protested against higher fees, the UK government said.',
      spans: [['Cambridge', 'location'], ['Oxford', 'location'], ['UK', 'location']],
      ids: ['geonames:2653941', 'geonames:2640729', 'iso3166-1:GB'],
    },
    {
      name: 'Washington alone is the capital',
      text: 'Officials in Washington said the talks had stalled.',
      spans: [['Washington', 'location']],
      ids: ['geonames:4140963'],
    },
    {
      name: 'Washington with Seattle is the state',
      text: 'Wildfires spread east of Seattle, and Washington declared a state of emergency.',
      spans: [['Seattle', 'location'], ['Washington', 'location']],
      ids: ['geonames:5809844', 'iso3166-2:US-WA'],
    },
    {
      name: 'Iturup and Etorofu are the same island',
      text: 'Russia held drills on Iturup, which Japan calls Etorofu.',
      spans: [['Iturup', 'location'], ['Etorofu', 'location']],
      ids: ['ng:place/iturup', 'ng:place/iturup'],
    },
    {
      name: 'a nationality word links to its country',
      text: 'The Japanese government protested.',
      spans: [['Japanese', 'location', 'demonym']],
      ids: ['iso3166-1:JP'],
    },
    {
      name: 'Chelsea as a club is not the London district',
      text: 'Chelsea beat Arsenal 2-1 at Stamford Bridge.',
      spans: [['Chelsea', 'organization']],
      ids: [null],
    },
    {
      name: 'Milan as a club is not the city',
      text: 'Milan signed a striker from Lyon on Friday.',
      spans: [['Milan', 'organization']],
      ids: [null],
    },
    {
      name: 'a town named like a common word is not linked without context',
      text: 'Most of the delegates left early.',
      spans: [['Most', 'location']],
      ids: [null],
    },
    {
      name: 'a person never links to a place',
      text: 'Florence Welch sang in the rain.',
      spans: [['Florence Welch', 'person']],
      ids: [null],
    },
    {
      name: 'an organization-tagged country is the state',
      text: 'Russia said the sanctions were illegal.',
      spans: [['Russia', 'organization']],
      ids: ['iso3166-1:RU'],
    },
    {
      name: 'an all-capitals name needs an alias in the same case',
      text: 'The WHO said cases were falling in the US.',
      spans: [['WHO', 'organization'], ['US', 'location']],
      ids: ['ng:org/who', 'iso3166-1:US'],
    },
    {
      name: 'London with an Ontario qualifier',
      text: 'Police in London, Ontario, arrested two men.',
      spans: [['London', 'location']],
      ids: ['geonames:6058560'],
    },
    {
      name: 'Birmingham with an Alabama qualifier, and a state abbreviation',
      text: 'A factory in Birmingham, Ala., will close, and another in Portland, Ore., will open.',
      spans: [['Birmingham', 'location'], ['Portland', 'location']],
      ids: ['geonames:4049979', 'geonames:5746545'],
    },
    {
      name: 'Perth alone is in Western Australia',
      text: 'Temperatures in Perth reached 44 degrees.',
      spans: [['Perth', 'location']],
      ids: ['geonames:2063523'],
    },
    {
      name: 'Perth beside Edinburgh is in Scotland',
      text: 'Trains between Edinburgh and Perth were cancelled.',
      spans: [['Edinburgh', 'location'], ['Perth', 'location']],
      ids: ['geonames:2650225', 'geonames:2640358'],
    },
    {
      name: 'Victoria beside Vancouver is the Canadian city',
      text: 'The ferry from Vancouver to Victoria was cancelled because of high winds.',
      spans: [['Vancouver', 'location'], ['Victoria', 'location']],
      ids: ['geonames:6173331', 'geonames:6174041'],
    },
    {
      name: 'Victoria beside Melbourne is the Australian state',
      text: 'Fires burned across eastern Victoria, and smoke covered Melbourne.',
      spans: [['Victoria', 'location'], ['Melbourne', 'location']],
      ids: ['iso3166-2:AU-VIC', 'geonames:2158177'],
    },
    {
      name: 'Hyderabad in Sindh is the Pakistani city',
      text: 'Floods hit Hyderabad in Sindh province, and relief left Karachi by road.',
      spans: [['Hyderabad', 'location'], ['Sindh', 'location'], ['Karachi', 'location']],
      ids: ['geonames:1176734', 'iso3166-2:PK-SD', 'geonames:1174872'],
    },
    {
      name: 'a dateline in capitals is read as a name',
      text: 'TRIPOLI, Lebanon — Clashes in the north killed two people.',
      spans: [['TRIPOLI', 'location'], ['Lebanon', 'location']],
      ids: ['geonames:266826', 'iso3166-1:LB'],
    },
    {
      name: 'an organization-tagged city after "the outskirts of" is the place',
      text: 'Militias fought on the outskirts of Tripoli overnight.',
      spans: [['Tripoli', 'organization']],
      ids: ['geonames:2210247'],
    },
    {
      name: 'a common-word town with a qualifier is linked',
      text: 'A shipyard in Mobile, Alabama, won the contract.',
      spans: [['Mobile', 'location']],
      ids: ['geonames:4076598'],
    },
    {
      name: 'a common-word town without support is not linked',
      text: 'Mobile operators raised prices.',
      spans: [['Mobile', 'location']],
      ids: [null],
    },
    {
      name: '"state" after the name picks the region',
      text: 'Washington state officials closed the pass.',
      spans: [['Washington', 'location']],
      ids: ['iso3166-2:US-WA'],
    },
    {
      name: 'a namesake region gives way to its city',
      text: 'A new tram line opened in Birmingham on Monday.',
      spans: [['Birmingham', 'location']],
      ids: ['geonames:2655603'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(link(c.text, c.spans)).toEqual(c.ids);
    });
  }

  it('names the rule and gives a score between 0 and 1', () => {
    const text = 'A tornado damaged a school in Paris, Texas, late on Tuesday.';
    const [choice] = linkEntities(queriesFor(text, [['Paris', 'location']]), loadKnowledgeBase());
    expect(choice?.rule).toBe('entities/link:qualifier');
    expect(choice?.candidates).toBe(2);
    expect(choice?.score).toBeGreaterThan(0.5);
    expect(choice?.score).toBeLessThanOrEqual(1);
  });
});

describe('linkEntities speed', () => {
  it('links a long article without scanning the knowledge base', () => {
    const names = ['Tokyo', 'Moscow', 'Georgia', 'Paris', 'Victoria', 'Cambridge', 'Springfield', 'Richmond', 'Japan', 'Russia', 'Sakhalin', 'Hokkaido'];
    const text = names.map((name) => `Officials in ${name} met on Monday.`).join(' ');
    const queries = queriesFor(text, names.map((name) => [name, 'location'] as const));
    const choices = linkEntities(queries, loadKnowledgeBase());
    expect(choices.every((choice) => choice !== null)).toBe(true);
    expect(choices.every((choice) => (choice?.candidates ?? 0) < 20)).toBe(true);
  });
});

describe('personNameIsPlace', () => {
  const kb = loadKnowledgeBase();
  const cases: readonly [string, string, boolean][] = [
    ['A plant in Birmingham, Alabama, will close.', 'Alabama', true],
    ['Hotel owners in Nicaragua said bookings rose.', 'Nicaragua', true],
    ['Storms moved towards Savannah overnight.', 'Savannah', true],
    ['Savannah said she would run again.', 'Savannah', false],
    ['Paris Hilton arrived in a pink car.', 'Paris Hilton', false],
    ['The coach thanked Jordan for the pass.', 'Jordan', false],
  ];
  for (const [text, name, expected] of cases) {
    it(`${name} in "${text}"`, () => {
      const [query] = queriesFor(text, [[name, 'person']]);
      expect(query === undefined ? null : personNameIsPlace(query, kb)).toBe(expected);
    });
  }
});

describe('short names', () => {
  it('links a two-letter alias but not a two-letter town', () => {
    const text = 'Officials in DC met envoys from Wa and Bo.';
    expect(link(text, [['DC', 'location'], ['Wa', 'location'], ['Bo', 'location']])).toEqual(['geonames:4140963', null, null]);
  });
});
