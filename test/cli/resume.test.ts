import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOfLine, prepareResume } from '../../src/cli/resume.js';

const RECORD_A = JSON.stringify({ schema: { name: 'newsgraph.record', version: 1 }, id: 'a1b2c3d4e5f60718', title: 'Ferry "back" on time' });
const ERROR_B = JSON.stringify({
  schema: { name: 'newsgraph.record', version: 1 },
  id: 'ffee000011112222',
  source: { path: 'crawl/b.html', url: null, container: { kind: 'file', index: null } },
  error: { code: 'input/empty', message: 'crawl/b.html: empty file' },
});

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-resume-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('idOfLine', () => {
  it('reads the id of records and error records', () => {
    expect(idOfLine(RECORD_A)).toBe('a1b2c3d4e5f60718');
    expect(idOfLine(ERROR_B)).toBe('ffee000011112222');
  });

  it('finds the id when the fields come in another order, and decodes escapes', () => {
    expect(idOfLine('{"title":"x","id":"with \\"quote\\""}')).toBe('with "quote"');
  });

  it('returns null for lines that are not records', () => {
    expect(idOfLine('not json at all')).toBeNull();
    expect(idOfLine('{"id":42}')).toBeNull();
    expect(idOfLine('[1,2,3]')).toBeNull();
  });
});

describe('prepareResume', () => {
  it('collects ids and cuts a partial last line', async () => {
    const path = join(dir, 'partial.jsonl');
    const partial = RECORD_A.slice(0, 25);
    writeFileSync(path, `${RECORD_A}\n${ERROR_B}\n${partial}`);
    const state = await prepareResume(path);
    expect([...state.ids]).toEqual(['a1b2c3d4e5f60718', 'ffee000011112222']);
    expect(state.lines).toBe(2);
    expect(state.truncatedBytes).toBe(Buffer.byteLength(partial));
    expect(readFileSync(path, 'utf8')).toBe(`${RECORD_A}\n${ERROR_B}\n`);
  });

  it('leaves a cleanly ended file untouched and counts unreadable lines', async () => {
    const path = join(dir, 'clean.jsonl');
    const content = `${RECORD_A}\ngarbage line\n\n${ERROR_B}\n`;
    writeFileSync(path, content);
    const state = await prepareResume(path);
    expect(state.ids.size).toBe(2);
    expect(state.unreadableLines).toBe(1);
    expect(state.truncatedBytes).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('counts bytes, not characters, when cutting after multi-byte text', async () => {
    const path = join(dir, 'accents.jsonl');
    const accented = JSON.stringify({ schema: { name: 'newsgraph.record', version: 1 }, id: 'c0ffee', title: 'Künstler in Zürich – São Paulo' });
    writeFileSync(path, `${accented}\n${accented.slice(0, 60)}`);
    await prepareResume(path);
    expect(readFileSync(path, 'utf8')).toBe(`${accented}\n`);
  });

  it('returns an empty state for a file that does not exist', async () => {
    const state = await prepareResume(join(dir, 'missing.jsonl'));
    expect(state.ids.size).toBe(0);
    expect(state.lines).toBe(0);
  });
});
