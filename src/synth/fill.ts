/**
 * Fills a template: `[a|b]` alternatives first, then `{slot}`s from the story and the article.
 * People are introduced once per article (with a title or an apposition) and named by surname
 * afterwards, the way a reporter writes.
 */
import { anaphoric, fullDate, monthDay, monthName, relativeFuture, relativePast, weekday, yearOf } from './calendar.js';
import type { Cast, Person, Site } from './cast.js';
import { count, money, percent, smallChange, smallNumber } from './numbers.js';
import type { Random } from './prng.js';
import type { Story } from './story.js';
import type { TemplateBook } from './template-book.js';

export interface ArticleContext {
  story: Story;
  cast: Cast;
  site: Site;
  templates: TemplateBook;
  random: Random;
  /** The publication day, in days since 1970-01-01. */
  day: number;
  /** People (indices into the cast) already introduced in this article. */
  introduced: Set<number>;
}

/** Roles written as a title before the name ("Foreign Minister Ana Silva"); others take an apposition. */
const TITLE_ROLE = /(minister|president|leader|mayor|governor)$/;
/** Local offices: "Mayor Ana Silva", never "Peru's mayor". */
const LOCAL_ROLE = /^(mayor|regional governor)$/;
const ALTERNATIVES = /\[([^[\]]*)\]/g;
const SLOT = /\{([a-z0-9-]+)\}/g;

function titleCase(phrase: string): string {
  return phrase.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

function indefinite(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

export function capitalizeFirst(sentence: string): string {
  const at = sentence.search(/[A-Za-z]/);
  if (at < 0) return sentence;
  return sentence.slice(0, at) + sentence.charAt(at).toUpperCase() + sentence.slice(at + 1);
}

function fullName(person: Person): string {
  return `${person.given} ${person.surname}`;
}

/** The person as the subject of a sentence: introduced with a title or an apposition, then by surname. */
function subjectMention(context: ArticleContext, index: number): string {
  const person = context.cast.people[index];
  if (!person) return 'a spokesperson';
  if (context.introduced.has(index)) return person.surname;
  context.introduced.add(index);
  const country = context.cast.countries[person.country];
  if (TITLE_ROLE.test(person.role)) {
    if (LOCAL_ROLE.test(person.role)) return `${titleCase(person.role)} ${fullName(person)}`;
    if (country && context.random.chance(0.5)) return `${country.demonym} ${titleCase(person.role)} ${fullName(person)}`;
    if (country) return `${country.name}'s ${person.role}, ${fullName(person)},`;
    return `${titleCase(person.role)} ${fullName(person)}`;
  }
  const city = country?.cities[0];
  return `${fullName(person)}, ${indefinite(person.role)}${city ? ` in ${city}` : ''},`;
}

/** The person anywhere in a sentence: with a title the first time (no apposition), then by surname. */
function plainMention(context: ArticleContext, index: number): string {
  const person = context.cast.people[index];
  if (!person) return 'a spokesperson';
  if (context.introduced.has(index)) return person.surname;
  context.introduced.add(index);
  return TITLE_ROLE.test(person.role) ? `${titleCase(person.role)} ${fullName(person)}` : fullName(person);
}

function fullMention(context: ArticleContext, index: number): string {
  const person = context.cast.people[index];
  return person ? fullName(person) : 'a spokesperson';
}

function quotation(context: ArticleContext, not: string | null): string {
  const lines = context.templates.get('quote-line', context.story.topic).filter((line) => line !== not);
  const line = context.random.pick(lines);
  return fillTemplate(line, context).replace(/[.]$/, '');
}

/** Fills one template; who {person} and {person2} are is drawn once for the whole sentence. */
export function fillTemplate(template: string, context: ArticleContext): string {
  const { random, story, day } = context;
  const people = story.people;
  const first = people[Math.floor(Math.pow(random.next(), 1.5) * people.length)] ?? 0;
  const second = people.find((p) => p !== first) ?? first;
  const chosen = template.replace(ALTERNATIVES, (_, options: string) => random.pick(options.split('|')));
  let quoted: string | null = null;
  return chosen.replace(SLOT, (whole, slot: string) => {
    switch (slot) {
      case 'person': return subjectMention(context, first);
      case 'person2': return subjectMention(context, second);
      case 'name': return plainMention(context, first);
      case 'name2': return plainMention(context, second);
      case 'person-plain': return fullMention(context, first);
      case 'country': return story.country.name;
      case 'country2': return story.country2.name;
      case 'demonym': return story.country.demonym;
      case 'demonym2': return story.country2.demonym;
      case 'city': return story.city;
      case 'city2': return story.city2;
      case 'org': return story.organization.name;
      case 'site': return context.site.name;
      case 'n': return count(random);
      case 'small': return smallNumber(random);
      case 'money': return money(random);
      case 'pct': return percent(random);
      case 'chg': return smallChange(random);
      case 'day': return monthDay(day - random.int(0, 20));
      case 'fulldate': return fullDate(day - random.int(0, 400));
      case 'weekday': return weekday(day - random.int(1, 6));
      case 'month': return monthName(day - random.int(0, 60));
      case 'year': return String(yearOf(day) - random.int(1, 15));
      case 'year2': return String(yearOf(day) + random.int(1, 6));
      case 'rel': return relativePast(random);
      case 'rel-future': return relativeFuture(random);
      case 'later': return anaphoric(random);
      case 'quote':
      case 'quote2': {
        // The second quotation of a sentence is never the first one again.
        const text = quotation(context, quoted);
        quoted = text;
        return text;
      }
      default: return whole;
    }
  });
}

/** A filled sentence, its first letter capitalised. */
export function sentence(template: string, context: ArticleContext): string {
  return capitalizeFirst(fillTemplate(template, context));
}
