/**
 * Writes the binary and multi-format fixtures of the input reader tests into test/fixtures/input/:
 * pages in windows-1251 and Shift_JIS (declared and undeclared), a mislabelled page, gzip files
 * (whole and truncated), a PNG header, JSON Lines, WARC archives (plain, per-record gzip, broken,
 * truncated) and feeds. All article text was written for these tests.
 *
 *   npx tsc -p . && node dist/scripts/make-input-fixtures.js
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'test', 'fixtures', 'input');

const RUSSIAN_TITLE = 'Речной порт Камышина открыл навигацию';
const RUSSIAN_PARAGRAPHS = [
  'В понедельник утром речной порт Камышина принял первое грузовое судно после зимнего перерыва. Лёд на Волге сошёл на две недели раньше обычного, и администрация порта решила не ждать официальной даты.',
  'По словам начальника порта Андрея Лесникова, за сезон через причалы должно пройти около четырёхсот тысяч тонн зерна и строительного песка. Это на пятую часть больше, чем в прошлом году.',
  'Местные перевозчики жалуются на нехватку речников: многие опытные капитаны ушли на пенсию, а молодёжь неохотно идёт в профессию. Городские власти обещают помочь с жильём для новых сотрудников.',
];

const JAPANESE_TITLE = '台風で不通の山間線、三か月ぶりに運転再開';
const JAPANESE_PARAGRAPHS = [
  '九月の台風で線路が流された山間線は、十二月一日の始発から全線で運転を再開した。沿線の駅では住民らが小旗を振って一番列車を出迎えた。',
  '鉄道会社によると、復旧工事では崩れた盛り土を補強し、川沿いの区間に新しい護岸を設けた。工事費はおよそ十二億円に上り、国と県が一部を負担した。',
  '通学に利用する高校生は「バスの乗り換えがなくなり、朝の時間に余裕ができる」と話した。会社は今後、豪雨時の運転規制の基準を見直す方針だ。',
];

const ENGLISH_TITLE = 'Harbour council approves new ferry timetable';
const ENGLISH_PARAGRAPHS = [
  'The harbour council voted on Tuesday to add two evening crossings to the island ferry service, ending a year of complaints from commuters who found themselves stranded after late shifts.',
  'Council member Rosa Ellington said the extra sailings would be paid for by a small rise in parking charges at the terminal. The change takes effect at the start of next month.',
  'Passenger groups welcomed the decision but said weekend services still fall short in winter, when storms regularly cancel the last boat of the day.',
];

function page(title: string, paragraphs: readonly string[], headExtra = '', lang = 'en'): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n${headExtra}<title>${title}</title>\n</head>\n<body>\n<article>\n<h1>${title}</h1>\n${body}\n</article>\n</body>\n</html>\n`;
}

function write(name: string, content: string | Uint8Array): void {
  writeFileSync(join(OUT, name), content);
}

function writePages(): void {
  write('article.html', page(ENGLISH_TITLE, ENGLISH_PARAGRAPHS, '<meta charset="utf-8">\n'));
  write('cp1251-declared.html', iconv.encode(page(RUSSIAN_TITLE, RUSSIAN_PARAGRAPHS, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n', 'ru'), 'win1251'));
  write('cp1251-undeclared.html', iconv.encode(page(RUSSIAN_TITLE, RUSSIAN_PARAGRAPHS, '', 'ru'), 'win1251'));
  write('sjis-declared.html', iconv.encode(page(JAPANESE_TITLE, JAPANESE_PARAGRAPHS, '<meta charset="Shift_JIS">\n', 'ja'), 'shift_jis'));
  write('sjis-undeclared.html', iconv.encode(page(JAPANESE_TITLE, JAPANESE_PARAGRAPHS, '', 'ja'), 'shift_jis'));
  // Says UTF-8, is windows-1251: the declared charset must be overruled.
  write('mislabeled.html', iconv.encode(page(RUSSIAN_TITLE, RUSSIAN_PARAGRAPHS, '<meta charset="utf-8">\n', 'ru'), 'win1251'));
  // Says ISO-8859-1, which browsers read as windows-1252: the curly quotes live in 0x80-0x9F.
  write('latin1-declared.html', iconv.encode(page('Caf\u00e9 owners \u201cmove\u201d to the old quay', ENGLISH_PARAGRAPHS, '<meta charset="iso-8859-1">\n'), 'win1252'));
  const scrape = [ENGLISH_TITLE, '', 'By Tom Haverly', '', ...ENGLISH_PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
  write('scrape.txt', scrape);
  write('utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${RUSSIAN_TITLE}\n\n${RUSSIAN_PARAGRAPHS.join('\n\n')}\n`)]));
  write('cp1251-scrape.txt', iconv.encode(`${RUSSIAN_TITLE}\n\n${RUSSIAN_PARAGRAPHS.join('\n\n')}\n`, 'win1251'));
  write('empty.txt', '');
  write('blank.txt', '  \n\t\n   \n');
  write('page.html.gz', gzipSync(page(ENGLISH_TITLE, ENGLISH_PARAGRAPHS)));
  const whole = gzipSync(page(ENGLISH_TITLE, ENGLISH_PARAGRAPHS.concat(ENGLISH_PARAGRAPHS, ENGLISH_PARAGRAPHS)));
  write('truncated.html.gz', whole.subarray(0, Math.floor(whole.length / 2)));
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  write('photo.png', Buffer.concat([png, Buffer.alloc(200, 0x7f)]));
}

function writeJsonl(): void {
  const lines = [
    JSON.stringify({ id: 'wire-001', url: 'https://news.example.org/2024/03/05/ferry', title: ENGLISH_TITLE, published: '2024-03-05', html: page(ENGLISH_TITLE, ENGLISH_PARAGRAPHS) }),
    '',
    JSON.stringify({ text: `${ENGLISH_TITLE}\n\n${ENGLISH_PARAGRAPHS.join('\n\n')}` }),
    '{"id": "wire-003", "body": "The council meets again on Thursday.", ', // cut short: invalid JSON
    JSON.stringify({ id: 'wire-004', url: 'https://news.example.org/no-content' }),
    JSON.stringify({ id: 'wire-005', body: RUSSIAN_PARAGRAPHS.join('\n\n') }),
  ];
  write('articles.jsonl', lines.join('\n') + '\n');
  write('articles.jsonl.gz', gzipSync(lines.join('\r\n')));
}

interface WarcRecordSpec {
  type: string;
  uri: string;
  /** The record block: an HTTP message for request/response records. */
  block: Buffer;
  contentType?: string;
}

function warcRecord({ type, uri, block, contentType }: WarcRecordSpec, n: number): Buffer {
  const header = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`,
    'WARC-Date: 2024-03-06T02:00:00Z',
    ...(uri ? [`WARC-Target-URI: ${uri}`] : []),
    `Content-Type: ${contentType ?? (type === 'request' ? 'application/http; msgtype=request' : 'application/http; msgtype=response')}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(header + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: string, headers: Record<string, string>, body: Buffer): Buffer {
  const lines = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), body]);
}

function warcRecords(): WarcRecordSpec[] {
  const russian = iconv.encode(page(RUSSIAN_TITLE, RUSSIAN_PARAGRAPHS, '', 'ru'), 'win1251');
  return [
    { type: 'warcinfo', uri: '', block: Buffer.from('software: fixture-writer\r\nformat: WARC File Format 1.0\r\n'), contentType: 'application/warc-fields' },
    { type: 'request', uri: 'https://news.example.org/ferry', block: Buffer.from('GET /ferry HTTP/1.1\r\nHost: news.example.org\r\n\r\n') },
    { type: 'response', uri: 'https://news.example.org/ferry', block: httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, Buffer.from(page(ENGLISH_TITLE, ENGLISH_PARAGRAPHS))) },
    { type: 'response', uri: 'https://news.example.org/logo.png', block: httpResponse('200 OK', { 'Content-Type': 'image/png' }, Buffer.alloc(64, 1)) },
    { type: 'response', uri: 'https://news.example.org/missing', block: httpResponse('404 Not Found', { 'Content-Type': 'text/html' }, Buffer.from('<html><body><p>Not found</p></body></html>')) },
    // The charset is only in the HTTP header; the page itself declares nothing.
    { type: 'response', uri: 'https://vesti.example.ru/port', block: httpResponse('200 OK', { 'Content-Type': 'text/html; charset=windows-1251' }, russian) },
    { type: 'response', uri: 'https://news.example.org/gz', block: httpResponse('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, gzipSync(page('Night buses return', ENGLISH_PARAGRAPHS.slice(1)))) },
    { type: 'revisit', uri: 'https://news.example.org/ferry', block: Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n'), contentType: 'application/http; msgtype=response' },
  ];
}

function writeWarcs(): void {
  const records = warcRecords();
  const plain = records.map(warcRecord);
  write('crawl.warc', Buffer.concat(plain));
  write('crawl.warc.gz', Buffer.concat(plain.map((record) => gzipSync(record))));
  // Garbage where the fourth record should start: the first three pass, then input/bad-warc.
  write('broken.warc', Buffer.concat([...plain.slice(0, 3), Buffer.from('this is not a WARC header\r\nnor: this\r\n\r\nxx'), ...plain.slice(3)]));
  // Cut inside the PNG response (a record the reader skips): the ferry page passes, then input/bad-warc.
  const cut = Buffer.concat(plain.slice(0, 4));
  write('truncated.warc', cut.subarray(0, cut.length - 40));
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!-- written for the newsgraph input tests -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example.com/</link>
  <atom:link href="https://gazette.example.com/feed.xml" rel="self" type="application/rss+xml"/>
  <description>News from the harbour towns</description>
  <item>
    <title>${ENGLISH_TITLE}</title>
    <link>https://gazette.example.com/2024/03/05/ferry-timetable</link>
    <guid isPermaLink="false">gazette-4411</guid>
    <pubDate>Tue, 05 Mar 2024 18:30:00 +0100</pubDate>
    <dc:creator>Rosa Quintero</dc:creator>
    <description>The council adds two evening crossings.</description>
    <content:encoded><![CDATA[${ENGLISH_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>
  </item>
  <item>
    <title>Storm closes the coastal path</title>
    <guid>https://gazette.example.com/2024/03/04/coastal-path</guid>
    <pubDate>Mon, 4 Mar 2024 07:05 GMT</pubDate>
    <author>desk@gazette.example.com (Imre Falk)</author>
    <description>&lt;p&gt;Rangers closed the cliff path after a landslip near the lighthouse &amp;amp; warned walkers to keep away.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Item with nothing to read</title>
    <link>/2024/03/03/empty</link>
  </item>
</channel>
</rss>
`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Valley Courier</title>
  <link rel="alternate" href="https://courier.example.net/"/>
  <link rel="self" href="https://courier.example.net/atom.xml"/>
  <id>tag:courier.example.net,2024:feed</id>
  <updated>2024-03-06T08:00:00Z</updated>
  <entry>
    <title>Mill reopens as a museum</title>
    <link rel="alternate" type="text/html" href="https://courier.example.net/mill-museum"/>
    <id>tag:courier.example.net,2024:mill</id>
    <published>2024-03-06T09:15:00+09:00</published>
    <updated>2024-03-06T10:00:00+09:00</updated>
    <author><name>Keiko Arai</name><email>arai@courier.example.net</email></author>
    <summary>The old mill opens its doors again.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The water mill that closed in 1968 reopened on Saturday as a museum of the valley's <em>textile</em> trade.</p><p>Volunteers spent four years restoring the wheel &amp; the looms.</p></div></content>
  </entry>
  <entry>
    <title>Bridge repairs finish early</title>
    <link href="https://courier.example.net/bridge"/>
    <id>tag:courier.example.net,2024:bridge</id>
    <updated>2024-03-05</updated>
    <content type="html">&lt;p&gt;Repairs to the river bridge ended a week ahead of schedule.&lt;/p&gt;</content>
  </entry>
</feed>
`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://bulletin.example.org/">
    <title>Island Bulletin</title>
    <link>https://bulletin.example.org/</link>
    <description>Weekly island news</description>
  </channel>
  <item rdf:about="https://bulletin.example.org/school-roof">
    <title>School roof fixed before term</title>
    <link>https://bulletin.example.org/school-roof</link>
    <description>Builders finished the primary school roof on Friday.</description>
    <dc:date>2024-02-23T16:40:00-05:00</dc:date>
    <dc:creator>Ana Pereira</dc:creator>
  </item>
</rdf:RDF>
`;

function writeFeeds(): void {
  write('gazette.rss', RSS);
  write('courier.atom', ATOM);
  write('bulletin.rdf', RDF);
  const cutAt = RSS.indexOf('<title>Storm closes');
  write('truncated.rss', RSS.slice(0, cutAt + 30));
  const russianFeed = `<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0"><channel><title>Вести Камышина</title><link>https://vesti.example.ru/</link>\n<item><title>${RUSSIAN_TITLE}</title><link>https://vesti.example.ru/port</link><pubDate>Mon, 08 Apr 2024 09:00:00 +0300</pubDate><description>&lt;p&gt;${RUSSIAN_PARAGRAPHS[0]}&lt;/p&gt;</description></item>\n</channel></rss>\n`;
  write('vesti-cp1251.rss', iconv.encode(russianFeed, 'win1251'));
}

mkdirSync(OUT, { recursive: true });
writePages();
writeJsonl();
writeWarcs();
writeFeeds();
console.log(`fixtures written to ${OUT}`);
