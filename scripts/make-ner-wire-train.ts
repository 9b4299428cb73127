/**
 * Writes data/models/ner-wire-train.conll (1,200 documents by default): synthetic, annotated wire copy of the kinds the shared
 * training sets lack (ALL-CAPS headlines, datelines, sports results and standings tables where a
 * city's name stands for its club, business and commodities news), from templates and name lists
 * written for this project. Deterministic (seeded), so the file can be rebuilt byte for byte:
 *
 *   node dist/scripts/make-ner-wire-train.js [--documents N] [--seed N]
 *
 * Templates are written in a bracket markup (a leading "^" marks a headline, written in capitals), "[ORG Acme Corp] said", with slots such as {club}
 * filled from the lists below; each slot knows its entity type.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../src/kb/paths.js';
import { Random as SeededRandom } from '../src/synth/prng.js';

const DEFAULT_DOCUMENTS = 1200;
const DEFAULT_SEED = 7;
/** Rows in a generated results or standings table. */
const MIN_TABLE_ROWS = 3;
const MAX_TABLE_ROWS = 8;

const LISTS: Readonly<Record<string, readonly string[]>> = {
  first: ['Marta', 'Jonas', 'Pieter', 'Alessandro', 'Yusuf', 'Ingrid', 'Tomasz', 'Kenji', 'Aiko', 'Rafael', 'Sergei', 'Olga', 'Hamid', 'Fatima', 'Lars', 'Nadia', 'Carlos', 'Helen', 'Gordon', 'Patrick', 'Dimitri', 'Wei', 'Mei', 'Tariq', 'Joao', 'Anders', 'Brigitte', 'Stefan', 'Kwame', 'Amara', 'Rohan', 'Priya', 'Gustavo', 'Ewa', 'Mikhail', 'Hiroshi', 'Graham', 'Nigel', 'Eduardo', 'Ruth', 'Dennis', 'Claire', 'Viktor', 'Lucia', 'Ahmed', 'Sipho', 'Juan', 'Petra'],
  last: ['Halvorsen', 'Brunetti', 'Okafor', 'Kowalczyk', 'Tanaka', 'Moreau', 'Lindqvist', 'Petrenko', 'Al-Rashid', 'Fernandes', 'Van der Berg', 'Schumann', 'Ivanova', 'Nakamura', 'Obuya', 'Costa', 'McAllister', 'Dubois', 'Haddad', 'Novak', 'Sorensen', 'Yilmaz', 'Chen', 'Park', 'Mensah', 'Rossi', 'Gallagher', 'Papadopoulos', 'Esposito', 'Kruger', 'Sandoval', 'Horvath', 'Bianchi', 'Wojcik', 'Takahashi', 'Mbeki', 'Larsen', 'Quinn', 'Ferreira', 'Castellano', 'Weber', 'Nilsen', 'Abdullah', 'Reyes', 'Volkov', 'Stewart', 'Baptiste', 'Molina'],
  club: ['Sheffield Wednesday', 'Aston Villa', 'Everton', 'Tottenham', 'West Ham', 'Nottingham Forest', 'Middlesbrough', 'Sunderland', 'Blackburn', 'Wimbledon', 'Leicester', 'Celtic', 'Rangers', 'Hibernian', 'Aberdeen', 'Hearts', 'Benfica', 'Porto', 'Sporting', 'Juventus', 'Lazio', 'Parma', 'Fiorentina', 'Sampdoria', 'Napoli', 'Real Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Betis', 'Monaco', 'Nantes', 'Auxerre', 'Bordeaux', 'Marseille', 'Borussia Dortmund', 'Hansa Rostock', 'Karlsruhe', 'Bochum', 'Anderlecht', 'Club Brugge', 'Galatasaray', 'Fenerbahce', 'Dynamo Kiev', 'Spartak Moscow', 'Twente', 'Vitesse', 'Roda JC', 'Grasshoppers', 'Rapid Vienna', 'Sturm Graz', 'Osasuna', 'Tenerife', 'Zaragoza', 'Metz', 'Lens', 'Guingamp'],
  bigcity: ['Houston', 'Atlanta', 'Denver', 'Minnesota', 'Cleveland', 'Milwaukee', 'Detroit', 'Philadelphia', 'Montreal', 'Pittsburgh', 'San Diego', 'Cincinnati', 'Kansas City', 'St Louis', 'Florida', 'Colorado', 'Texas', 'Anaheim', 'Los Angeles', 'San Francisco', 'Phoenix', 'Sacramento', 'Utah', 'Dallas', 'Miami', 'Boston', 'Seattle', 'Toronto', 'Baltimore', 'Oakland', 'New York'],
  city: ['Brussels', 'Madrid', 'Rome', 'Vienna', 'Stockholm', 'Oslo', 'Helsinki', 'Copenhagen', 'Lisbon', 'Athens', 'Ankara', 'Cairo', 'Nairobi', 'Lagos', 'Johannesburg', 'Karachi', 'Islamabad', 'Dhaka', 'Bangkok', 'Jakarta', 'Manila', 'Kuala Lumpur', 'Beijing', 'Shanghai', 'Osaka', 'Sydney', 'Wellington', 'Buenos Aires', 'Santiago', 'Lima', 'Bogota', 'Caracas', 'Mexico City', 'Ottawa', 'Chicago', 'Washington', 'Kiev', 'Minsk', 'Budapest', 'Prague', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb', 'Amman', 'Beirut', 'Tehran', 'Riyadh', 'Abidjan', 'Harare', 'Hanoi', 'Taipei', 'Dublin', 'Edinburgh', 'Milan', 'Hamburg', 'Lyon', 'Rotterdam'],
  country: ['Belgium', 'Spain', 'Italy', 'Austria', 'Sweden', 'Norway', 'Finland', 'Denmark', 'Portugal', 'Greece', 'Turkey', 'Egypt', 'Kenya', 'Nigeria', 'South Africa', 'Pakistan', 'Bangladesh', 'Thailand', 'Indonesia', 'the Philippines', 'Malaysia', 'China', 'Australia', 'New Zealand', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Mexico', 'Canada', 'Ukraine', 'Belarus', 'Hungary', 'the Czech Republic', 'Romania', 'Bulgaria', 'Serbia', 'Croatia', 'Jordan', 'Lebanon', 'Iran', 'Iraq', 'Syria', 'Ivory Coast', 'Zimbabwe', 'Vietnam', 'Taiwan', 'Ireland', 'Scotland', 'Germany', 'Britain', 'Brazil', 'Zambia', 'Ghana', 'Uganda', 'Morocco', 'Algeria', 'Tunisia', 'Slovakia'],
  nationality: ['Belgian', 'Spanish', 'Italian', 'Austrian', 'Swedish', 'Norwegian', 'Finnish', 'Danish', 'Portuguese', 'Greek', 'Turkish', 'Egyptian', 'Kenyan', 'Nigerian', 'Pakistani', 'Thai', 'Indonesian', 'Malaysian', 'Chinese', 'Argentine', 'Chilean', 'Mexican', 'Canadian', 'Ukrainian', 'Hungarian', 'Czech', 'Romanian', 'Bulgarian', 'Iranian', 'Iraqi', 'Syrian', 'Irish', 'Scottish', 'British', 'Brazilian', 'South African', 'Japanese', 'Russian', 'American', 'European', 'Arab', 'Asian'],
  company: ['Norsk Hydro', 'Volvo', 'Fiat', 'Unilever', 'Philips', 'Siemens', 'Bayer', 'Hoechst', 'Renault', 'Alcatel', 'Ericsson', 'Nokia', 'Toyota Motor', 'Hitachi', 'Sony', 'Daewoo', 'Samsung', 'Broken Hill Proprietary', 'Rio Tinto', 'Anglo American', 'Glaxo Wellcome', 'British Airways', 'Lufthansa', 'KLM', 'Texaco', 'Chevron', 'Mobil', 'Exxon', 'IBM', 'Intel', 'Microsoft', 'Compaq', 'Motorola', 'Ford Motor', 'Chrysler', 'Pepsico', 'Procter & Gamble', 'Kellogg', 'Alcoa', 'Inco', 'Petrobras', 'Pemex', 'Gazprom', 'Lukoil', 'Telefonica', 'Repsol', 'Olivetti', 'Pirelli', 'Heineken', 'Carlsberg'],
  suffix: ['Corp', 'Inc', 'Ltd', 'Plc', 'AG', 'SA', 'NV', 'Co', 'Group', 'Holdings'],
  bank: ['Barclays', 'Merrill Lynch', 'Morgan Stanley', 'Salomon Brothers', 'UBS', 'Credit Suisse', 'ABN Amro', 'Dresdner Bank', 'Commerzbank', 'Societe Generale', 'Paribas', 'HSBC', 'Standard Chartered', 'Nikko Securities', 'Daiwa Securities', 'ING Barings', 'Smith Barney', 'Lehman Brothers', 'NatWest Markets', 'Goldman Sachs'],
  body: ['Finance Ministry', 'Foreign Ministry', 'Defence Ministry', 'central bank', 'Interior Ministry', 'Trade Ministry', 'Treasury', 'parliament'],
  agency: ['Reuters', 'Itar-Tass', 'Xinhua', 'Kyodo', 'Agence France-Presse', 'ANSA', 'Anatolian', 'Associated Press', 'Interfax', 'Yonhap', 'Bernama', 'Antara', 'PAP', 'MENA', 'IRNA'],
  party: ['Labour Party', 'Conservative Party', 'Christian Democrats', 'Social Democrats', 'Liberal Party', 'Green Party', 'People \'s Party', 'National Front', 'Communist Party', 'Freedom Party'],
  intl: ['United Nations', 'European Union', 'NATO', 'International Monetary Fund', 'World Bank', 'OPEC', 'World Trade Organisation', 'Red Cross', 'Organisation for Security and Cooperation in Europe', 'Asian Development Bank', 'UNICEF', 'Amnesty International'],
  exchange: ['London Metal Exchange', 'New York Mercantile Exchange', 'Chicago Board of Trade', 'Tokyo Commodity Exchange', 'Kuala Lumpur Commodity Exchange', 'International Petroleum Exchange', 'New York Stock Exchange', 'Paris Bourse', 'Tokyo Stock Exchange'],
  commodity: ['Copper', 'Aluminium', 'Nickel', 'Zinc', 'Cocoa', 'Sugar', 'Wheat', 'Soybean', 'Palm oil', 'Crude oil', 'Gold', 'Silver', 'Rubber', 'Cotton'],
  sport: ['SOCCER', 'BASKETBALL', 'ICE HOCKEY', 'BASEBALL', 'RUGBY LEAGUE', 'HANDBALL'],
  event: ['World Cup', 'European Championship', 'Davis Cup', 'Olympic Games', 'Tour de France', 'UEFA Cup', 'Cup Winners \' Cup', 'Champions League'],
  title: ['President', 'Prime Minister', 'Foreign Minister', 'Finance Minister', 'opposition leader', 'Defence Minister', 'Interior Minister', 'spokesman', 'Trade Minister', 'Senator'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  initial: ['A.', 'B.', 'C.', 'D.', 'G.', 'J.', 'K.', 'M.', 'N.', 'P.', 'R.', 'S.', 'T.', 'W.'],
  player: ['Halvorsen', 'Okafor', 'Brunetti', 'Kowalczyk', 'Lindqvist', 'Petrenko', 'Fernandes', 'McAllister', 'Dubois', 'Novak', 'Sorensen', 'Yilmaz', 'Mensah', 'Rossi', 'Gallagher', 'Kruger', 'Sandoval', 'Horvath', 'Bianchi', 'Wojcik', 'Larsen', 'Quinn', 'Ferreira', 'Weber', 'Nilsen', 'Reyes', 'Volkov', 'Stewart', 'Baptiste', 'Molina', 'Ashworth', 'Pemberton', 'Raghunathan', 'Venkatesh', 'Siddiqui', 'Jayasekera', 'Fairbrother', 'Cronje', 'Vorster', 'Ngata', 'Tuilagi', 'Whitlock', 'Harrow', 'Delacroix', 'Marchetti', 'Oyelaran', 'Szabo', 'Lundgren', 'Ekberg', 'Zielinski'],
  nationcode: ['U.S.', 'Britain', 'France', 'Germany', 'Spain', 'Italy', 'Sweden', 'Norway', 'Australia', 'South Africa', 'Kenya', 'Ethiopia', 'Japan', 'Russia', 'Ukraine', 'Brazil', 'Argentina', 'Canada', 'Netherlands', 'Belgium', 'Switzerland', 'Austria', 'Czech Republic', 'Croatia', 'Morocco', 'Jamaica', 'Cuba', 'New Zealand', 'Zimbabwe', 'India', 'China'],
  tourney: ['Swiss Open', 'Dutch Open', 'European Masters', 'Canadian Open', 'Japan Cup', 'German Grand Prix', 'Golden League', 'Grand Slam Cup', 'Italian Open', 'Monte Carlo Open'],
  division: ['AMERICAN LEAGUE EASTERN DIVISION', 'AMERICAN LEAGUE CENTRAL DIVISION', 'NATIONAL LEAGUE WESTERN DIVISION', 'EASTERN CONFERENCE', 'WESTERN CONFERENCE', 'ATLANTIC DIVISION', 'PACIFIC DIVISION', 'NATIONAL LEAGUE EASTERN DIVISION'],
  proteam: ['New York Yankees', 'Boston Red Sox', 'Baltimore Orioles', 'Cleveland Indians', 'Chicago White Sox', 'Seattle Mariners', 'Texas Rangers', 'Atlanta Braves', 'Montreal Expos', 'Florida Marlins', 'Houston Astros', 'Colorado Rockies', 'Chicago Bulls', 'Orlando Magic', 'Utah Jazz', 'Miami Heat', 'Detroit Red Wings', 'New Jersey Devils', 'Dallas Cowboys', 'Green Bay Packers', 'Denver Broncos', 'Buffalo Bills'],
  ngroup: ['England', 'Australia', 'Pakistan', 'India', 'Sri Lanka', 'South Africa', 'West Indies', 'New Zealand', 'Zimbabwe', 'Wales', 'Scotland', 'Ireland', 'France', 'Italy', 'Fiji', 'Samoa', 'Argentina'],
  ministry: ['Finance Ministry', 'Foreign Ministry', 'Defence Ministry', 'Interior Ministry', 'Trade Ministry', 'Agriculture Ministry', 'Energy Ministry', 'Health Ministry', 'Treasury', 'Bundesbank', 'Bank of England', 'Federal Reserve', 'Bank of Japan', 'Bundestag', 'Duma', 'Knesset', 'Senate', 'Securities and Exchange Commission', 'Supreme Court', 'Central Statistics Office'],
  group: ['Hamas', 'the Taleban', 'Hizbollah', 'the PKK', 'the IRA', 'the ANC', 'Solidarity', 'the Tamil Tigers', 'the Kurdistan Democratic Party', 'the Khmer Rouge', 'Likud', 'Fatah', 'the Bharatiya Janata Party', 'the Liberal Democratic Party', 'the Social Democrats'],
  region: ['Chechnya', 'Kashmir', 'Bosnia', 'Kosovo', 'the West Bank', 'Gaza', 'Kurdistan', 'Punjab', 'Sicily', 'Bavaria', 'Catalonia', 'Quebec', 'Mindanao', 'Siberia', 'Tibet', 'Xinjiang', 'Ulster', 'Corsica', 'Natal', 'Transvaal', 'the Balkans', 'the Gulf', 'Hong Kong', 'Northern Ireland'],
  newspaper: ['Financial Times', 'Wall Street Journal', 'Le Monde', 'Die Welt', 'Asahi Shimbun', 'Izvestia', 'Al-Ahram', 'Corriere della Sera', 'El Pais', 'The Times', 'Handelsblatt', 'Jerusalem Post', 'Straits Times', 'Sydney Morning Herald', 'Globe and Mail'],
  verb: ['beat', 'defeated', 'edged', 'thrashed', 'held', 'drew with', 'lost to'],
  move: ['rose', 'fell', 'edged up', 'slipped', 'climbed', 'dropped'],
};

/** Slot -> entity type of the text it is filled with (none: plain words). */
const SLOT_TYPES: Readonly<Record<string, string>> = {
  player: 'PER', fullplayer: 'PER', nationcode: 'LOC', tourney: 'MISC', proteam: 'ORG', ngroup: 'LOC', ministry: 'ORG', group: 'ORG', region: 'LOC', newspaper: 'ORG',
  person: 'PER', surname: 'PER', club: 'ORG', bigcity: 'ORG', company: 'ORG', firm: 'ORG', bank: 'ORG', agency: 'ORG', party: 'ORG', intl: 'ORG', exchange: 'ORG', city: 'LOC', country: 'LOC', place: 'LOC', nationality: 'MISC', event: 'MISC',
};

const TEMPLATES: readonly (readonly string[])[] = [
  ['^{sport} - {club} {VERB} {club} .', '{PLACE} {date}', '{club} {verb} {club} {n}-{n} on {day} to go top of the {nationality} first division .', '{club} coach {person} said his side had deserved more .'],
  ['^{sport} - {nationality} first division RESULTS .', '{PLACE} {date}', 'Results of {nationality} first division matches played on {day} :', '#results'],
  ['^{sport} - {nationality} first division STANDINGS .', '{PLACE} {date}', 'Standings after {day} \'s matches ( tabulate under played , won , drawn , lost , goals for , against , points ) :', '#standings'],
  ['^{sport} - RESULTS OF GAMES .', '{PLACE} {date}', 'Results of games played on {day} ( home team in CAPS ) :', '#usresults'],
  ['^{COUNTRY} {TITLE} TO VISIT {COUNTRY} .', '{PLACE} {date}', '{title} {person} will travel to {place} next week for talks on trade and security , the {body} said on {day} .', '{surname} told the {agency} news agency that relations with {country} were improving .'],
  ['^{COMPANY} PROFIT {MOVE} {n} PCT .', '{PLACE} {date}', '{nationality} group {firm} said on {day} its first-half net profit {move} {n} percent , helped by demand in {country} .', 'Analysts at {bank} said the results were in line with forecasts .'],
  ['^{COMMODITY} PRICES {MOVE} ON {EXCHANGE} .', '{PLACE} {date}', '{commodity} prices {move} on the {exchange} on {day} as traders in {city} reacted to supply news from {country} .', 'A dealer at {bank} said {nationality} buying had lifted the market .'],
  ['^{INTL} URGES {COUNTRY} TO ACT .', '{PLACE} ( {agency} ) -', 'The {intl} on {day} urged {country} to cut its budget deficit , {nationality} officials said .', '{title} {person} of the {party} rejected the advice .'],
  ['^{PERSON} WINS {EVENT} STAGE .', '{PLACE} , {country} {date}', '{nationality} {person} won on {day} to move into contention at the {event} in {city} .', '{surname} said he felt stronger than last year .'],
  ['{city} {date}', '{person} , {title} of {country} , met {nationality} envoy {person} in {city} on {day} , the {agency} agency reported .'],
  ['^TENNIS - {TOURNEY} RESULTS .', '{CITY} {date}', 'Results from the {tourney} on {day} ( prefix number denotes seeding ) :', '#tennis'],
  ['^GOLF - LEADING SCORES AT {TOURNEY} .', '{CITY} {date}', 'Leading scores after the {ordinal} round of the {tourney} on {day} ( {nationality} unless stated ) :', '#golf'],
  ['^ATHLETICS - {TOURNEY} RESULTS .', '{CITY} {date}', 'Leading results at the {tourney} meeting in {city} on {day} :', '#athletics'],
  ['^CRICKET - {NGROUP} V {NGROUP} SCOREBOARD .', '{CITY} {date}', 'Scoreboard on the {ordinal} day of the test between {ngroup} and {ngroup} on {day} :', '#cricket'],
  ['^CRICKET - {NGROUP} BEAT {NGROUP} BY {n} WICKETS .', '{CITY} {date}', '{ngroup} beat {ngroup} by {n} wickets on {day} with {fullplayer} making an unbeaten century .', '{player} hit {n} fours in his innings before {player} took the winning catch .'],
  ['^RUGBY UNION - {NGROUP} NAME SIDE TO FACE {NGROUP} .', '{CITY} {date}', '{ngroup} coach {person} named an unchanged side on {day} for the match against {ngroup} in {city} .', '{surname} said {fullplayer} had recovered from a knee injury .'],
  ['^BASEBALL - MAJOR LEAGUE STANDINGS .', '{BIGCITYLOC} {date}', 'Major League Baseball standings after games played on {day} ( tabulate under won , lost , winning percentage and games behind ) :', '{DIVISION}', '#usstandings', '{DIVISION}', '#usstandings'],
  ['^BASKETBALL - {PROTEAM} BEAT {PROTEAM} .', '{BIGCITYLOC} {date}', '{fullplayer} scored {n}{n} points as the {proteam} beat the {proteam} {n}{n}-{n}{n} on {day} night .', '{bigcity} have now won {n} straight games , coach {person} said .'],
  ['^{MINISTRY} SEES {NOUN} GROWTH SLOWING .', '{CITY} {date}', 'The {ministry} said on {day} that growth in {country} would slow next year , but officials in {city} played down fears of recession .', '{nationality} bond yields {move} after the report , dealers at {bank} said .'],
  ['^{GROUP} SAYS IT WILL NOT ATTEND {REGION} TALKS .', '{CITY} {date}', '{group} said on {day} it would boycott talks on the future of {region} , the {newspaper} reported .', 'A spokesman for {group} in {city} , {person} , said the plan had been drawn up without consultation .', '{title} {person} urged all sides to return to the table .'],
  ['^{NEWSPAPER} SAYS {COMPANY} TO CUT JOBS .', '{CITY} {date}', '{company} plans to cut about {n},{n}00 jobs in {country} , the {newspaper} said on {day} , citing company sources .', '{company} chairman {person} declined to comment when contacted by {agency} .', 'Shares in {company} {move} {n} percent on the {exchange} .'],
  ['^{COMMODITY} - {CITY} {COMMODITY} MARKET CLOSES {MOVE} .', '{CITY} {date}', '{commodity} futures {move} on {day} on the {exchange} after reports of crop damage in {region} , traders said .', 'Trading house {firm} said supplies from {country} and {country} would stay tight .'],
  ['^FEATURE - {REGION} FARMERS COUNT COST OF DROUGHT .', '{PLACE} , {country} {date}', 'Farmers across {region} say the worst drought in decades has halved their harvests .', '" We have never seen it this dry , " said {fullname} , who grows maize near {city} .', '{surname} said help from the {ministry} had come too late .'],
  ['^{PERSON} ELECTED {PARTY} LEADER .', '{CITY} {date}', '{person} was elected leader of the {party} on {day} , beating {person} by {n}{n} votes to {n}{n} .', 'The {party} is the largest opposition group in the {ministry} .', '{surname} , {n}{n} , promised to fight corruption .'],
];

type Random = () => number;

function seededRandom(seed: number): Random {
  const generator = new SeededRandom(seed);
  return () => generator.next();
}

function pick(list: readonly string[], random: Random): string {
  return list[Math.floor(random() * list.length)] ?? '';
}

function fillSlot(slot: string, random: Random): string {
  const lower = slot.toLowerCase();
  const caps = slot !== lower;
  let text: string;
  switch (lower) {
    case 'person': text = `${pick(LISTS.first ?? [], random)} ${pick(LISTS.last ?? [], random)}`; break;
    case 'surname': text = pick(LISTS.last ?? [], random); break;
    case 'fullplayer': text = `${random() < 0.5 ? pick(LISTS.initial ?? [], random) : pick(LISTS.first ?? [], random)} ${pick(LISTS.player ?? [], random)}`; break;
    case 'fullname': text = `[PER ${pick(LISTS.first ?? [], random)} ${pick(LISTS.last ?? [], random)}]`; return caps ? text.toUpperCase() : text;
    case 'bigcityloc': text = `[LOC ${pick(LISTS.bigcity ?? [], random)}]`; return caps ? text.toUpperCase().replace('[LOC', '[LOC') : text;
    case 'ordinal': text = pick(['first', 'second', 'third', 'fourth', 'final'], random); break;
    case 'noun': text = pick(['economic', 'export', 'wage', 'credit', 'money supply'], random); break;
    case 'firm': text = `${pick(LISTS.company ?? [], random)} ${pick(LISTS.suffix ?? [], random)}`; break;
    case 'place': text = pick(random() < 0.5 ? (LISTS.city ?? []) : (LISTS.country ?? []), random).replace(/^the /, ''); break;
    case 'n': text = String(Math.floor(random() * 6)); break;
    case 'date': text = `1996-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`; break;
    default: text = pick(LISTS[lower] ?? [], random);
  }
  let article = '';
  if (text.startsWith('the ') && SLOT_TYPES[lower] !== undefined) {
    article = 'the ';
    text = text.slice(4);
  }
  const type = SLOT_TYPES[lower];
  const body = type === undefined || text.length === 0 ? text : `[${type} ${text}]`;
  return caps ? (article + body).toUpperCase() : article + body;
}

/** A template line starting with "^" is a headline: written all in capitals. */
function fillLine(template: string, random: Random): string {
  const headline = template.startsWith('^');
  const filled = template.replace(/^\^/, '').replace(/\{(\w+)\}/g, (_, slot: string) => fillSlot(slot, random));
  return headline ? filled.toUpperCase() : filled;
}

function tableRows(kind: string, random: Random): string[] {
  const rows: string[] = [];
  const count = MIN_TABLE_ROWS + Math.floor(random() * (MAX_TABLE_ROWS - MIN_TABLE_ROWS + 1));
  const num = (max: number): number => Math.floor(random() * max);
  const slot = (name: string): string => fillSlot(name, random);
  for (let i = 0; i < count; i += 1) {
    if (kind === '#tennis') {
      rows.push(`${random() < 0.5 ? `${1 + num(8)} - ` : ''}${slot('fullplayer')} ( ${slot('nationcode')} ) beat ${slot('fullplayer')} ( ${slot('nationcode')} ) ${6}-${num(5)} ${num(8)}-${num(8)}`);
      continue;
    }
    if (kind === '#golf') {
      rows.push(`${60 + num(10)} ${slot('fullplayer')}${random() < 0.5 ? ` ( ${slot('nationcode')} )` : ''}`);
      continue;
    }
    if (kind === '#athletics') {
      rows.push(`${i + 1} . ${slot('fullplayer')} ( ${slot('nationcode')} ) ${num(60)}.${num(100)}`);
      continue;
    }
    if (kind === '#cricket') {
      rows.push(random() < 0.6 ? `${slot('fullplayer')} c ${slot('player')} b ${slot('player')} ${num(120)}` : `${slot('fullplayer')} not out ${num(80)}`);
      continue;
    }
    if (kind === '#usstandings') {
      rows.push(`${random() < 0.5 ? `[ORG ${pick(LISTS.bigcity ?? [], random).toUpperCase()}]` : `[ORG ${pick(LISTS.bigcity ?? [], random)}]`} ${num(90)} ${num(90)} .${num(1000)} ${num(20)}`);
      continue;
    }
    if (kind === '#results') rows.push(`[ORG ${pick(LISTS.club ?? [], random)}] ${num(5)} [ORG ${pick(LISTS.club ?? [], random)}] ${num(5)}`);
    else if (kind === '#usresults') rows.push(`[ORG ${pick(LISTS.bigcity ?? [], random).toUpperCase()}] ${num(12)} [ORG ${pick(LISTS.bigcity ?? [], random)}] ${num(12)}`);
    else rows.push(`[ORG ${pick(LISTS.club ?? [], random)}] ${num(30)} ${num(20)} ${num(10)} ${num(10)} ${num(60)} ${num(60)} ${num(70)}`);
  }
  return rows;
}

/** "[ORG Aston Villa] 2" -> CoNLL lines. */
export function markupToConll(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/\[(PER|ORG|LOC|MISC) ([^\]]+)\]|(\S+)/g)) {
    if (m[1] !== undefined && m[2] !== undefined) {
      m[2].split(/\s+/).forEach((word, i) => out.push(`${word}\t${i === 0 ? 'B' : 'I'}-${m[1]}`));
    } else if (m[3] !== undefined) {
      out.push(`${m[3]}\tO`);
    }
  }
  return out;
}

function main(): void {
  const options = new Command().option('--documents <n>', 'documents to write', String(DEFAULT_DOCUMENTS)).option('--seed <n>', 'random seed', String(DEFAULT_SEED)).parse().opts<{ documents: string; seed: string }>();
  const random = seededRandom(Number(options.seed));
  const lines: string[] = [`-DOCSTART-\tO`, ''];
  for (let d = 0; d < Number(options.documents); d += 1) {
    const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)] ?? [];
    const docLines = template.flatMap((line) => (line.startsWith('#') ? tableRows(line, random) : [fillLine(line, random)]));
    for (const line of docLines) lines.push(...markupToConll(line), '');
    lines.push(`-DOCSTART-\tO`, '');
  }
  const out = join(packageRoot(), 'data', 'models', 'ner-wire-train.conll');
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`wrote ${out}`);
}

main();
