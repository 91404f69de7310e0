#!/usr/bin/env python3
"""Count the engine's fixes on made PDF pages by the decision each corrects.

    python tests/data/pdfpages/fix_kinds.py [--tool raw,pdfium] [--dump FILE] OUT [OUT2 ...]

Each OUT is a folder written by make_pdf_pages.py. Runs the engine in this process on
every page of OUT/<tool> and sorts every fix ``shared/eval/score.py`` counts: a run of
lines in the wrong article, a run of wrong labels (by the label involved: headline,
byline, kicker or deck, caption, section head, noise) and a wrong paragraph end. Prints a
line per extractor: fixes, fixes per 100 lines, headline exact, article F1 and byline F1
(means of the pages), then the fixes by kind. ``--dump`` writes each fix with its page,
line and text, to read the pages behind a kind.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

_ORDER = ["headline", "byline", "kicker", "subtitle", "caption", "subheading", "noise"]
_KIND = {"kicker": "kicker/deck", "subtitle": "kicker/deck", "subheading": "section head"}


def involved(gold, pred):
    """The kind of a wrong label: the most telling label of the two.

    >>> involved("headline", "subheading"), involved("paragraph", "subheading"), involved("subtitle", None)
    ('headline', 'section head', 'kicker/deck')
    """
    for lab in _ORDER:
        if lab in (gold, pred):
            return _KIND.get(lab, lab)
    return "other"


def _runs(errors, lines):
    """(first line, error) of each run of lines carrying the same error, as score.runs counts."""
    out, prev = [], None
    for n in lines:
        e = errors.get(n)
        if e is not None and e != prev:
            out.append((n, e))
        prev = e
    return out


def classify(gold, pred, line_table):
    """Every fix of a page as (line, kind, what) (``line_table``: score.py's)."""
    gt, pt = line_table(gold), line_table(pred)
    lines = sorted(gt)
    fixes = []
    label_err = {n: (gt[n][2], pt[n][2] if n in pt else None) for n in lines
                 if n not in pt or pt[n][2] != gt[n][2]}
    fixes += [(n, involved(*e), f"{e[0]}->{e[1]}") for n, e in _runs(label_err, lines)]
    for n in [n for n in lines if gt[n][2] == "paragraph"]:
        p_end = n in pt and pt[n][2] == "paragraph" and pt[n][3]
        if gt[n][3] != p_end:
            fixes.append((n, "end", "missed" if gt[n][3] else "extra"))
    kept = [n for n in lines if gt[n][0] is not None]
    gold_art = {n: gt[n][0] for n in kept}
    pred_art = {n: (pt[n][0] if n in pt else ("missing", n)) for n in kept}
    match, used = {}, set()
    for (ga, pa), _ in sorted(Counter((gold_art[n], pred_art[n]) for n in kept).items(), key=lambda kv: -kv[1]):
        if ga not in match and pa not in used:
            match[ga] = pa
            used.add(pa)
    art_err = {n: (gold_art[n], pred_art[n]) for n in kept if pred_art[n] != match.get(gold_art[n])}
    fixes += [(n, "article", f"gold article {e[0]}, given {e[1]} ({gt[n][2]})") for n, e in _runs(art_err, lines)]
    return sorted(fixes), len(lines)


def main(argv):
    # the scorer beside the checkout, and this checkout's engine (imported here: pytest
    # collects this file for its doctests where shared/ may be missing)
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT)]
    from score import line_table, score
    from app.corpus import build_corpus
    from app.loader import page_document, read_page
    tools, dump = ["raw", "pdfium", "pdftotext", "pdfminer"], None
    if "--tool" in argv:
        i = argv.index("--tool")
        tools, argv = argv[i + 1].split(","), argv[:i] + argv[i + 2:]
    if "--dump" in argv:
        i = argv.index("--dump")
        dump, argv = open(argv[i + 1], "w", encoding="utf-8"), argv[:i] + argv[i + 2:]
    for tool in tools:
        kinds, means, nlines, npages = Counter(), Counter(), 0, 0
        for page in sorted(p for d in argv for p in Path(d, tool).glob("*.txt")):
            gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
            src, lines = read_page(str(page))
            pred = build_corpus(page_document(src, lines, True, explain=False))
            fixes, n = classify(gold, pred, line_table)
            result = score(gold, pred)
            assert len(fixes) == result["fixes"], (page, len(fixes), result["fixes"])
            kinds.update(k for _, k, _ in fixes)
            means.update({k: result[k] for k in ("headline_exact", "article_f1", "byline_f1")})
            nlines, npages = nlines + n, npages + 1
            for ln, k, what in fixes if dump else ():
                dump.write(f"{tool} {page.parent.parent.name}/{page.stem}:{ln} {k} {what} | {lines[ln - 1]}\n")
        if not npages:
            continue
        total = sum(kinds.values())
        print(f"{tool}: {total} fixes, {100 * total / nlines:.2f} per 100 lines, "
              + ", ".join(f"{k} {v / npages:.3f}" for k, v in means.items()) + "; "
              + ", ".join(f"{k} {v}" for k, v in kinds.most_common()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
