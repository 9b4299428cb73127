import { describe, expect, it } from 'vitest';
import { BODY_LAYER, TITLE_LAYER, captionLayer, layerText, textLayers } from '../../src/annotate/layers.js';
import type { MediaT } from '../../src/record/schema.js';

function image(caption: string | null): MediaT {
  return { kind: 'image', src: null, alt: null, caption, credit: null };
}

const RECORD = {
  text: 'The ferry left Suva at dawn.\n\nIt reached Levuka by noon.',
  title: 'Ferry back on the Levuka run',
  media: [image('The ferry at Levuka wharf, 2019.'), image(null), image(''), image('Passengers boarding in Suva.')],
};

describe('textLayers', () => {
  it('lists the body, the title, then each non-empty caption under its media index', () => {
    expect(textLayers(RECORD)).toEqual([
      { layer: 'text', text: RECORD.text },
      { layer: 'title', text: RECORD.title },
      { layer: 'media/0/caption', text: 'The ferry at Levuka wharf, 2019.' },
      { layer: 'media/3/caption', text: 'Passengers boarding in Suva.' },
    ]);
  });

  it('skips a missing title and a record without media', () => {
    expect(textLayers({ text: 'Only a body.', title: null, media: [] }).map((l) => l.layer)).toEqual([BODY_LAYER]);
  });
});

describe('layerText', () => {
  it('finds the string every listed layer names', () => {
    for (const { layer, text } of textLayers(RECORD)) expect(layerText(RECORD, layer)).toBe(text);
    expect(layerText(RECORD, TITLE_LAYER)).toBe(RECORD.title);
    expect(layerText(RECORD, captionLayer(3))).toBe('Passengers boarding in Suva.');
  });

  it('returns null for a layer the record does not have', () => {
    expect(layerText(RECORD, captionLayer(1))).toBeNull();
    expect(layerText(RECORD, captionLayer(9))).toBeNull();
    expect(layerText(RECORD, 'media/0/credit')).toBeNull();
    expect(layerText(RECORD, 'description')).toBeNull();
    expect(layerText({ ...RECORD, title: null }, TITLE_LAYER)).toBeNull();
  });
});
