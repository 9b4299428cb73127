import { describe, expect, it } from 'vitest';
import { charsetFromContentType, findMetaCharset, findXmlDeclaredCharset } from '../../src/input/declared-charset.js';

const meta = (html: string): string | null => findMetaCharset(Buffer.from(html, 'latin1'));

describe('declared charsets', () => {
  it('reads the charset parameter of a Content-Type value', () => {
    expect(charsetFromContentType('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetFromContentType('text/html;charset=windows-1251; foo=bar')).toBe('windows-1251');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it('finds <meta charset> and <meta http-equiv content>', () => {
    expect(meta('<head><meta charset=euc-jp><title>x</title>')).toBe('euc-jp');
    expect(meta('<meta content="text/html; charset=koi8-r" http-equiv="Content-Type">')).toBe('koi8-r');
  });

  it('ignores metas inside comments and metas without a charset', () => {
    expect(meta('<!-- <meta charset="big5"> --><meta name="author" content="Desk"><meta charset="gb18030">')).toBe('gb18030');
    expect(meta('<meta name="viewport" content="width=device-width">')).toBeNull();
  });

  it('only looks at the first 4 KB', () => {
    expect(meta(`<p>${'x'.repeat(5000)}</p><meta charset="windows-1251">`)).toBeNull();
  });

  it('reads the encoding of an XML declaration', () => {
    expect(findXmlDeclaredCharset('<?xml version="1.0" encoding="windows-1251"?><rss/>')).toBe('windows-1251');
    expect(findXmlDeclaredCharset('<?xml version="1.0"?><rss/>')).toBeNull();
  });
});
