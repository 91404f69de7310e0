#!/usr/bin/env python3
"""Why the engine's piece links (``app.rules.piece_links``) miss the gold's links on made
PDF pages: for each gold link "the paragraph open at line r goes on at line s" (found as
``piece_link_effect.py`` finds them), which of the rule's conditions the pair r, s meets.

    python tests/data/pdfpages/piece_link_misses.py [--tool pdftotext,pdfminer] OUT [OUT2 ...]

Each OUT is a folder written by make_pdf_pages.py. One line per gold link: the page, r
and s (1-based lines), r's last glyphs and s's first, and the conditions, in the order the
rule asks them (:func:`conditions`); then, per extractor, how many links fail first at
each. ``found`` means the engine made the link.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

# the rule's conditions, in the order it asks them
STEPS = ("same-article", "open-foot", "stops-there", "opening", "printed-before", "pair",
         "one-pair-for-r", "ends-in-its-group", "one-foot-pairs-with-s")


def first_failed(met):
    """The first of :data:`STEPS` that ``met`` (a dict of them) does not hold, or "found"
    where all do.

    >>> first_failed(dict.fromkeys(STEPS, True))
    'found'
    >>> first_failed({**dict.fromkeys(STEPS, True), "pair": False, "opening": False})
    'opening'
    """
    return next((s for s in STEPS if not met[s]), "found")


def conditions(pg, lab, end, arts, e, f, profile):
    """Which of :data:`STEPS` the link e -> f (lines k of the page read in order) meets,
    asked as :func:`app.rules.piece_links.piece_links` asks them."""
    from bisect import bisect_left, bisect_right
    from app.rules import piece_links as pl
    from app.rules.column_flow import (_PageText, _after_a_close, body_groups, cut_open, group_measure,
                                       joins_as_pair, without_spaces)
    para = [x[0] == "paragraph" for x in lab]
    groups = body_groups(pg, para)
    cols = [group_measure(pg, g, profile) for g in groups]
    first_of = {g[0]: i for i, g in enumerate(groups)}
    last_of = {g[-1]: i for i, g in enumerate(groups)}
    reach = profile.flow_reach
    open_feet = [g[-1] for i, g in enumerate(groups) if cut_open(pg, g, cols[i], profile)]
    text = _PageText(without_spaces(pg), reach)
    openings = [g[0] for i, g in enumerate(groups)
                if pg.width[g[0]] >= cols[i] - profile.flow_full and _after_a_close(pg, lab, g[0])]
    near = openings[bisect_left(openings, e - reach):bisect_right(openings, e + reach)]
    pairs = [x for x in near if arts[x] == arts[e] and joins_as_pair(pg, e, x, text.around(e))]
    others = open_feet[bisect_left(open_feet, f - reach):bisect_right(open_feet, f + reach)]
    return {
        "same-article": arts[e] == arts[f],
        "open-foot": e in open_feet and end[e][1] != "person",
        "stops-there": e in last_of and pl.stops_there(pg, lab, arts, groups, cols, first_of, e, profile),
        "opening": f in openings,
        "printed-before": f < e,
        "pair": joins_as_pair(pg, e, f, text.around(e)),
        "one-pair-for-r": pairs == [f],
        "ends-in-its-group": f in first_of and pl._ends_in_its_group(end, groups[first_of[f]], e),
        "one-foot-pairs-with-s": all(x == e or not joins_as_pair(pg, x, f, text.around(f)) for x in others),
    }


def main(argv):
    sys.path[:0] = [str(ROOT.parent / "shared" / "eval"), str(ROOT), str(HERE)]
    import app.rules.pipeline as pipeline
    from app.corpus import build_corpus
    from app.loader import page_document, read_page
    from app.rules.attach import reads_in_order
    from piece_link_effect import gold_links
    from story_cuts import tools_and_folders
    tools, _, argv = tools_and_folders(argv)
    seen, rule = [], pipeline.piece_links

    def keep(pg, lab, end, arts, profile):
        out = rule(pg, lab, end, arts, profile)
        seen.append((pg, lab, list(end), arts, profile, out[0]))
        return out
    pipeline.piece_links = keep
    for tool in tools:
        why = Counter()
        for page in sorted(p for d in argv for p in Path(d, tool).glob("*.txt")):
            gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
            src, lines = read_page(str(page))
            seen.clear()
            build_corpus(page_document(src, lines, True, explain=False))
            truth, _ = gold_links(gold, lines)
            if not seen or not reads_in_order(seen[0][0]):      # no links are asked for
                why["not-read-in-order"] += len(truth)
                continue
            pg, lab, end, arts, profile, links = seen[0]
            k_of = {row: k for k, row in enumerate(pg.rows)}
            for r, s in sorted(truth.items()):
                e, f = k_of.get(r - 1), k_of.get(s - 1)
                if e is None or f is None:
                    why["blank-line"] += 1
                    continue
                met = conditions(pg, lab, end, arts, e, f, profile)
                step = "found" if links.get(e) == f else first_failed(met)
                why[step] += 1
                print(f"  {tool} {page.parent.parent.name}/{page.stem} {r} -> {s} {step} | "
                      f"{pg.text[e][-3:]} / {pg.text[f][:3]} | "
                      + " ".join(k for k in STEPS if not met[k]))
        print(f"{tool}: " + ", ".join(f"{k} {why[k]}" for k in ("found", *STEPS, "not-read-in-order", "blank-line")
                                      if why[k]), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
