#!/usr/bin/env python3
"""What the engine's piece links (``app.rules.piece_links``) would mend on made PDF pages.

    python tests/data/pdfpages/piece_link_effect.py [--tool pdftotext,pdfminer] [--gold]
        [--list] OUT [OUT2 ...]

Each OUT is a folder written by make_pdf_pages.py. Runs the engine on every page of
OUT/<tool>, takes the links it suggests ("the paragraph open at line r goes on at line s")
and applies them to its corpus as a document holding them would write it: r's block is cut
after r, the block holding s is cut before s, and s's piece (s up to its block's end) joins
r's block, in r's article (its lines moved there if the engine put them in another). Then
scores both corpora with ``shared/eval/score.py`` as fix_kinds.py does and prints, per
extractor: fixes before and after (per 100 lines, headline exact, article F1, and the
``end`` and ``article`` fixes), and the links found, right and wrong against the gold's
(a gold paragraph whose text is not its lines in line order goes back from line r to line
s where its text does). ``--gold`` applies the gold's links instead (the ceiling);
``--list`` prints each link with its page and whether the gold has it.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

_HALF = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def canon(s):
    """A text as the scorer compares texts: NFC, half-width marks full, no whitespace.

    >>> canon("全县 37 所, 好")
    '全县37所，好'
    """
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", "", "".join(_HALF.get(c, c) for c in s))


def text_order(text, lines_cited, texts):
    """The lines cited (1-based, ascending) in the order ``text`` reads them (``texts``: the
    page's lines), or None where their texts cannot make it. Each step prefers the next
    line in line order, then the lowest.

    >>> text_order("一二三四", [1, 2, 3], ["三四", "一", "二"])
    [2, 3, 1]
    >>> text_order("一二", [1, 2], ["一", "三"]) is None
    True
    """
    t = canon(text)
    own = {n: canon(texts[n - 1]) for n in lines_cited}
    after = dict(zip(lines_cited, lines_cited[1:]))

    def walk(p, prev, left, order):
        if not left:
            return order if p == len(t) else None
        nxt = after.get(prev) if prev is not None else lines_cited[0]
        for n in sorted((n for n in left if own[n] and t.startswith(own[n], p)), key=lambda n: (n != nxt, n)):
            found = walk(p + len(own[n]), n, left - {n}, order + [n])
            if found is not None:
                return found
        return None

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 4 * len(lines_cited) + 100))
    try:
        return walk(0, None, frozenset(lines_cited), [])
    finally:
        sys.setrecursionlimit(old)


def gold_links(gold, texts):
    """{r: s} (1-based lines) where a gold paragraph's text goes back from line r to line s
    (its text not its lines read in line order), and the count of such paragraphs whose
    text could not be matched to their lines.

    >>> g = {"articles": [{"blocks": [{"type": "paragraph", "text": "甲乙丙", "lines": [1, 2, 3]}]}]}
    >>> gold_links(g, ["丙", "甲", "乙"])
    ({3: 1}, 0)
    """
    links, failed = {}, 0
    for art in gold["articles"]:
        for b in art["blocks"]:
            cited = sorted(b["lines"])
            if b["type"] != "paragraph" or len(cited) < 2:
                continue
            if canon(b["text"]) == "".join(canon(texts[n - 1]) for n in cited):
                continue
            order = text_order(b["text"], cited, texts)
            if order is None:
                failed += 1
                continue
            links.update((a, c) for a, c in zip(order, order[1:]) if c < a)
    return links, failed


def _block_of(pred):
    """line -> (article index, block index) of a corpus."""
    return {n: (ai, bi) for ai, a in enumerate(pred["articles"]) for bi, b in enumerate(a["blocks"])
            for n in b["lines"]}


def _cut(block, keep, texts):
    """The block cut in two: the lines ``keep`` says, and the rest (None where a part has
    no line)."""
    first = [n for n in block["lines"] if keep(n)]
    rest = [n for n in block["lines"] if not keep(n)]
    if not rest or not first:
        return (block, None) if first else (None, block)
    make = lambda ns: {**block, "lines": ns, "text": "".join(canon(texts[n - 1]) for n in ns)}   # noqa: E731
    return make(first), make(rest)


def apply_links(pred, links, texts):
    """The corpus ``pred`` with each link r -> s (1-based lines) applied as a document would
    write it; returns it and how many links could not be (r or s in no paragraph block,
    or both in one block before the cut).

    >>> t = ["丙", "甲", "乙"]
    >>> P = lambda ns: {"type": "paragraph", "text": "", "lines": ns}
    >>> pred = {"articles": [{"blocks": [P([1]), P([2, 3])]}]}
    >>> out, bad = apply_links(pred, {3: 1}, t)
    >>> [b["lines"] for b in out["articles"][0]["blocks"]], bad
    ([[2, 3, 1]], 0)
    """
    pred = json.loads(json.dumps(pred))
    arts = pred["articles"]
    bad = 0
    for r, s in sorted(links.items()):
        where = _block_of(pred)
        if r not in where or s not in where:
            bad += 1
            continue
        (ar, br), (as_, bs) = where[r], where[s]
        if arts[ar]["blocks"][br]["type"] != "paragraph" or arts[as_]["blocks"][bs]["type"] != "paragraph":
            bad += 1
            continue
        head, tail = _cut(arts[ar]["blocks"][br], lambda n: n <= r, texts)
        arts[ar]["blocks"][br:br + 1] = [head] + ([tail] if tail else [])
        where = _block_of(pred)
        (as_, bs), (ar, br) = where[s], where[r]
        if (as_, bs) == (ar, br):
            bad += 1
            continue
        before, piece = _cut(arts[as_]["blocks"][bs], lambda n: n < s, texts)
        arts[as_]["blocks"][bs:bs + 1] = [before] if before else []
        where = _block_of(pred)
        ar, br = where[r]
        block = arts[ar]["blocks"][br]
        block["lines"] = block["lines"] + piece["lines"]
        block["text"] = block["text"] + piece["text"]
    return pred, bad


def main(argv):
    # the scorer beside the checkout, and this checkout's engine (imported here: pytest
    # collects this file for its doctests where shared/ may be missing)
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT), str(HERE)]
    from score import line_table, score
    import app.suggest
    from app.corpus import build_corpus
    from app.loader import page_document, read_page
    from fix_kinds import classify
    from story_cuts import tools_and_folders
    use_gold, listing = "--gold" in argv, "--list" in argv
    tools, _, argv = tools_and_folders([a for a in argv if a not in ("--gold", "--list")])
    suggest, seen = app.suggest.suggest, []

    def keep(*a, **k):
        seen.append(suggest(*a, **k))
        return seen[-1]
    app.suggest.suggest = keep
    for tool in tools:
        before, after, kinds0, kinds1 = Counter(), Counter(), Counter(), Counter()
        found = right = gold_n = unmatched = bad = npages = 0
        for page in sorted(p for d in argv for p in Path(d, tool).glob("*.txt")):
            gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
            src, lines = read_page(str(page))
            seen.clear()
            pred = build_corpus(page_document(src, lines, True, explain=False))
            truth, failed = gold_links(gold, lines)
            links = dict(truth) if use_gold else {r + 1: s + 1 for r, s in getattr(seen[0], "goes_on", {}).items()}
            mended, nbad = apply_links(pred, links, lines)
            for counts, kinds, corpus in ((before, kinds0, pred), (after, kinds1, mended)):
                result = score(gold, corpus)
                counts.update({"fixes": result["fixes"], "lines": result["lines"],
                               **{k: result[k] for k in ("headline_exact", "article_f1")}})
                kinds.update(k for _, k, _ in classify(gold, corpus, line_table)[0])
            ok = {r for r, s in links.items() if truth.get(r) == s}
            if listing and links:
                print(f"  {tool} {page.parent.parent.name}/{page.stem}: fixes "
                      f"{score(gold, pred)['fixes']} -> {score(gold, mended)['fixes']}")
            found, right, gold_n = found + len(links), right + len(ok), gold_n + len(truth)
            unmatched, bad, npages = unmatched + failed, bad + nbad, npages + 1
            for r, s in sorted(links.items()) if listing else ():
                print(f"  {tool} {page.parent.parent.name}/{page.stem} {r} -> {s} "
                      f"{'right' if r in ok else 'WRONG'} | {lines[r - 1].strip()[-8:]} / {lines[s - 1].strip()[:8]}")
        if not npages:
            continue
        for name, c, k in (("before", before, kinds0), ("after", after, kinds1)):
            print(f"{tool} {name}: {c['fixes']} fixes, {100 * c['fixes'] / c['lines']:.2f} per 100 lines, "
                  f"headline_exact {c['headline_exact'] / npages:.3f}, article_f1 {c['article_f1'] / npages:.3f}; "
                  f"end {k['end']}, article {k['article']}")
        print(f"{tool} links: {found} found, {right} right, {found - right} wrong, {bad} not applicable; "
              f"gold {gold_n} (recall {right / gold_n if gold_n else 1:.2f}), "
              f"{unmatched} gold paragraphs not matched to their lines", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
