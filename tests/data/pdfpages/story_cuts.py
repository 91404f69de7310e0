#!/usr/bin/env python3
"""Where a story is cut at the wrong line, and what the page shows at the gold boundary.

    python tests/data/pdfpages/story_cuts.py [--tool pdftotext,pdfminer] [-v] OUT [OUT2 ...]

Runs the engine in this process on every page of OUT/<tool> (folders written by
make_pdf_pages.py). For each ``article`` fix whose run opens a gold story's first
paragraph right after another story's paragraph line in the same predicted article (no
cut there), it prints the signals at that boundary (``-v``: each case with its two
lines); then, for every boundary between two paragraph lines of one predicted article
that a blank line parts, how often the gold cuts there, by the same signals:

- ``final``/``open``: the line before ends a sentence or not;
- ``short``/``full``: the line before is short of its group's column by more than
  1.5 cells, or not (a group: a run of paragraph lines with no blank line between;
  its column: the widest of its lines but the first);
- ``indent``/``flush``: the same for the line after, in its group;
- ``w=``/``w+2``...: the two groups' columns within half a cell, or the step.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def group_bounds(tight, k):
    """(first, last) line of the run of lines k is in, with no blank line between (``tight``:
    no blank line before each line).

    >>> group_bounds([False, True, True, False, True], 1), group_bounds([False, True, True, False, True], 4)
    ((0, 2), (3, 4))
    """
    a = k
    while a > 0 and tight[a]:
        a -= 1
    b = k
    while b + 1 < len(tight) and tight[b + 1]:
        b += 1
    return a, b


def column(width, para, a, b):
    """The column of lines a..b: the widest of its paragraph lines (``para``) but the
    first; a single line's own width.

    >>> column([10, 12, 11, 4], [True] * 4, 0, 3), column([9], [True], 0, 0)
    (12, 9)
    """
    ws = [width[k] for k in range(a, b + 1) if para[k]]
    return max(ws[1:]) if len(ws) > 1 else (ws[0] if ws else 0)


def signals(pg, para, p, k):
    """The signals at the boundary between paragraph lines p and k (see the module's doc)."""
    pa, pb = group_bounds(pg.tight, p)
    a, b = group_bounds(pg.tight, k)
    pm, m = column(pg.width, para, pa, pb), column(pg.width, para, a, b)
    step = m - pm
    return ("final" if pg.ends_final[p] else "open", "short" if pg.width[p] < pm - 1.5 else "full",
            "indent" if pg.width[k] < m - 1.5 else "flush",
            "w=" if abs(step) <= 0.5 else "w%+d" % max(-3, min(3, round(step))))


def tools_and_folders(argv):
    """(tools, whether -v was given, the seed folders) from the command line; ``--tool a,b``
    (default: the column readers)."""
    tools, verbose = ["pdftotext", "pdfminer"], "-v" in argv
    argv = [a for a in argv if a != "-v"]
    if "--tool" in argv:
        i = argv.index("--tool")
        tools, argv = argv[i + 1].split(","), argv[:i] + argv[i + 2:]
    return tools, verbose, argv


def pages_with_gold(folders, tool):
    """(page, gold corpus, the engine's corpus, the page's lines) for each page ``tool``
    extracted under the seed folders (``app`` importable: the callers' ``main`` sees to it)."""
    from app.corpus import build_corpus
    from app.loader import page_document, read_page
    for page in sorted(p for d in folders for p in Path(d, tool).glob("*.txt")):
        gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
        src, lines = read_page(str(page))
        yield page, gold, build_corpus(page_document(src, lines, True, explain=False)), lines


def main(argv):
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT)]
    from score import line_table
    from app.rules.page import Page
    tools, verbose, folders = tools_and_folders(argv)
    for tool in tools:
        wrong, bounds = Counter(), Counter()
        for page, gold, pred, lines in pages_with_gold(folders, tool):
            gt, pt = line_table(gold), line_table(pred)
            pg = Page(lines)
            nums = [r + 1 for r in pg.rows]
            para = [pt.get(n, (None, None, None))[2] == "paragraph" for n in nums]
            firsts = {min(b["lines"]) for art in gold["articles"]
                      for b in [next((b for b in art["blocks"] if b["type"] == "paragraph"), None)] if b}
            for k in range(1, len(nums)):
                p = k - 1
                while p > 0 and pt.get(nums[p], (None, None, "noise"))[2] == "noise":
                    p -= 1
                g1, g2 = gt.get(nums[p]), gt.get(nums[k])
                if not (para[p] and para[k] and g1 and g2) or None in (g1[0], g2[0]):
                    continue
                if pt[nums[p]][0] != pt[nums[k]][0]:
                    continue
                sig = signals(pg, para, p, k)
                if not pg.tight[k]:
                    bounds[sig, g1[0] != g2[0]] += 1
                if nums[k] in firsts and g1[0] != g2[0]:
                    wrong[("blank" if not pg.tight[k] else "no blank",) + sig] += 1
                    if verbose:
                        print(f"{tool} {page.parent.parent.name}/{page.stem}:{nums[k]}", *sig,
                              f"| {pg.text[p]} | {pg.text[k]}")
        print(f"{tool}: {sum(wrong.values())} story openings inside another story's run")
        for sig, v in wrong.most_common():
            print(f"  {v:4d}  {' '.join(sig)}")
        print(f"{tool}: boundaries a blank line parts in one predicted article (gold cut / same story)")
        for sig in sorted({s for s, _ in bounds}, key=lambda s: -bounds[s, True]):
            print(f"  {' '.join(sig):28s} {bounds[sig, True]:4d} {bounds[sig, False]:5d}")


if __name__ == "__main__":
    main(sys.argv[1:])
