#!/usr/bin/env python3
"""Sort the headlines ``score.py`` finds inexact on made PDF pages by why they are.

    python tests/data/pdfpages/headline_misses.py [--tool pdftotext,pdfminer] [-v] OUT [OUT2 ...]

``score.py`` counts a story's headline exact when the predicted article matched to the
story (one-to-one, by the most lines shared: the story's body decides) carries the same
headline. A miss is sorted by the first that holds:

- ``pairing``: some predicted article carries exactly the story's headline, but not the
  one matched to the story (the header went with another body: the article fixes);
- ``labels``: some of the headline's lines are not labelled headline (the headline's own
  label: a paragraph, a section head, a deck);
- ``split``: its lines, all labelled headline, are in two articles;
- ``read across``: its lines are in one article with another story's headline lines (two
  stories' headers read across into one unit);
- ``other``: anything else.

Prints the count of each, and the headline exact (means of pages, as ``score.py``) were
the misses of the first classes mended in turn. ``-v`` prints each miss.
"""
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CLASSES = ("pairing", "labels", "split", "read across", "other")


def matched(gt, pt):
    """gold article -> the predicted article ``score.py`` matches to it."""
    kept = [n for n in sorted(gt) if gt[n][0] is not None]
    pred_art = {n: (pt[n][0] if n in pt else ("missing", n)) for n in kept}
    match, used = {}, set()
    for (ga, pa), _ in sorted(Counter((gt[n][0], pred_art[n]) for n in kept).items(), key=lambda kv: -kv[1]):
        if ga not in match and pa not in used:
            match[ga] = pa
            used.add(pa)
    return match


def why_missed(gt, pt, ga, heads, pa_head):
    """The class of gold article ``ga``'s inexact headline (``heads``: every predicted
    headline, canonical; ``pa_head``: the story's own, canonical; ``gt``, ``pt``: score.py's
    line tables of the gold and the engine's corpus).

    >>> gt = {1: (0, (0, 0), "headline", True), 2: (1, (1, 0), "headline", True), 3: (0, (0, 1), "paragraph", True)}
    >>> pt = {1: (0, (0, 0), "headline", True), 2: (0, (0, 0), "headline", True), 3: (0, (0, 1), "paragraph", True)}
    >>> why_missed(gt, pt, 0, {"ab"}, "a"), why_missed(gt, {**pt, 2: (1, (1, 0), "headline", True)}, 0, {"a"}, "a")
    ('read across', 'pairing')
    >>> why_missed(gt, {**pt, 1: (0, (0, 0), "paragraph", True)}, 0, set(), "a")
    'labels'
    """
    lines = [n for n in gt if gt[n][0] == ga and gt[n][2] == "headline"]
    labels = {pt.get(n, (None, None, None))[2] for n in lines}
    arts = {pt.get(n, (None,))[0] for n in lines}
    if pa_head in heads and labels == {"headline"}:
        return "pairing"
    if labels != {"headline"}:
        return "labels"
    if len(arts) > 1:
        return "split"
    if any(pt[m][0] in arts and pt[m][2] == "headline" and m not in lines for m in pt):
        return "read across"
    return "other"


def main(argv):
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT), str(HERE)]
    from score import canon, line_table, strip_dash
    from story_cuts import pages_with_gold, tools_and_folders
    tools, verbose, folders = tools_and_folders(argv)
    for tool in tools:
        kinds, pages, mended = Counter(), 0, Counter()
        for page, gold, pred, lines in pages_with_gold(folders, tool):
            gt, pt = line_table(gold), line_table(pred)
            match = matched(gt, pt)
            heads = {i: canon(strip_dash(a.get("headline"))) for i, a in enumerate(pred.get("articles", []))}
            page_kinds = []
            for ga, art in enumerate(gold.get("articles", [])):
                if not art.get("headline"):
                    continue
                h = canon(strip_dash(art["headline"]))
                pa = match.get(ga)
                if isinstance(pa, int) and heads.get(pa) == h:
                    page_kinds.append("exact")
                    continue
                kind = why_missed(gt, pt, ga, set(heads.values()), h)
                page_kinds.append(kind)
                if verbose:
                    print(f"{tool} {page.parent.parent.name}/{page.stem}:{min(n for n in gt if gt[n][0] == ga)} {kind} | {art['headline']}")
            if not page_kinds:
                continue
            pages += 1
            kinds.update(page_kinds)
            for i in range(len(CLASSES) + 1):
                ok = sum(k == "exact" or k in CLASSES[:i] for k in page_kinds)
                mended[i] += ok / len(page_kinds)
        print(f"{tool}: headlines {sum(kinds.values())}, exact {kinds['exact']}; "
              + ", ".join(f"{k} {kinds[k]}" for k in CLASSES))
        print(f"{tool}: headline exact {mended[0] / pages:.3f}; "
              + ", ".join(f"+ {k} mended {mended[i + 1] / pages:.3f}" for i, k in enumerate(CLASSES)))


if __name__ == "__main__":
    main(sys.argv[1:])
