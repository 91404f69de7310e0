#!/usr/bin/env python3
"""The ceiling a rule finding paragraphs printed in pieces (app.goes_on) can reach: the
engine's fixes on made PDF pages before and after setting, by hand, the links the gold
implies.

    python tests/data/pdfpages/goes_on_ceiling.py [--tool pdfminer,pdftotext] OUT [OUT2 ...]

A gold paragraph citing runs of lines out of line order (its text starts with a later run)
implies a link from each run's last line to the first line of the run that follows it in
the text, when that run comes earlier in line order. Each link is set with
:class:`app.operations.SetGoesOn` as a person would; ``linked`` counts those set, ``moved``
the links whose later piece the engine put in another article, set after moving that
piece (M) into the first piece's article (the second figure: links and moves).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def runs_of(lines):
    """Runs of consecutive line numbers.

    >>> runs_of([3, 4, 5, 9, 10, 2])
    [[2, 3, 4, 5], [9, 10]]
    """
    out = []
    for n in sorted(lines):
        if out and n == out[-1][-1] + 1:
            out[-1].append(n)
        else:
            out.append([n])
    return out


def gold_links(gold, text_of, canon):
    """[(r, s, lines of s's run, lines of the paragraph)] the gold implies: consecutive runs in text order whose
    second comes first in line order."""
    out = []
    for art in gold.get("articles", []):
        for b in art.get("blocks", []):
            if b.get("type") != "paragraph":
                continue
            runs = runs_of(b["lines"])
            if len(runs) < 2:
                continue
            body = canon(b["text"])
            at = []
            for run in runs:
                head = canon(text_of(run[0]))[:8]
                at.append(body.find(head) if head else -1)
            if min(at) < 0:
                continue
            order = sorted(range(len(runs)), key=at.__getitem__)
            for i, j in zip(order, order[1:]):
                if runs[j][0] < runs[i][0]:
                    out.append((runs[i][-1], runs[j][0], runs[j], b["lines"]))
    return out


def ends_in(fixes, links):
    """The ``end`` fixes on lines of the paragraphs the links are about (the lines between
    gold paragraph's every line)."""
    lines = set()
    for *_, block in links:
        lines.update(block)
    return sum(1 for n, kind, _ in fixes if kind == "end" and n in lines)


def main(argv):
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT), str(HERE)]
    from score import canon, line_table, score
    from fix_kinds import classify
    from app.corpus import build_corpus, clean_text
    from app.goes_on import rows_of_line
    from app.loader import page_document, read_page
    from app.operations import MoveRows, SetGoesOn
    from story_cuts import tools_and_folders
    tools, verbose, argv = tools_and_folders(argv)
    for tool in tools:
        count = Counter()
        for page in sorted(p for d in argv for p in Path(d, tool).glob("*.txt")):
            gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
            src, lines = read_page(str(page))
            links = gold_links(gold, lambda n: clean_text(lines[n - 1], True), canon)
            for moves in (False, True):
                doc = page_document(src, lines, True, explain=False)
                if not moves:
                    corpus = build_corpus(doc)
                    count["before"] += score(gold, corpus)["fixes"]
                    count["end before"] += ends_in(classify(gold, corpus, line_table)[0], links)
                for r, s, run, _ in links:
                    count["implied", moves] += 1
                    rr, ss = rows_of_line(doc, r)[-1], rows_of_line(doc, s)[0]
                    if doc.article[rr] != doc.article[ss]:
                        if not moves:
                            continue
                        rows = [q for n in run for q in rows_of_line(doc, n) if doc.label[q] is not None]
                        doc.do(MoveRows(rows, doc.article[rr]))
                        count["moved", moves] += 1
                    try:
                        doc.do(SetGoesOn(r, s))
                        count["linked", moves] += 1
                    except ValueError as e:
                        count["refused", moves] += 1
                        if verbose:
                            print(page.stem, moves, e, file=sys.stderr)
                corpus = build_corpus(doc)
                count["after", moves] += score(gold, corpus)["fixes"]
                count["end after", moves] += ends_in(classify(gold, corpus, line_table)[0], links)
        print(f"{tool}: fixes {count['before']} -> {count['after', False]} with the links alone "
              f"({count['linked', False]} of {count['implied', False]} implied links set) -> "
              f"{count['after', True]} with their pieces moved too ({count['moved', True]} moved, "
              f"{count['linked', True]} set, {count['refused', True]} refused); end fixes on the "
              f"linked paragraphs' lines {count['end before']} -> {count['end after', False]} -> "
              f"{count['end after', True]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
