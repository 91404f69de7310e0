#!/usr/bin/env python3
"""Newspaper pages typeset as real PDFs, read back by real extractors, with their gold.

    python tests/data/pdfpages/make_pdf_pages.py OUT [--pages N] [--seed S]
                                                [--extractors pdftotext,raw,pdfminer,pdfium] [--keep-pdf]

Each page is a new PDF (page_typeset.py: 3-5 justified columns, headlines across columns,
photo captions, running head, footer and folio) of new articles (page_material.py). Every
extractor reads it, and its text goes to OUT/<extractor>/NAME.txt with NAME.gold.json
beside it, so ``shared/eval/evaluate.py OUT/<extractor>`` scores the engine on it. The gold
comes from aligning each extracted line to the printed block it came from (align_lines.py);
a page whose extraction cannot be aligned in one way only is skipped for that extractor and
listed, never guessed, and more pages are made until every extractor has N (at most 3N
tries). The same seed gives the same pages. Needs poppler-utils, fonts-wqy-microhei and the
project's ``pdf`` extra (pdfminer.six, pypdfium2).
"""
import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from align_lines import Unaligned, align, split_lines  # noqa: E402
from build_gold import build_gold, check_gold  # noqa: E402
from page_material import load_sentences  # noqa: E402
from page_typeset import Fonts, compose_page, write_pdf  # noqa: E402
from run_extractors import EXTRACTORS, extract, missing  # noqa: E402


def printed_pieces(page, cut):
    """What the extracted lines are aligned against: each printed line whole, or, when
    ``cut``, cut at its spaces."""
    out = []
    for ln in page.lines:
        if ln.runs is None or not cut:
            out.append((ln.text, ln.block))
        else:
            out.extend((t, ln.block) for _, t in ln.runs)
    return out


def gold_for(name, data, page):
    """The gold of one extracted page, or Unaligned.

    Printed lines are first taken whole (an extracted line may hold pieces of them, in
    their order). Only when no reading exists that way are they cut at their spaces, whose
    pieces may come in any order (pdfminer gives a byline's last name before the rest of
    the line): that finds more readings, so it is tried second, and like the first it is
    used only when it is the one reading."""
    text = data.decode("utf-8")
    lines = split_lines(text)
    try:
        printed = printed_pieces(page, cut=False)
        segments = align(lines, printed)
    except Unaligned as e:
        if not str(e).startswith("no reading"):
            raise
        printed = printed_pieces(page, cut=True)
        segments = align(lines, printed)
    gold = build_gold(name + ".txt", data, page, printed, segments)
    problems = check_gold(data, gold)
    if problems:                       # a bug here, not an ambiguous page
        raise AssertionError(f"{name}: inconsistent gold: {problems[:3]}")
    return gold


def make_pages(out, pages, seed, tools, keep_pdf=False, log=print, sources=None):
    """Write the pages, their words drawn from the gold files ``sources`` (page_material's
    by default); returns {tool: [(name, reason) skipped]}."""
    out = Path(out)
    for tool in tools:
        (out / tool).mkdir(parents=True, exist_ok=True)
    fonts, paras = Fonts(), load_sentences() if sources is None else load_sentences(sources)
    master = random.Random(seed)
    done = {t: 0 for t in tools}
    skipped = {t: [] for t in tools}
    with tempfile.TemporaryDirectory() as tmp:
        pdf_dir = out / "pdf" if keep_pdf else Path(tmp)
        pdf_dir.mkdir(parents=True, exist_ok=True)
        for attempt in range(3 * pages):
            todo = [t for t in tools if done[t] < pages]
            if not todo:
                break
            name = f"s{seed}p{attempt:02d}"
            page = compose_page(random.Random(master.randrange(2 ** 32)), fonts, paras)
            pdf = pdf_dir / (name + ".pdf")
            write_pdf(page, pdf, fonts)
            for tool in todo:
                data = extract(pdf, tool).encode("utf-8")
                try:
                    gold = gold_for(name, data, page)
                except Unaligned as e:
                    skipped[tool].append((name, str(e)))
                    log(f"{tool:9} {name}: skipped: {e}")
                    continue
                (out / tool / (name + ".txt")).write_bytes(data)
                (out / tool / (name + ".gold.json")).write_text(
                    json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                done[tool] += 1
    for tool in tools:
        log(f"{tool:9} {done[tool]} pages, {len(skipped[tool])} skipped")
    return skipped


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--extractors", default=",".join(EXTRACTORS))
    ap.add_argument("--keep-pdf", action="store_true", help="keep the PDFs in OUT/pdf")
    args = ap.parse_args(argv)
    tools = [t for t in args.extractors.split(",") if t]
    unknown = [t for t in tools if t not in EXTRACTORS]
    if unknown:
        ap.error(f"unknown extractor(s) {', '.join(unknown)}; choose from {', '.join(EXTRACTORS)}")
    if missing():
        ap.error("missing: " + "; ".join(missing()))
    used = [t for t in tools if any((Path(args.out) / t).glob("*.txt"))]
    if used:      # stale pages of another seed or version would be scored with the new ones
        ap.error(f"{args.out}/{used[0]} already holds pages; give an empty or new folder")
    make_pages(args.out, args.pages, args.seed, tools, args.keep_pdf)


if __name__ == "__main__":
    main()
