import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText } from '../../src/input/decode.js';
import { fixture, JAPANESE_TITLE, RUSSIAN_TITLE } from './helpers.js';

const bytesOf = (name: string): Buffer => readFileSync(fixture(name));

describe('decodeHtml', () => {
  it('reads a windows-1251 page that declares its charset in <meta http-equiv>', () => {
    const decoded = decodeHtml(bytesOf('cp1251-declared.html'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', encodingFrom: 'meta', warnings: [] });
    expect(decoded.text).toContain(RUSSIAN_TITLE);
    expect(decoded.text).toContain('четырёхсот тысяч тонн');
  });

  it('detects an undeclared windows-1251 page', () => {
    const decoded = decodeHtml(bytesOf('cp1251-undeclared.html'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', encodingFrom: 'detected' });
    expect(decoded.text).toContain(RUSSIAN_TITLE);
  });

  it('reads a Shift_JIS page that declares <meta charset>', () => {
    const decoded = decodeHtml(bytesOf('sjis-declared.html'));
    expect(decoded).toMatchObject({ encoding: 'shift_jis', encodingFrom: 'meta' });
    expect(decoded.text).toContain(JAPANESE_TITLE);
  });

  it('detects an undeclared Shift_JIS page', () => {
    const decoded = decodeHtml(bytesOf('sjis-undeclared.html'));
    expect(decoded).toMatchObject({ encoding: 'shift_jis', encodingFrom: 'detected' });
    expect(decoded.text).toContain('全線で運転を再開した');
  });

  it('overrules a page that says utf-8 but is windows-1251, with a warning', () => {
    const decoded = decodeHtml(bytesOf('mislabeled.html'));
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.encodingFrom).toBe('detected');
    expect(decoded.text).toContain(RUSSIAN_TITLE);
    expect(decoded.warnings.map((w) => w.code)).toEqual(['encoding/mismatch']);
  });

  it('reads a declared iso-8859-1 page as windows-1252, keeping curly quotes', () => {
    const decoded = decodeHtml(bytesOf('latin1-declared.html'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Café owners “move” to the old quay');
  });

  it('prefers the HTTP header charset over <meta>', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>Ярмарка откроется в субботу на центральной площади.</p></body></html>';
    const decoded = decodeHtml(iconv.encode(html, 'koi8-r'), { httpCharset: 'koi8-r' });
    expect(decoded).toMatchObject({ encoding: 'koi8-r', encodingFrom: 'http-header' });
    expect(decoded.text).toContain('Ярмарка откроется в субботу');
  });

  it('treats UTF-8 bytes labelled windows-1251 as UTF-8', () => {
    const html = `<html><head><meta charset="windows-1251"></head><body><p>${RUSSIAN_TITLE}</p></body></html>`;
    const decoded = decodeHtml(Buffer.from(html, 'utf8'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain(RUSSIAN_TITLE);
    expect(decoded.warnings[0]?.code).toBe('encoding/mismatch');
  });

  it('lets a byte order mark win over a contradicting declaration', () => {
    const html = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<meta charset="shift_jis"><p>${RUSSIAN_TITLE}</p>`)]);
    const decoded = decodeHtml(html);
    expect(decoded).toMatchObject({ encoding: 'utf-8', encodingFrom: 'bom' });
    expect(decoded.text).toContain(RUSSIAN_TITLE);
  });

  it('calls an ASCII page without declaration utf-8 by default', () => {
    expect(decodeHtml(Buffer.from('<p>Plain words only.</p>'))).toMatchObject({ encoding: 'utf-8', encodingFrom: 'default' });
  });

  it('warns about a stray invalid byte in a UTF-8 page without switching encodings', () => {
    const text = '<meta charset="utf-8"><p>Größere Fähren fahren ab März öfter über den Bodensee.</p>';
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from('<p>Ende.</p>')]);
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('Größere Fähren');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['encoding/replacement-chars']);
  });

  it('refuses bytes that no encoding makes sense of', () => {
    const junk = Buffer.concat([Buffer.from('<p>'), Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 73 + 11) % 128)))]);
    expect(() => decodeHtml(junk)).toThrow(expect.objectContaining({ code: 'input/bad-encoding' }));
  });
});

describe('decodeText', () => {
  it('honours a UTF-8 byte order mark and drops it', () => {
    const decoded = decodeText(bytesOf('utf8-bom.txt'));
    expect(decoded).toMatchObject({ encoding: 'utf-8', encodingFrom: 'bom' });
    expect(decoded.text.startsWith(RUSSIAN_TITLE)).toBe(true);
  });

  it('detects a windows-1251 text scrape', () => {
    const decoded = decodeText(bytesOf('cp1251-scrape.txt'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', encodingFrom: 'detected' });
    expect(decoded.text.startsWith(RUSSIAN_TITLE)).toBe(true);
  });

  it('reads UTF-16 text with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JAPANESE_TITLE, 'utf16le')]);
    expect(decodeText(bytes)).toMatchObject({ text: JAPANESE_TITLE, encoding: 'utf-16le', encodingFrom: 'bom' });
  });
});
