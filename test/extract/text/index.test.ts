import { describe, expect, it } from 'vitest';
import { TEXT_STAGE, extractText } from '../../../src/extract/text/index.js';

const BODY = 'The Millbrook city council voted 7-2 on Monday night to build a concrete floodwall along the river.';

describe('extractText', () => {
  it('returns an empty article for an empty scrape', () => {
    const article = extractText(' \r\n\n\t', {});
    expect(article).toMatchObject({ title: null, blocks: [], media: [], boilerplate: [], stage: TEXT_STAGE });
  });

  it('uses the authors the input states only when the text names none', () => {
    expect(extractText(`Floodwall approved after long debate\n\n${BODY}`, { authors: ['Rosa Delgado'] }).authors).toEqual([
      { name: 'Rosa Delgado', from: 'input' },
    ]);
    expect(extractText(`Floodwall approved after long debate\nBy Tom Hale\n\n${BODY}`, { authors: ['Rosa Delgado'] }).authors).toEqual([
      { name: 'Tom Hale', from: 'byline' },
    ]);
  });

  it('lists a byline author once even when the bio names them again', () => {
    const text = [
      'Floodwall approved after long debate',
      'By Tom Hale',
      BODY,
      'Tom Hale',
      'Tom Hale is a reporter covering city hall and the courts for the Ledger.',
    ].join('\n');
    expect(extractText(text, {}).authors).toEqual([{ name: 'Tom Hale', from: 'byline' }]);
  });

  it('records a headline-less scrape as such and keeps all its prose', () => {
    const article = extractText(`${BODY}\n\n${BODY.replace('7-2', '8-1')}`, {});
    expect(article.title).toBeNull();
    expect(article.blocks).toHaveLength(2);
  });

  it('cuts long boilerplate to the record limit', () => {
    const comments = Array.from({ length: 200 }, (_, i) => `reader${i}\nI agree with the council on this one, it was time.`).join('\n');
    const article = extractText(`Floodwall approved after long debate\n\n${BODY}\n\n${BODY}\n\n${BODY}\n\n12 comments\n${comments}`, {});
    const section = article.boilerplate.find((entry) => entry.kind === 'comment');
    expect(section?.text.length).toBe(2000);
    expect(article.blocks).toHaveLength(3);
  });

  it('never keeps a lone subheading-like line outside the body as a heading', () => {
    const article = extractText(`Floodwall approved after long debate\n\nCity Hall\n\n${BODY}\n\nTap to expand`, {});
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph']);
    expect(article.boilerplate.map((entry) => entry.rule)).toEqual(['text/header-fragment', 'text/footer-fragment']);
  });
});

describe('dates in extractText', () => {
  const HEADLINE = 'Floodwall approved after long debate';

  it('takes a bare date line above the body as the publication date', () => {
    expect(extractText(`${HEADLINE}\nJanuary 30, 2024\n\n${BODY}`, {}).published).toEqual({
      value: '2024-01-30',
      from: 'text',
      detail: 'text:date-line',
    });
  });

  it('ignores a bare date line inside the body but takes a labelled one', () => {
    const timeline = `${HEADLINE}\n\n${BODY}\n\nMarch 4, 2021\n\n${BODY}`;
    expect(extractText(timeline, {}).published).toBeNull();
    const footer = `${HEADLINE}\n\n${BODY}\n\nPublished on March 4, 2024\n\n${BODY}`;
    expect(extractText(footer, {}).published?.value).toBe('2024-03-04');
  });

  it('gives a wire dateline a date only with a year from the input', () => {
    const wire = `${HEADLINE}\n\nOSAKA, March 4 (Harbour Wire) - ${BODY}`;
    expect(extractText(wire, {}).published).toBeNull();
    expect(extractText(wire, { published: '2024-03-05' }).published?.value).toBe('2024-03-04');
  });
});

describe('the fallback stage', () => {
  it('keeps the unclaimed lines when no line reads as prose', () => {
    const verse = ['The tide goes out at Eastholm', 'Share', 'the gulls come in on the wind', 'and the old wall waits'].join('\n');
    const article = extractText(verse, {});
    expect(article.stage).toBe('text/unclaimed-lines');
    expect(article.title).toBe('The tide goes out at Eastholm');
    expect(article.blocks.map((block) => block.text)).toEqual(['the gulls come in on the wind', 'and the old wall waits']);
    expect(article.boilerplate.map((entry) => entry.kind)).toEqual(['share']);
  });

  it('is not used when the rules find prose', () => {
    expect(extractText(`Floodwall approved after long debate\n\n${BODY}\n\nTap to expand`, {}).stage).toBe('text/line-rules');
  });
});
