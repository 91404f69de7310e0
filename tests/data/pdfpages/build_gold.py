"""The gold file of one extracted page, in the reflow-corpus format of shared/eval/dev.

Each extracted line cites the one block its glyphs were printed for (align_lines.py says
which). A line holding several pieces of page furniture (a footer and its folio) is one
dropped entry; a line holding pieces of two different text blocks cannot be cited once, so
the page is not used (:class:`align_lines.Unaligned`). Block texts are the clean texts we
printed from, never the extracted ones.
"""
import hashlib
from collections import Counter

from align_lines import Unaligned, split_lines

HEADER_KINDS = ("kicker", "headline", "subtitle", "byline")


def line_blocks(raw_lines, segments, printed_blocks, kinds):
    """Line number (1-based) -> the one block it cites, or "noise" for furniture.

    >>> line_blocks(["a", "", "b c"], [[(0, 0, 1)], [], [(1, 0, 1), (2, 0, 1)]], [5, 6, 7],
    ...             {5: "paragraph", 6: "noise", 7: "noise"})
    {1: 5, 3: 'noise'}
    >>> line_blocks(["ab"], [[(0, 0, 1), (1, 0, 1)]], [5, 6], {5: "paragraph", 6: "caption"})
    Traceback (most recent call last):
    ...
    align_lines.Unaligned: line 1 holds text of two blocks (paragraph, caption)
    """
    out = {}
    for n, segs in enumerate(segments, 1):
        if not segs:
            continue
        blocks = list(dict.fromkeys(printed_blocks[p] for p, _, _ in segs))
        if all(kinds[b] == "noise" for b in blocks):
            out[n] = "noise"
        elif len(blocks) == 1:
            out[n] = blocks[0]
        else:
            raise Unaligned(f"line {n} holds text of two blocks ({', '.join(kinds[b] for b in blocks)})")
    return out


def build_gold(name, data, page, printed, segments):
    """``data``: the page's bytes as written; ``page``: the typeset Page; ``printed``: the
    (glyphs, block) pieces the page was aligned against; ``segments``: what align()
    returned for the page's lines."""
    raw_lines = split_lines(data.decode("utf-8"))
    printed_blocks = [b for _, b in printed]
    kinds = {k: blk.kind for k, (_, blk) in enumerate(page.blocks)}
    cited = line_blocks(raw_lines, segments, printed_blocks, kinds)
    lines_of, dropped = {}, []
    for n, b in cited.items():
        if b == "noise":
            dropped.append({"type": "noise", "text": " ".join(raw_lines[n - 1].split()), "lines": [n]})
        else:
            lines_of.setdefault(b, []).append(n)
    articles = []
    for ai, art in enumerate(page.articles):
        mine = [(k, blk) for k, (a, blk) in enumerate(page.blocks) if a == ai and k in lines_of]
        head = [(k, blk) for k, blk in mine if blk.kind in HEADER_KINDS]
        body = sorted(((k, blk) for k, blk in mine if blk.kind not in HEADER_KINDS),
                      key=lambda kb: min(lines_of[kb[0]]))
        head.sort(key=lambda kb: HEADER_KINDS.index(kb[1].kind))
        articles.append({
            "id": ai + 1, "kicker": art.kicker, "headline": art.headline_text, "subtitle": art.subtitle,
            "bylines": list(art.names),
            "blocks": [{"type": blk.kind, "text": blk.text, "lines": sorted(lines_of[k])} for k, blk in head + body],
        })
    return {"format": "reflow-corpus", "version": 1,
            "source": {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "encoding": "utf-8",
                       "lines": len(raw_lines)},
            "articles": articles, "dropped": dropped}


def check_gold(data, gold):
    """Problems with a gold file against its page (empty when none): every non-blank line
    cited exactly once, no blank line cited, every block with lines, and the glyphs of a
    block's lines exactly those of its text (a subtitle's printed dash aside).

    >>> check_gold("甲\\n\\n乙\\n".encode(), {"articles": [{"blocks": [
    ...     {"type": "paragraph", "text": "甲乙", "lines": [1, 2]}]}], "dropped": []})
    ['line 2 is blank but cited', 'line 3 is not cited', "the lines of paragraph '甲乙' do not hold its text"]
    """
    raw_lines = split_lines(data.decode("utf-8"))
    count = {}
    problems = []
    blocks = [b for a in gold["articles"] for b in a["blocks"]] + gold["dropped"]
    for b in blocks:
        if not b["lines"]:
            problems.append(f"a {b['type']} block cites no line")
        for n in b["lines"]:
            count[n] = count.get(n, 0) + 1
    for n in sorted(count):
        if not 1 <= n <= len(raw_lines):
            problems.append(f"line {n} is not in the page")
        elif not raw_lines[n - 1].strip():
            problems.append(f"line {n} is blank but cited")
        if count[n] > 1:
            problems.append(f"line {n} is cited {count[n]} times")
    for n, t in enumerate(raw_lines, 1):
        if t.strip() and n not in count:
            problems.append(f"line {n} is not cited")
    for a in gold["articles"]:
        for b in a["blocks"]:
            if any(not 1 <= n <= len(raw_lines) for n in b["lines"]):
                continue
            got = Counter("".join(raw_lines[n - 1] for n in b["lines"]))
            want = Counter(b["text"]) + (Counter("——") if b["type"] == "subtitle" else Counter())
            for c in list(got) + list(want):
                if c.isspace():
                    got.pop(c, None)
                    want.pop(c, None)
            if got != want:
                problems.append(f"the lines of {b['type']} {b['text'][:10]!r} do not hold its text")
    return problems
