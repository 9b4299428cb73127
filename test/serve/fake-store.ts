/**
 * A Store whose corpus answers are canned (two people, a country and a city), recording the
 * queries it was asked, so route tests check what the HTTP layer passes on and how it answers.
 */
import type {
  EntityMatch,
  EntityProfile,
  EntityProfileQuery,
  Network,
  NetworkQuery,
  PlacesCollection,
  PlacesQuery,
  QuotePage,
  QuoteQuery,
  SearchPage,
  SearchQuery,
  Store,
  Timeline,
  TimelineQuery,
} from '../../src/store/store.js';

const ANA: EntityMatch = { id: 'name:person/ana-folau', type: 'person', kind: null, name: 'Ana Folau', articles: 4, mentions: 9, matchedBy: 'name' };
const ANA_TUPOU: EntityMatch = { id: 'name:person/ana-tupou', type: 'person', kind: null, name: 'Ana Tupou', articles: 1, mentions: 1, matchedBy: 'alias' };
const TONGA: EntityMatch = { id: 'iso3166-1:TO', type: 'location', kind: 'country', name: 'Tonga', articles: 6, mentions: 14, matchedBy: 'name' };
const NUKUALOFA: EntityMatch = { id: 'geonames:4032402', type: 'location', kind: 'city', name: "Nuku'alofa", articles: 3, mentions: 5, matchedBy: 'name' };
const ENTITIES = [ANA, ANA_TUPOU, TONGA, NUKUALOFA];

const ARTICLE = { id: 'volcano-1', title: 'Scientists fly over new undersea vent', url: 'https://tongadaily.example/volcano', published: '2025-01-18', site: { name: 'Tonga Daily', domain: 'tongadaily.example' } };

export interface Asked {
  profile?: EntityProfileQuery;
  quotes?: QuoteQuery;
  timeline?: TimelineQuery;
  places?: PlacesQuery;
  network?: NetworkQuery;
  search?: SearchQuery;
}

export function fakeStore(asked: Asked): Store {
  const resolveEntity = (ref: string): EntityMatch[] => {
    const byId = ENTITIES.find((entity) => entity.id === ref);
    if (byId) return [{ ...byId, matchedBy: 'id' }];
    const lower = ref.toLowerCase();
    return ENTITIES.filter((entity) => entity.name.toLowerCase().includes(lower));
  };
  return {
    put: () => [],
    knownIds: () => new Set(),
    search(query: SearchQuery): SearchPage {
      asked.search = query;
      return { total: 0, totalExact: true, hits: [], next: null };
    },
    counts: () => ({ articles: 0, duplicates: 0, failures: 0, sameContent: 0 }),
    records: () => [][Symbol.iterator](),
    record: () => null,
    resolveEntity,
    suggestEntities: (ref: string) => (ref.toLowerCase().startsWith('ton') ? [TONGA] : []),
    entityProfile(query: EntityProfileQuery): EntityProfile | null {
      asked.profile = query;
      const entity = ENTITIES.find((candidate) => candidate.id === query.id);
      if (!entity) return null;
      return {
        id: entity.id, type: entity.type, kind: entity.kind, name: entity.name, aliases: ['Dr Folau'], countries: ['TO'], geo: null,
        roles: [{ text: 'volcanologist', articles: 3 }], mentions: entity.mentions, articles: entity.articles,
        series: [{ period: '2025-01', articles: 4, mentions: 9 }],
        coMentions: [{ id: TONGA.id, name: TONGA.name, type: TONGA.type, articles: 4 }],
        latestArticles: [ARTICLE],
      };
    },
    quotes(query: QuoteQuery): QuotePage {
      asked.quotes = query;
      return {
        total: 1,
        quotes: [{ article: ARTICLE, text: 'The activity is moderate for now', start: 120, end: 152, speaker: { name: 'Ana Folau', role: 'scientist', entity: ANA.id }, verb: 'say', rule: 'quote/said-after' }],
      };
    },
    timeline(query: TimelineQuery): Timeline {
      asked.timeline = query;
      return { events: [{ value: '2015', type: 'DATE', text: '2015', stated: true, layer: 'text', start: 300, end: 304, sentence: 'The volcano last woke in 2015.', article: ARTICLE }], sampled: false };
    },
    places(query: PlacesQuery): PlacesCollection {
      asked.places = query;
      return {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [-175.2, -21.13] }, properties: { id: NUKUALOFA.id, name: NUKUALOFA.name, kind: 'city', cc: 'TO', articles: 3, mentions: 5 } }],
        sampled: false,
      };
    },
    network(query: NetworkQuery): Network {
      asked.network = query;
      return {
        nodes: [
          { id: ANA.id, name: ANA.name, type: 'person', articles: 4 },
          { id: TONGA.id, name: TONGA.name, type: 'location', articles: 6 },
        ],
        edges: [{ source: ANA.id, target: TONGA.id, weight: 4 }],
        sampled: false,
      };
    },
    close: () => undefined,
  };
}
