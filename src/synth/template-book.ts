/**
 * The sentence templates of data/synth/templates.txt, grouped by section (title, lead, detail,
 * quote...) and story topic. `[section topic,topic]` opens a group; `*` fits every topic.
 */
import { listLines } from './list-lines.js';

export const TOPICS = ['diplomacy', 'conflict', 'economy', 'trade', 'election', 'disaster', 'health'] as const;
export type Topic = (typeof TOPICS)[number];

export const SECTIONS = [
  'title',
  'lead',
  'background',
  'detail',
  'reaction',
  'amount',
  'quote-line',
  'quote',
  'closing',
  'update',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface TemplateBook {
  /** The templates of a section that fit a topic: the topic's own first, then the general ones. */
  get(section: Section, topic: Topic): readonly string[];
}

const HEADER = /^\[([a-z-]+)\s+([a-z,*]+)\]$/;

export function parseTemplates(text: string): TemplateBook {
  const groups = new Map<string, string[]>();
  /** The group keys the lines below the last header go to (one per topic it names). */
  let keys: string[] | null = null;
  for (const line of listLines(text)) {
    const header = HEADER.exec(line);
    if (header) {
      const section = header[1] as Section;
      if (!SECTIONS.includes(section)) throw new Error(`templates.txt: unknown section "${section}"`);
      const topics = (header[2] ?? '').split(',');
      for (const topic of topics) {
        if (topic !== '*' && !TOPICS.includes(topic as Topic)) throw new Error(`templates.txt: unknown topic "${topic}"`);
      }
      keys = topics.map((topic) => `${section}/${topic}`);
      continue;
    }
    if (keys === null) throw new Error(`templates.txt: template before any [section] line: "${line}"`);
    for (const key of keys) {
      const list = groups.get(key) ?? [];
      list.push(line);
      groups.set(key, list);
    }
  }
  const cache = new Map<string, readonly string[]>();
  return {
    get(section, topic) {
      const key = `${section}/${topic}`;
      let list = cache.get(key);
      if (!list) {
        list = [...(groups.get(key) ?? []), ...(groups.get(`${section}/*`) ?? [])];
        cache.set(key, list);
      }
      return list;
    },
  };
}
