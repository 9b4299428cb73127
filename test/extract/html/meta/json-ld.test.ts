import { describe, expect, it } from 'vitest';
import { flattenNodes, readJsonLd } from '../../../../src/extract/html/meta/json-ld.js';
import { parseJsonLdScript, splitTopLevelValues } from '../../../../src/extract/html/meta/json-ld-parse.js';

const YOAST_GRAPH = `{
  "@context": "https://schema.org",
  "@graph": [
    {"@type": "Organization", "@id": "https://harbourgazette.example/#org", "name": "Harbour Gazette"},
    {"@type": "WebSite", "@id": "https://harbourgazette.example/#website", "name": "Harbour Gazette", "publisher": {"@id": "https://harbourgazette.example/#org"}},
    {"@type": "WebPage", "@id": "https://harbourgazette.example/ferry/#webpage", "name": "Ferry strike ends - Harbour Gazette",
     "datePublished": "2024-03-04T07:00:00+00:00", "inLanguage": "en-GB"},
    {"@type": "NewsArticle", "@id": "https://harbourgazette.example/ferry/#article",
     "headline": "Ferry strike ends after two weeks of talks",
     "author": [{"@id": "https://harbourgazette.example/#/schema/person/ab12"}, {"@type": "Organization", "name": "Harbour Gazette Staff"}],
     "publisher": {"@id": "https://harbourgazette.example/#org"},
     "datePublished": "2024-03-04T07:00:00+00:00", "dateModified": "2024-03-04T09:30:00+00:00",
     "articleBody": "Crews return to work on Monday.\\nThe union accepted a 4% rise."},
    {"@type": "Person", "@id": "https://harbourgazette.example/#/schema/person/ab12", "name": "Morag Quinn"}
  ]
}`;

describe('readJsonLd', () => {
  it('reads a Yoast-style @graph, resolving the author and publisher by @id', () => {
    const facts = readJsonLd([YOAST_GRAPH]);
    expect(facts.headline).toBe('Ferry strike ends after two weeks of talks');
    expect(facts.authors.persons).toEqual(['Morag Quinn']);
    expect(facts.authors.organisations).toEqual(['Harbour Gazette Staff']);
    expect(facts.siteName).toBe('Harbour Gazette');
    expect(facts.datePublished).toBe('2024-03-04T07:00:00+00:00');
    expect(facts.dateModified).toBe('2024-03-04T09:30:00+00:00');
    expect(facts.inLanguage).toBe('en-GB'); // from the WebPage node: the article has none
    expect(facts.articleBody).toBe('Crews return to work on Monday.\nThe union accepted a 4% rise.');
  });

  it('prefers the complete article node to a stub', () => {
    const stub = '{"@type":"Article","headline":"Teaser"}';
    const full = '{"@type":"BlogPosting","headline":"Full story","articleBody":"Body text.","datePublished":"2023-05-01"}';
    const facts = readJsonLd([stub, full]);
    expect(facts.headline).toBe('Full story');
    expect(facts.articleBody).toBe('Body text.');
  });

  it('accepts prefixed and array types, string authors and entity-encoded text', () => {
    const script = `[{"@type": ["http://schema.org/ReportageNewsArticle"], "headline": "Flood waters recede &#8211; for now",
      "author": "By Lena Fischer", "publisher": "River Times", "description": "Residents return &amp; count the cost."}]`;
    const facts = readJsonLd([script]);
    expect(facts.headline).toBe('Flood waters recede – for now');
    expect(facts.authors.persons).toEqual(['By Lena Fischer']);
    expect(facts.siteName).toBe('River Times');
    expect(facts.description).toBe('Residents return & count the cost.');
  });

  it('strips markup from an HTML articleBody and keeps its paragraphs', () => {
    const script = '{"@type":"NewsArticle","articleBody":"<p>First &amp; foremost.</p><p>Second <b>point</b>.</p>"}';
    expect(readJsonLd([script]).articleBody).toBe('First & foremost.\nSecond point.');
  });

  it('finds the article inside mainEntity', () => {
    const script = '{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","headline":"Inside","author":{"@type":"Person","givenName":"Ivo","familyName":"Petrov"}}}';
    const facts = readJsonLd([script]);
    expect(facts.headline).toBe('Inside');
    expect(facts.authors.persons).toEqual(['Ivo Petrov']);
  });

  it('returns empty facts, without throwing, for scripts that are not JSON at all', () => {
    const facts = readJsonLd(['', 'not json', '{"@type": ', '<!-- -->', '[1, 2, 3]', 'null']);
    expect(facts.headline).toBeNull();
    expect(facts.authors.persons).toEqual([]);
    expect(facts.datePublished).toBeNull();
  });
});

describe('parseJsonLdScript: tolerance', () => {
  it('repairs trailing commas', () => {
    expect(parseJsonLdScript('{"@type":"Article","headline":"A",}')).toEqual([{ '@type': 'Article', headline: 'A' }]);
  });

  it('repairs raw newlines and tabs inside strings', () => {
    const [value] = parseJsonLdScript('{"headline":"Line one\nline\ttwo"}');
    expect(value).toEqual({ headline: 'Line one line two' });
  });

  it('repairs invalid escapes such as \\\'', () => {
    expect(parseJsonLdScript(String.raw`{"headline":"It\'s here"}`)).toEqual([{ headline: "It's here" }]);
  });

  it('reads several objects written one after another, skipping junk between them', () => {
    const values = parseJsonLdScript('{"@type":"Organization"}\n;{"@type":"NewsArticle","headline":"B"} trailing junk');
    expect(values).toHaveLength(2);
  });

  it('strips HTML comment and CDATA wrappers', () => {
    expect(parseJsonLdScript('<!-- {"headline":"C"} -->')).toEqual([{ headline: 'C' }]);
    expect(parseJsonLdScript('//<![CDATA[\n{"headline":"D"}\n//]]>')).toEqual([{ headline: 'D' }]);
  });

  it('does not split on braces inside strings', () => {
    expect(splitTopLevelValues('{"a":"}{"} {"b":1}')).toEqual(['{"a":"}{"}', '{"b":1}']);
  });
});

describe('flattenNodes', () => {
  it('collects typed nodes from arrays and @graph in document order', () => {
    const nodes = flattenNodes([[{ '@type': 'A' }, { '@graph': [{ '@type': 'B' }, { '@type': 'C' }] }], { '@type': 'D' }]);
    expect(nodes.map((n) => n['@type'])).toEqual(['A', 'B', 'C', 'D']);
  });
});
