import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteName } from '../../../../src/extract/html/meta/title.js';

const noEvidence = { siteName: null, host: null };

describe('stripSiteName', () => {
  it('removes a suffix that is the declared site name', () => {
    const r = stripSiteName('Council approves new bus lanes | The Daily Planet', { siteName: 'The Daily Planet', host: null });
    expect(r).toEqual({ title: 'Council approves new bus lanes', siteSegment: 'The Daily Planet' });
  });

  it('removes a prefix that names the site by its host', () => {
    const r = stripSiteName('Daily Planet - Council approves new bus lanes', { siteName: null, host: 'dailyplanet.example' });
    expect(r).toEqual({ title: 'Council approves new bus lanes', siteSegment: 'Daily Planet' });
  });

  it('matches a site name with or without a leading "The"', () => {
    const r = stripSiteName('Storm closes schools — Daily Planet', { siteName: 'The Daily Planet', host: null });
    expect(r.title).toBe('Storm closes schools');
  });

  it('removes a segment when the rest equals another candidate, without calling it the site', () => {
    const r = stripSiteName('Opinion | Why the bridge matters', noEvidence, ['Why the bridge matters']);
    expect(r).toEqual({ title: 'Why the bridge matters', siteSegment: null });
  });

  it('keeps a dash that belongs to the headline when nothing names the site', () => {
    const title = 'Star Tracker review - a quiet triumph';
    expect(stripSiteName(title, { siteName: 'Game Weekly', host: 'gameweekly.example' }).title).toBe(title);
  });

  it('does not treat a long segment that merely starts with the host name as the site', () => {
    const title = 'Take Care - acme at the trade fair 2018';
    expect(stripSiteName(title, { siteName: null, host: 'blog.acme.example' }).title).toBe(title);
  });

  it('never splits on a colon', () => {
    const title = 'Medvedev: Peace Treaty Only Possible If Land Claims Dropped';
    expect(stripSiteName(title, { siteName: 'Medvedev', host: null }).title).toBe(title);
  });
});

describe('chooseTitle', () => {
  const base = { jsonLdHeadline: null, metaTitle: null, h1: null, h1InArticle: false, htmlTitle: null };

  it('prefers the JSON-LD headline, and reports the site segment found in <title>', () => {
    const r = chooseTitle(
      { ...base, jsonLdHeadline: 'Tide tables change', metaTitle: 'Tide tables change | Coast News', htmlTitle: 'Tide tables change | Coast News' },
      { siteName: 'Coast News', host: null },
    );
    expect(r).toEqual({ title: 'Tide tables change', siteSegment: 'Coast News' });
  });

  it('replaces a truncated JSON-LD headline with its full form', () => {
    const full = 'Regional rail operator confirms timetable overhaul for every line starting next spring';
    const r = chooseTitle({ ...base, jsonLdHeadline: 'Regional rail operator confirms timetable overhaul for every line…', metaTitle: full }, noEvidence);
    expect(r.title).toBe(full);
  });

  it('skips an og:title that is just the site name', () => {
    const r = chooseTitle({ ...base, metaTitle: 'Coast News', h1: 'Harbour wall repaired', h1InArticle: true }, { siteName: 'Coast News', host: null });
    expect(r.title).toBe('Harbour wall repaired');
  });

  it('ignores a page-level <h1> that is the logo, and uses <title>', () => {
    const r = chooseTitle(
      { ...base, h1: 'Coast News', htmlTitle: 'Harbour wall repaired after winter storms - Coast News' },
      { siteName: null, host: 'coastnews.example' },
    );
    expect(r).toEqual({ title: 'Harbour wall repaired after winter storms', siteSegment: 'Coast News' });
  });

  it('decodes entities and collapses whitespace', () => {
    expect(chooseTitle({ ...base, htmlTitle: '  Fish &amp;   chips\n prices rise ' }, noEvidence).title).toBe('Fish & chips prices rise');
  });

  it('returns null when the page has no title at all', () => {
    expect(chooseTitle(base, noEvidence)).toEqual({ title: null, siteSegment: null });
  });
});
