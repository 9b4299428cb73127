import { describe, expect, it } from 'vitest';
import { detectContent } from '../../src/input/detect.js';

const kindOf = (text: string | Buffer, path: string | null = null, complete = true): string =>
  detectContent(typeof text === 'string' ? Buffer.from(text) : text, { path, complete }).kind;

describe('detectContent', () => {
  it('recognises WARC by its version line', () => {
    expect(kindOf('WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n')).toBe('warc');
  });

  it('recognises JSON Lines by a JSON object on the first line, whatever the name', () => {
    expect(kindOf('{"id":"a1","text":"Ferry news"}\n{"id":"a2","text":"More"}\n', 'batch.txt')).toBe('jsonl');
    expect(kindOf('{"id":"a1","text":"Ferry news"}\n', 'batch.ndjson.gz')).toBe('jsonl');
  });

  it('does not call a pretty-printed JSON document or a brace in prose JSON Lines', () => {
    expect(kindOf('{\n  "id": "a1"\n}\n', 'story.json')).toBe('text');
    expect(kindOf('{Editor\'s note} This story was updated on Monday.\n')).toBe('text');
  });

  it('recognises RSS, RDF and Atom roots after an XML prolog and comments', () => {
    expect(kindOf('<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0"><channel></channel></rss>')).toBe('feed');
    expect(kindOf('<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>')).toBe('feed');
    expect(kindOf('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toBe('feed');
  });

  it('does not take a <feed> outside the Atom namespace for a feed', () => {
    expect(kindOf('<feed><item>Weather update</item></feed>')).not.toBe('feed');
  });

  it('recognises HTML by doctype, <html>, or dense tags', () => {
    expect(kindOf('<!DOCTYPE html><title>x</title>')).toBe('html');
    expect(kindOf('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>')).toBe('html');
    expect(kindOf('<div class="story"><p>First paragraph.</p><p>Second.</p></div>')).toBe('html');
  });

  it('keeps prose that merely mentions a tag as text', () => {
    expect(kindOf('Editors were told to stop using the <b> tag in headlines last year.\nThe style guide changed.')).toBe('text');
  });

  it('uses an .html name only as a tie-breaker for sparse markup', () => {
    const sparse = 'The council met on Tuesday.<br>It approved the plan.';
    expect(kindOf(sparse, 'story.html')).toBe('html');
    expect(kindOf(sparse, 'story.txt')).toBe('text');
  });

  it('calls zero bytes and whitespace empty, but only when the head is the whole file', () => {
    expect(kindOf('')).toBe('empty');
    expect(kindOf(' \n\t\n')).toBe('empty');
    expect(kindOf(' \n\t\n', null, false)).not.toBe('empty');
  });

  it('refuses binary content by magic bytes and by NUL bytes', () => {
    expect(kindOf(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toBe('binary');
    expect(kindOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBe('binary');
    expect(kindOf(Buffer.from('Headline\u0000\u0000\u0000body'))).toBe('binary');
  });

  it('does not call UTF-16 text with a byte order mark binary', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Harbour news in UTF-16', 'utf16le')]);
    expect(kindOf(utf16)).toBe('text');
  });
});
