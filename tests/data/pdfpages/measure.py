#!/usr/bin/env python3
"""Score the engine and the naive joiner on made PDF pages, one row per extractor.

    python tests/data/pdfpages/measure.py OUT [OUT2 ...]

Each OUT is a folder written by make_pdf_pages.py. Runs shared/eval/evaluate.py on every
OUT/<extractor> with the engine (``python -m app reflow``) and with the naive joiner
(naive_corpus.py), and prints a Markdown table of fixes per 100 lines (summed over all the
pages), headline exact, article F1 and byline F1 (means of the pages).
"""
import json
import subprocess
import sys
from pathlib import Path

from run_extractors import EXTRACTORS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
EVALUATE = ROOT.parent / "shared" / "eval" / "evaluate.py"
COMMANDS = {
    "engine": f"{sys.executable} -m app reflow {{input}} -o {{output}}",
    "naive": f"{sys.executable} {HERE / 'naive_corpus.py'} {{input}} {{output}}",
}


def gold_lines(folder):
    """Non-blank lines of the folder's pages: what fixes are counted per."""
    return sum(len(b["lines"]) for g in Path(folder).glob("*.gold.json")
               for doc in [json.loads(g.read_text(encoding="utf-8"))]
               for b in [blk for a in doc["articles"] for blk in a["blocks"]] + doc["dropped"])


def total(folder, cmd):
    """evaluate.py's TOTAL figures for one folder, with its line count."""
    proc = subprocess.run([sys.executable, str(EVALUATE), str(folder), "--cmd", cmd],
                          capture_output=True, text=True, cwd=ROOT)
    line = next((t for t in proc.stdout.splitlines() if t.startswith("TOTAL ")), None)
    if line is None:
        raise SystemExit(f"evaluate.py gave no TOTAL for {folder}:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return dict(json.loads(line[len("TOTAL "):]), lines=gold_lines(folder))


def combine(totals):
    """Several TOTALs as one: fixes per 100 lines from the summed fixes and lines, the rest
    weighted by pages."""
    pages = sum(t["pages"] for t in totals)
    fixes = sum(t["fixes"] for t in totals)
    lines = sum(t["lines"] for t in totals)
    out = {"pages": pages, "fixes": fixes, "failed": sum(t["failed"] for t in totals),
           "fixes_per_100": round(100 * fixes / lines, 2) if lines else 0.0}
    for k in ("headline_exact", "article_f1", "byline_f1", "label_accuracy", "break_f1", "body_cer"):
        out[k] = round(sum(t[k] * t["pages"] for t in totals) / pages, 4)
    return out


def main(argv):
    outs = [Path(a) for a in argv] or [Path("OUT")]
    print("| extractor | joiner | pages | fixes/100 lines | headline exact | article F1 | byline F1 | label acc | break F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for tool in EXTRACTORS:
        for who, cmd in COMMANDS.items():
            folders = [o / tool for o in outs if any((o / tool).glob("*.txt"))]
            if not folders:
                continue
            t = combine([total(f, cmd) for f in folders])
            print(f"| {tool} | {who} | {t['pages']} | {t['fixes_per_100']} | {t['headline_exact']} | "
                  f"{t['article_f1']} | {t['byline_f1']} | {t['label_accuracy']} | {t['break_f1']} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
