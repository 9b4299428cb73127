/**
 * Feeds (RSS 2.0, RSS 1.0/RDF, Atom): each item or entry becomes one HTML document. The feed is
 * decoded and parsed chunk by chunk, and items are handed out as they complete. A feed cut short
 * keeps the items read before the cut and ends with `input/bad-feed`.
 */
import { sniffBom } from './bom.js';
import type { ByteChunks } from './byte-stream.js';
import { resolveCharset, streamingDecoder, UTF8 } from './charset.js';
import { findXmlDeclaredCharset } from './declared-charset.js';
import type { InputItem } from './document.js';
import { errorItem, errorItemFrom, type Place } from './errors.js';
import { type FeedEncoding, feedItem } from './feed-item.js';
import { FeedCollector, type FeedEntry } from './feed-parser.js';
import { sniffText } from './sniff-text.js';

export interface FeedContext {
  path: string | null;
  maxBytes: number;
}

/** XML: a byte order mark, else the encoding in the XML declaration, else UTF-8 (the XML default). */
export function feedEncoding(head: Uint8Array): FeedEncoding {
  const bom = sniffBom(head);
  if (bom) return { encoding: bom.encoding, encodingFrom: 'bom' };
  const declared = findXmlDeclaredCharset(sniffText(head));
  const charset = declared ? resolveCharset(declared) : null;
  // The declaration is the document's own statement about itself, as <meta charset> is for HTML.
  if (charset && !charset.name.startsWith('utf-16')) return { encoding: charset.name, encodingFrom: 'meta' };
  return { encoding: UTF8.name, encodingFrom: 'default' };
}

function sizeOf(entry: FeedEntry): number {
  return (entry.content?.value.length ?? 0) + (entry.summary?.value.length ?? 0);
}

export async function* readFeed(head: Uint8Array, chunks: ByteChunks, context: FeedContext): AsyncGenerator<InputItem> {
  const encoding = feedEncoding(head);
  const decoder = streamingDecoder(resolveCharset(encoding.encoding) ?? UTF8);
  const collector = new FeedCollector();
  let index = 0;
  const place = (): Place => ({ path: context.path, container: { kind: 'feed', index } });
  function* drainReady(): Generator<InputItem> {
    for (const entry of collector.take()) {
      const url = entry.link;
      yield sizeOf(entry) > context.maxBytes
        ? errorItem(place(), 'input/too-large', `the item holds ${sizeOf(entry)} characters, over the limit of ${context.maxBytes}`, { url })
        : feedItem(entry, collector.info, place(), encoding);
      index++;
    }
  }
  try {
    for await (const chunk of chunks) {
      collector.write(decoder.write(chunk));
      yield* drainReady();
    }
    collector.write(decoder.end());
    collector.end();
    yield* drainReady();
  } catch (err) {
    yield errorItemFrom(place(), err);
    return;
  }
  if (!collector.info.complete) {
    yield errorItem(place(), 'input/bad-feed', `the feed ends before its closing tag (after ${index} items); it is truncated or not well-formed`);
  } else if (collector.info.entriesSeen === 0) {
    yield errorItem({ path: context.path, container: { kind: 'feed', index: null } }, 'input/no-content', 'the feed has no items');
  }
}
