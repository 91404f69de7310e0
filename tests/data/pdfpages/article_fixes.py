#!/usr/bin/env python3
"""Sort the engine's ``article`` fixes on made PDF pages by what the run's first line is.

    python tests/data/pdfpages/article_fixes.py [--tool pdftotext,pdfminer] [-v] OUT [OUT2 ...]

Runs the engine in this process on every page of OUT/<tool> (folders written by
make_pdf_pages.py) and sorts every ``article`` fix (``fix_kinds.py``'s runs) by the gold of
the run's first line: a header line; a story's opening (its first body line); a later
paragraph's start; a line going on a paragraph right after that paragraph's line before
it; a line going on a paragraph after other lines. The openings are sorted further by
where the story's header is: before the opening or after it (printed after its first
column), with how many other stories' lines between, whether the header is in the
article the scorer matched to the story or in the opening's, and (header after) whether
the text under the header goes on the paragraph the opening's piece leaves open.
``-v`` prints each case.
"""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
_HEADER = ("headline", "subtitle", "kicker", "byline")


def first_line_kind(gt, first_body, n):
    """What gold line n (the first of a wrong run) is (``gt``: score.line_table of the gold;
    ``first_body``: each gold article's first body line; furniture passed over).

    >>> gt = {1: (0, (0, 0), "headline", True), 2: (0, (0, 1), "paragraph", False), 3: (None, ("dropped", 0), "noise", False),
    ...       4: (0, (0, 1), "paragraph", False), 5: (1, (1, 0), "paragraph", True), 6: (0, (0, 1), "paragraph", True)}
    >>> [first_line_kind(gt, {0: 2, 1: 5}, n) for n in (1, 2, 4, 6)]
    ['header', 'opening', 'mid-paragraph after its own line', 'mid-paragraph after other lines']
    """
    lab = gt[n][2]
    if lab in _HEADER:
        return "header"
    if lab not in ("paragraph", "subheading"):
        return lab
    block = sorted(m for m in gt if gt[m][1] == gt[n][1])
    if first_body.get(gt[n][0]) == n:
        return "opening"
    if block[0] == n:
        return "later paragraph start"
    before = max(m for m in gt if m < n and gt[m][0] is not None)
    return "mid-paragraph after its own line" if block[block.index(n) - 1] == before else "mid-paragraph after other lines"


def where_header(gt, pt, match, kept, n):
    """Where the header of the story opening at gold line n is, for the sorting above."""
    ga, pa = gt[n][0], pt[n][0]
    hl = [m for m in kept if gt[m][0] == ga and gt[m][2] in _HEADER]
    if not hl:
        return "no header"
    before = [m for m in hl if m < n]
    h = max(before) if before else min(hl)
    hp = pt.get(h, (None,))[0]
    out = ["header before" if before else "header after",
           "in the article matched to the story" if hp == match.get(ga) else ("in the opening's" if hp == pa else "elsewhere")]
    if not before:
        under = [m for m in kept if m > max(hl) and gt[m][0] == ga and gt[m][2] in ("paragraph", "subheading")]
        if under:
            block = sorted(m for m in kept if gt[m][1] == gt[under[0]][1])
            goes = block[0] != under[0] and n <= block[block.index(under[0]) - 1] < h
            out.append("the text under it goes on the opening's piece" if goes else "the text under it does not")
    return ", ".join(out)


def main(argv):
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT), str(HERE)]
    from score import line_table
    from fix_kinds import classify
    from story_cuts import pages_with_gold, tools_and_folders
    tools, verbose, folders = tools_and_folders(argv)
    for tool in tools:
        kinds, openings = Counter(), Counter()
        for page, gold, pred, lines in pages_with_gold(folders, tool):
            fixes, _ = classify(gold, pred, line_table)
            gt, pt = line_table(gold), line_table(pred)
            kept = [n for n in sorted(gt) if gt[n][0] is not None]
            match, used = {}, set()
            pairs = Counter((gt[n][0], pt.get(n, (("missing", n),))[0]) for n in kept)
            for (ga, pa), _ in sorted(pairs.items(), key=lambda kv: -kv[1]):
                if ga not in match and pa not in used:
                    match[ga] = pa
                    used.add(pa)
            first_body = {}
            for ai, art in enumerate(gold["articles"]):
                body = [min(b["lines"]) for b in art["blocks"] if b["type"] in ("paragraph", "subheading")]
                if body:
                    first_body[ai] = min(body)
            for n, kind, _ in fixes:
                if kind != "article":
                    continue
                k = first_line_kind(gt, first_body, n)
                kinds[k] += 1
                w = where_header(gt, pt, match, kept, n) if k == "opening" else ""
                if w:
                    openings[w] += 1
                if verbose:
                    print(f"{tool} {page.parent.parent.name}/{page.stem}:{n}", k, w, "|", lines[n - 1].strip())
        print(f"{tool}: {sum(kinds.values())} article fixes by their run's first line")
        for k, v in kinds.most_common():
            print(f"  {v:4d}  {k}")
        print(f"{tool}: story openings by where their header is")
        for k, v in openings.most_common():
            print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    main(sys.argv[1:])
