#!/usr/bin/env python3
"""Rebuild the 24 GUM Wikinews news texts as plain news prose and write
eval/quotes-wikinews-a.jsonl and -b.jsonl from the hand decisions in the QUOTES table below.

Usage (from the repository root):
    python3 eval/build-quotes-wikinews.py \
        [../shared/datasets/gum-ner/entities.jsonl] [eval/quotes-wikinews.jsonl (the stem of the halves)]
    python3 eval/build-quotes-wikinews.py --print GUM_news_afghan   # show one text

The GUM `text` is tokenized (tokens joined by one space, sentences by "\n").
This script detokenizes it deterministically:
  * punctuation attached, contractions and possessives rejoined ("do n't" -> "don't"),
    "can not" -> "cannot" (GUM splits the word), brackets attached, "$", "#", "%" and "/"
    attached, hyphenated compounds rejoined ("all - girl" -> "all-girl"); a " - " that reads
    as a dash (before a function word or a month name, or next to punctuation) stays spaced,
    and an en dash between two numbers is closed up ("1–0");
  * double quote marks (straight, or a stray curly one) are paired through the document and
    written as straight " attached inside the quotation; a mark that opens a sentence while a
    quotation is still open reopens it in a new paragraph (news style for a quotation that runs
    over paragraphs); single marks are paired within a sentence and kept as ' (a lone ' after a
    plural noun is a possessive: "parents' defense");
  * sentences are joined with one space; a paragraph break ("\n\n") is put around every line
    that has no final punctuation (title, dateline, headings, picture captions ending in a name,
    source lists) and around "Image:"/"Video:" credit lines and the caption line before them.
    GUM keeps no paragraph breaks, so these breaks are not the original's.
Quotations are the hand decisions in QUOTES: (article id, first words, occurrence of those
words, last words, speaker). The script finds each span in the rebuilt text, converts the
offsets to JavaScript UTF-16 units and stops on a missing or overlapping span.
"""
import json
import re
import sys

SRC = "../shared/datasets/gum-ner/entities.jsonl"

ATTACH_LEFT = {",", ".", ";", ":", "?", "!", "%", ")", "]", "...",
               "n't", "'s", "'ve", "'ll", "'m", "'re", "'d",
               "n’t", "’s", "’m", "’re", "’ve", "’ll", "’d", "n`t"}
ATTACH_RIGHT = {"(", "[", "#"}
DQ = {'"', "“", "”", "``", "''"}
# words after which " - " is read as a dash, not a hyphen (unless another "-" follows)
DASH_NEXT = {"in", "where", "a", "an", "or", "we", "that", "which", "and", "one", "was",
             "aged", "despite", "the", "this", "to", "of", "but", "he", "she", "it", "they",
             "i", "as", "with", "for", "is", "who", "not", "some", "alone"}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"}
POSS_NOT = {"these", "those", "as", "is", "was", "has", "his", "its", "this", "us", "yes",
            "thus", "plus", "does"}
FINAL = {".", "?", "!", ",", ":", ";", "-", "–", "—", "...", "[...]"}


def is_wordy(t):
    return bool(re.search(r"[A-Za-z0-9]", t))


def detok(text):
    """Return the rebuilt string."""
    lines = text.split("\n")
    # flatten tokens; remember sentence index
    toks = []  # (token, sent_idx)
    for si, line in enumerate(lines):
        for t in line.split(" "):
            toks.append([t, si])
    n = len(toks)
    # --- classify double quotes (document-level toggle) ---
    role = [None] * n  # 'open'/'close' for quote marks, 'dash', 'hyph', 'poss'
    dq_open = False
    for i, (t, si) in enumerate(toks):
        if t in DQ:
            line_start = i == 0 or toks[i - 1][1] != si
            nxt = toks[i + 1][0] if i + 1 < n and toks[i + 1][1] == si else ""
            if dq_open and line_start and is_wordy(nxt):
                # a quotation left open at a sentence end and reopened: a new paragraph
                # of the same quotation (news style), the quotation stays open
                role[i] = "reopen"
                continue
            role[i] = "close" if dq_open else "open"
            dq_open = not dq_open
    if dq_open:
        sys.stderr.write("warning: unbalanced double quotes\n")
    # --- single quotes, paired within a sentence ---
    sq_open = False
    prev_si = -1
    for i, (t, si) in enumerate(toks):
        if si != prev_si:
            if sq_open:
                sys.stderr.write("warning: single quote left open in sentence %d\n" % prev_si)
            sq_open = False
            prev_si = si
        if t in ("'", "‘", "’"):
            prev = toks[i - 1][0] if i > 0 and toks[i - 1][1] == si else ""
            if sq_open:
                role[i] = "sclose"
                sq_open = False
            elif prev[-1:] in ("s", "S") and prev.lower() not in POSS_NOT and is_wordy(prev):
                role[i] = "poss"
            else:
                role[i] = "sopen"
                sq_open = True
    # --- hyphens ---
    for i, (t, si) in enumerate(toks):
        if t == "-":
            prev = toks[i - 1][0] if i > 0 and toks[i - 1][1] == si else ""
            nxt = toks[i + 1][0] if i + 1 < n and toks[i + 1][1] == si else ""
            nxt2 = toks[i + 2][0] if i + 2 < n and toks[i + 2][1] == si else ""
            if not is_wordy(prev) or not is_wordy(nxt) or prev in DQ or nxt in DQ:
                role[i] = "dash"
            elif nxt in MONTHS:
                role[i] = "dash"
            elif nxt in DASH_NEXT and nxt2 != "-":
                role[i] = "dash"
            else:
                role[i] = "hyph"
    # --- paragraphs: a line with no final punctuation stands alone ---
    def line_is_heading(line_toks, inside_quote):
        if inside_quote:
            return False
        last = line_toks[-1]
        if line_toks[0] in ("Image", "Video") and len(line_toks) > 1 and line_toks[1] == ":":
            return True
        if last in DQ and len(line_toks) > 1 and is_wordy(line_toks[-2]) \
                and line_toks[-2] not in FINAL:
            return True  # ends on a closing mark with no final punctuation: a caption
        if last in FINAL or last in DQ or last in ("'",):
            return False
        return True

    # compute quote-open state at each line start
    open_at = []
    state = False
    k = 0
    for si, line in enumerate(lines):
        open_at.append(state)
        for j in range(k, k + len(line.split(" "))):
            if role[j] in ("open", "close"):  # a reopen leaves the state open
                state = role[j] == "open"
        k += len(line.split(" "))
    is_head = [line_is_heading(lines[si].split(" "), open_at[si]) for si in range(len(lines))]
    # a caption ("Image: credit.") and the line just before it (the caption text)
    for si in range(len(lines)):
        lt = lines[si].split(" ")
        if lt[0] in ("Image", "Video") and len(lt) > 1 and lt[1] == ":":
            is_head[si] = True
            if si > 1:
                is_head[si - 1] = True
    is_head[0] = True  # title
    # --- emit ---
    out = []
    prev_role = None
    prev_tok = None
    for i, (t, si) in enumerate(toks):
        r = role[i]
        if i == 0:
            sep = ""
        elif si != toks[i - 1][1]:
            sep = "\n\n" if (is_head[si] or is_head[si - 1]) else " "
            # a closing mark that starts a line still attaches to the previous word
            if r in ("close", "sclose"):
                sep = ""
            if r == "reopen":
                sep = "\n\n"
        else:
            sep = " "
            if t in ATTACH_LEFT:
                sep = ""
            if r in ("close", "sclose", "poss"):
                sep = ""
            if r == "hyph" or prev_role == "hyph":
                sep = ""
            if prev_role in ("open", "sopen", "reopen"):
                sep = ""
            if prev_tok in ATTACH_RIGHT:
                sep = ""
            if prev_tok == "$" or t == "/" or prev_tok == "/":
                sep = ""
            if t == "$" and re.fullmatch(r"[A-Z]{1,3}", prev_tok or ""):
                sep = ""
            if prev_tok == "US$":
                sep = ""
            if t == "..." and not is_wordy(prev_tok or "") and prev_tok not in ATTACH_RIGHT \
                    and prev_role not in ("open", "sopen", "reopen"):
                sep = " "  # "Scientology. ... The next"
            if (t == "–" and re.fullmatch(r"[0-9]+", prev_tok or "")
                    and i + 1 < n and re.fullmatch(r"[0-9]+", toks[i + 1][0])):
                sep = ""  # a score or a range: "1–0", "8–10"
            if prev_tok == "–" and re.fullmatch(r"[0-9]+", t) and i > 1 \
                    and re.fullmatch(r"[0-9]+", toks[i - 2][0]):
                sep = ""
            if t == "not" and prev_tok == "can":
                sep = ""  # GUM splits "cannot" into two words
        if t in DQ:
            t = '"'
        elif r in ("sopen", "sclose", "poss"):
            t = "'"
        elif r == "dash":
            t = "-"
        out.append(sep + t)
        prev_role = r
        prev_tok = toks[i][0]
    return "".join(out)


def u16(s):
    return len(s.encode("utf-16-le")) // 2


# ---------------------------------------------------------------------------
# Gold decisions, made by reading each rebuilt article whole. A span runs from the first
# occurrence number OCC of FIRST WORDS to the end of the first LAST WORDS at or after it.
# (doc, first words, occurrence of those words in the text (0-based), last words, speaker)
QUOTES = [
    # afghan: "courageous achievement" (award), robot and team names, "parole",
    # "significant public benefit." (legal criterion) are not quotations
    ("GUM_news_afghan", "We are so interested because", 0, "ability of Afghans,", "Rodaba Noori"),
    ("GUM_news_afghan", "to show that Afghan women", 0, "because of Trump intervention.", "Rodaba Noori"),
    ("GUM_news_afghan", "Seventeen years ago", 0, "possible at all,", "Hamdullah Mohib"),
    ("GUM_news_afghan", "They represent our aspirations", 0, "of the international community.", "Hamdullah Mohib"),
    ("GUM_news_asylum", "We are in contact with", 0, "solution to this crisis", "Najib Razak"),
    ("GUM_news_asylum", "We urge the governments", 0, "immediate rescue effort", "Jeff Rathke"),
    ("GUM_news_clock", "support movement", 0, "support movement", "The Straits Times"),
    ("GUM_news_clock", "Hoping that the #istandwithahmed", 0, "and incarceration.", "Marc Lamont Hill"),
    ("GUM_news_clock", "Cool clock, Ahmed.", 0, "what makes America great.", "Barack Obama"),
    ("GUM_news_crane", "All those who were wounded", 0, "left at the location.", "Suleiman al-Amr"),
    ("GUM_news_crane", "Had it happened an hour later", 0, "much worse,", "Khaled Al-Maeena"),
    ("GUM_news_crane", "Had it happened five hours", 0, "more than a thousand.", "Khaled Al-Maeena"),
    # defector: "route out" is a term
    ("GUM_news_defector", "Moxon proceeded to lie", 0, "routed out properly.", "Mark Rathbun"),
    ("GUM_news_defector", "Daniel was picked up", 0, "for two hours.", "Mark Rathbun"),
    ("GUM_news_defector", "... plied the Sheriff", 0, "for the next 30 hours.", "Mark Rathbun"),
    ("GUM_news_defector", "walked into lobby", 0, "turned himself in", "Steve Whitmore"),
    ("GUM_news_defector", "everything he did", 0, "everything he did", "Steve Whitmore"),
    ("GUM_news_defector", "facing the penitentiary", 0, "achieve that freedom.", "Mark Rathbun"),
    # election, expo: only names and terms in marks
    ("GUM_news_flag", "For example, schools can run", 0, "own learning exercise", "John Burrows"),
    ("GUM_news_flag", "strong rationale", 0, "strong rationale", "John Key"),
    ("GUM_news_flag", "In the end I'll have one vote", 0, "on the electoral roll", "John Key"),
    # hackers: "Anonymous", "Insurgency Wiki", "History", "Scientology vs. the Internet, part XVII"
    # (a name he dubbed the conflict), "Anon declares war on Church of Scientology" (a post title)
    # are not quotations
    ("GUM_news_hackers", "So far, it's the Internet", 0, "it's a long game.", "Matthew Ingram"),
    ("GUM_news_hackers", "another small skirmish", 0, "an all-out war.", "Matthew Ingram"),
    ("GUM_news_hackers", "Prompted I think by the Tom Cruise video", 0, "The Church of Scientology.", "Anonymous blogger"),
    ("GUM_news_hackers", "I have myself, as per instructions", 0, "every now and again.", "One poster"),
    ("GUM_news_hackers", "Prompted I think by the Tom Cruise video", 1, "The Church of Scientology.", "One poster"),
    ("GUM_news_hackers", "Someone emailed me earlier today", 0, "a website’s database,", "an unknown author on pigmy"),
    ("GUM_news_hackers", "The word scientology means", 0, "search for truth...", "the Church of Scientology"),
    ("GUM_news_hackers", "How can people look at both sides", 0, "one side is gone?", "one poster"),
    # ie9: "The Internet Explorer 6 Countdown" (site name) x3 and "highly critical" (a rating) are not
    ("GUM_news_ie9", "[Ten] years ago", 0, "time to say goodbye,", "Microsoft"),
    ("GUM_news_ie9", "Usually, Internet Explorer is the #2", 0, "fall to fourth place.", "PC World"),
    # imprisoned: the pull quote and the Church's statement carry no quote marks
    # korea: "quasi-state of war" (body) and 'quasi-state of war' (title) are a term, not quotations
    ("GUM_news_korea", "War maniacs of the South Korean", 0, "posts 250 and 251", "Korean Central News Agency"),
    ("GUM_news_korea", "Foolhardy provocation", 0, "harsh punishment", "Korean Central News Agency"),
    ("GUM_news_korea", "Kim Jong-un issued an order", 0, "launch surprise operations", "Korean Central News Agency"),
    ("GUM_news_korea", "Commanders of the Korean People's Army", 0, "possible counteractions", "Korean Central News Agency"),
    # questionnaire: 'streamlined' (title) and "streamline" are single words
    ("GUM_news_questionnaire", "must be completed in English", 0, "must be completed in English", "the United Kingdom Home Office"),
    ("GUM_news_questionnaire", "online translation tools", 0, "online translation tools", "the government"),
    ("GUM_news_questionnaire", "failure to return the questionnaire", 0, "with the published policy", "the United Kingdom Home Office"),
    ("GUM_news_questionnaire", "based solely on the response", 0, "response of the questionnaire", "the i"),
    ("GUM_news_questionnaire", "for months", 0, "for months", "Yvette Cooper"),
    ("GUM_news_questionnaire", "damning that the Home Office", 0, "countries like Albania", "Yvette Cooper"),
    ("GUM_news_questionnaire", "recommended it two years ago.", 0, "recommended it two years ago.", "Yvette Cooper"),
    ("GUM_news_questionnaire", "Labour has a common-sense plan", 0, "small boat crossings.", "Yvette Cooper"),
    ("GUM_news_questionnaire", "we may extend the use", 0, "decision in due course", "the United Kingdom Home Office"),
    ("GUM_news_questionnaire", "It's clear that we have", 0, "duties to accommodate them", "Suella Braverman"),
    ("GUM_news_questionnaire", "Were you subject to human trafficking", 0, "after you arrived in the UK?", "the United Kingdom Home Office"),
    ("GUM_news_questionnaire", "People fleeing desperate circumstances", 0, "in a language they don’t speak.", "Caitlin Boswell"),
    ("GUM_news_questionnaire", "must be well thought out", 0, "must be well thought out", "Enver Solomon"),
    ("GUM_news_questionnaire", "Moves to reduce the backlog", 0, "and don't speak English.", "Enver Solomon"),
    ("GUM_news_questionnaire", "formal update", 0, "formal update", "Rishi Sunak"),
    ("GUM_news_questionnaire", "The Home Secretary and I", 0, "will not be able to stay.", "Rishi Sunak"),
    ("GUM_news_soccer", "I think we have learned a lot", 0, "able to focus better.", "Hernan Dario Gomez"),
    ("GUM_news_soccer", "In the first half it felt good", 0, "put the game to bed early.", "Harry Kane"),
    ("GUM_news_soccer", "We were playing against a highly-skilled", 0, "in the coming games.", "Nabil Maaloul"),
    # taxes: "dangerous" and "ideological" are single words
    ("GUM_news_taxes", "because the users of the private schools", 0, "as a commercial one", "the Municipality of Livorno"),
    ("GUM_news_taxes", "more general reflection", 0, "more general reflection", "Stefania Giannini"),
    ("GUM_news_taxes", "a discussion table will be opened", 0, "religious association included", "Claudio De Vincenti"),
    ("GUM_news_taxes", "many schools will increase their fees", 0, "structures and manage them", "Toccafondi"),
    ("GUM_news_taxes", "We face a dangerous sentence.", 0, "good service private schools held", "Nunzio Galantino"),
    # warhol: the exhibit title, "unknowns", "Cowboys and Indians", "electric", "pills" are not
    ("GUM_news_warhol", "I think America's obsession", 0, "when Warhol was living", "Elaine Gustafon"),
    ("GUM_news_warhol", "People are still intrigued", 0, "every day lives.", "Elaine Gustafon"),
    ("GUM_news_warhol", "He's hanging out with the celebrities", 0, "earlier in his career", "Kristen Wilkins"),
    ("GUM_news_warhol", "These images serve as documentation", 0, "enjoy a glimpse into.", "Cynthia Thompson"),
    ("GUM_news_warhol", "Pop art was about what popular", 0, "really thought was important", "Kathryn Waters"),
    ("GUM_news_warhol", "That's why he did the Campbell Soup", 0, "probably a thousand fold.", "Kathryn Waters"),
    ("GUM_news_warhol", "I think everybody knows Andy Warhol's name", 0, "he was such a personality", "Kathryn Waters"),
    ("GUM_news_warhol", "I think his photography is equally", 0, "ground-breaking in that regard.", "Hilary Braysmith"),
    ("GUM_news_warhol", "[Warhol] liked the way", 0, "front flash looked", "Kristen Wilkins"),
    ("GUM_news_warhol", "As a way to commercialize his work", 0, "business minded about that.", "Kristen Wilkins"),
    ("GUM_news_warhol", "He wanted to be rich and famous", 0, "to go that way", "Kristen Wilkins"),
    ("GUM_news_warhol", "It's Warhol. He is a legend.", 0, "It's Warhol. He is a legend.", "Kiara Perkins"),
    ("GUM_news_warhol", "Andy Warhol was the center of the Zeitgeist", 0, "a post-modern diety.", "Kevin Allton"),
    ("GUM_news_warhol", "I thought that in real life", 0, "really kind of magical,", "Kevin Allton"),
    ("GUM_news_warhol", "I smacked them around.", 0, "I smacked them around.", "Kevin Allton"),
    ("GUM_news_warming", "The climate projections are quite consistent", 0, "climate change] on crops", "Colette Heald"),
    ("GUM_news_warming", "nobody has looked at these together", 0, "nobody has looked at these together", "Colette Heald"),
    ("GUM_news_warming", "Ground-level ozone causes more damage", 0, "other air pollutants combined", "the U.S. Department of Agriculture"),
    ("GUM_news_warming", "An air-quality cleanup would improve", 0, "to improve air quality.", "Colette Heald"),
    ("GUM_news_warming", "Despite an increase in vehicle miles", 0, "and air quality policy.", "Colette Heald"),
    ("GUM_news_homeopathic", "Gloria spent a lot of the last", 0, "on her mother's breast.", "Mark Tedeschi"),
    ("GUM_news_homeopathic", "Gloria's eczema played a devastating", 0, "it with each other.", "Mark Tedeschi"),
    ("GUM_news_homeopathic", "I am not able to do that", 0, "I am not able to do that", "Thomas Sam"),
    ("GUM_news_homeopathic", "her skin was weeping", 0, "her corneas melting", "the Sydney Morning Herald"),
    ("GUM_news_iodine", "the sleeper health issue", 0, "health issue in Australia", "The report's authors"),
    ("GUM_news_iodine", "urgent implementation of mandatory", 0, "edible salt in Australia.", "The report's authors"),
    ("GUM_news_iodine", "I suspect they won't do that", 0, "salt should be iodised,", "Cres Eastman"),
    ("GUM_news_iodine", "The effects of iodine deficiency are dependent", 0, "other neurological problems,", "Cres Eastman"),
    ("GUM_news_iodine", "If an infant's not getting enough iodine", 0, "normal function in life.", "Cres Eastman"),
    ("GUM_news_iodine", "Pregnant women in Australia are getting", 0, "born in this country,", "Cres Eastman"),
    ("GUM_news_iodine", "If Iodine deficiency is serious", 0, "developed country like Australia.", "Cres Eastman"),
    ("GUM_news_iodine", "make sure there's sufficient iodine", 0, "too much and get overdose,", "Lydia Buchtmann"),
    ("GUM_news_iodine", "One of the reasons that iodine", 0, "salt during cooking.", "Lydia Buchtmann"),
    ("GUM_news_iodine", "it is reasonable to assume", 0, "consequences of iodine deficiency.", "Mu Li"),
    ("GUM_news_nasa", "We want to thank all of the locations", 0, "these national treasures,", "Charles Bolden"),
    ("GUM_news_nasa", "This was a very difficult decision", 0, "and international visitors.", "Charles Bolden"),
    ("GUM_news_nasa", "Like many Texans, I am disappointed", 0, "for the orbiter fleet.", "John Cornyn"),
    ("GUM_news_nasa", "There is no question Houston", 0, "Administration's misguided decision.", "John Cornyn"),
    # Gregoire's statement: its first paragraph is left open, then an image caption, then
    # a paragraph that reopens the quotation: two spans, the caption left out
    ("GUM_news_nasa", "The Museum of Flight put a tremendous", 0, "NASA did not choose them.", "Chris Gregoire"),
    ("GUM_news_nasa", "However, the full fuselage trainer", 0, "engineering and math.", "Chris Gregoire"),
    # sensitive: "and Emergency", "approved security cabinets" and the four source titles are not
    ("GUM_news_sensitive", "I'm told two things", 0, "under access to information,", "John Baird"),
    ("GUM_news_sensitive", "We take document security seriously,", 0, "We take document security seriously,", "Sujata Raisinghani"),
    ("GUM_news_sensitive", "This government is so consumed", 0, "the fundamentals right,", "Paul Dewar"),
]


def load_docs(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        if d["genre"] == "news":
            docs.append(d)
    return docs


def main():
    args = sys.argv[1:]
    if args and args[0] == "--print":
        for d in load_docs(SRC):
            if d["doc"] in args[1:] or args[1:] == ["all"]:
                print("=====", d["doc"])
                print(detok(d["text"]))
        return
    src = args[0] if args else SRC
    dst = args[1] if len(args) > 1 else "eval/quotes-wikinews.jsonl"
    # The set is written in two halves (see quotes-wikinews.md, "Two halves"): documents with
    # quotations alternate between -a (read, to learn from) and -b (kept blind) in file order;
    # documents without any are dealt to the smaller half.
    halves = {"a": [], "b": []}
    from_table = {}
    for doc, first, occ, last, speaker in QUOTES:
        from_table.setdefault(doc, []).append((first, occ, last, speaker))
    docs = load_docs(src)
    known = {d["doc"] for d in docs}
    for doc in from_table:
        if doc not in known:
            raise SystemExit("unknown document: " + doc)
    with_quotes = 0
    for d in docs:
        text = detok(d["text"])
        qs = []
        for first, occ, last, speaker in from_table.get(d["doc"], []):
            idxs = [m.start() for m in re.finditer(re.escape(first), text)]
            if occ >= len(idxs):
                raise SystemExit("not found: %s %r #%d" % (d["doc"], first, occ))
            s = idxs[occ]
            e = text.find(last, s)
            if e < 0:
                raise SystemExit("end not found: %s %r" % (d["doc"], last))
            e += len(last)
            qs.append({"start": u16(text[:s]), "end": u16(text[:e]), "speaker": speaker})
        qs.sort(key=lambda q: q["start"])
        for a, b in zip(qs, qs[1:]):
            if a["end"] > b["start"]:
                raise SystemExit("overlap in %s" % d["doc"])
        line = json.dumps({"id": d["doc"], "text": text, "quotes": qs}, ensure_ascii=False) + "\n"
        if qs:
            halves["a" if with_quotes % 2 == 0 else "b"].append(line)
            with_quotes += 1
        else:
            halves["a" if len(halves["a"]) <= len(halves["b"]) else "b"].append(line)
    for half, chosen in halves.items():
        with open(dst.replace(".jsonl", "-%s.jsonl" % half), "w", encoding="utf-8") as f:
            f.write("".join(chosen))
    print("wrote the halves -a and -b of %s: %d articles, %d quotations" % (dst, len(docs), sum(len(v) for v in from_table.values())))


if __name__ == "__main__":
    main()
