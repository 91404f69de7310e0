#!/usr/bin/env python3
"""Learn how much each signal of app/review.py says about a line being wrong.

    python tests/perf/calibrate_review.py [--made SEEDS] [--md SEEDS] [--pdf SEEDS] [--pages N]
                                          [--check-made SEEDS] [--check-md SEEDS] [--check-pdf SEEDS]
                                          [--check-dir DIR ...] [-o FILE]

Makes pages with gold of our own (tests/perf/make_pages.py, N pages a seed, --md seeds in its
Markdown style; tests/data/pdfpages/make_pdf_pages.py, N/6 pages a --pdf seed and extractor),
runs the automatic pass on each, and marks each line wrong as shared/eval/review_recall.py does
(another block type, another paragraph end, or an article other than the one matched to its
gold article). The defaults make the table in the repository. A logistic regression of "wrong" on the signals of :func:`app.review.row_signals`
gives a weight to each signal; they are written to app/rules/review_calibration.py (or -o)
with the seeds they were fitted on. The --check seeds, not fitted on, are scored by the share
of wrong lines within the first 10% of each page's review order, before (the rules' own
confidences) and after. SEEDS: "101-120" or "1,2,5".
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

L2 = 1.0          # ridge on every weight: a signal seen on few lines keeps a small one
MIN_LINES = 20    # signals on fewer lines of the fitting pages are left out


def seeds(spec):
    """ "101-103,7" -> [101, 102, 103, 7] """
    out = []
    for part in filter(None, spec.split(",")):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def make_pages(out: Path, made, pdf, count, md=()):
    """Pages with gold in folders under ``out``: one per made seed (``md``: made in the
    Markdown style), one per PDF seed and extractor."""
    dirs = []
    for s, styles in [(s, []) for s in made] + [(s, ["--styles", "md"]) for s in md]:
        d = out / f"made-{s}{'-md' if styles else ''}"
        subprocess.run([sys.executable, str(ROOT / "tests/perf/make_pages.py"), str(d), str(count), "--seed", str(s),
                        *styles], check=True, capture_output=True)
        dirs.append(d)
    for s in pdf:
        d = out / f"pdf-{s}"
        subprocess.run([sys.executable, str(ROOT / "tests/data/pdfpages/make_pdf_pages.py"), str(d),
                        "--pages", str(max(1, count // 6)), "--seed", str(s)], check=True, capture_output=True)
        dirs += sorted(p for p in d.iterdir() if p.is_dir())
    return dirs


def wrong_lines(gold, pred):
    """The lines review_recall.py counts wrong, and the number of gold lines."""
    import score as S
    gt, pt = S.line_table(gold), S.line_table(pred)
    lines = sorted(gt)
    kept = [n for n in lines if gt[n][0] is not None]
    gold_art = {n: gt[n][0] for n in kept}
    pred_art = {n: (pt[n][0] if n in pt else ("missing", n)) for n in kept}
    overlap = Counter((gold_art[n], pred_art[n]) for n in kept)
    match, used = {}, set()
    for (ga, pa), _ in sorted(overlap.items(), key=lambda kv: -kv[1]):
        if ga not in match and pa not in used:
            match[ga] = pa
            used.add(pa)
    bad = set()
    for n in lines:
        if n not in pt or pt[n][2] != gt[n][2]:
            bad.add(n)
        elif gt[n][2] == "paragraph" and gt[n][3] != pt[n][3]:
            bad.add(n)
        elif n in gold_art and pred_art[n] != match.get(gold_art[n]):
            bad.add(n)
    return bad, len(lines)


def load_pages(dirs):
    """(document, wrong source lines, gold line count) of every page with a gold."""
    from app.corpus import build_corpus
    from app.loader import load_page
    pages = []
    for d in dirs:
        for g in sorted(Path(d).glob("*.gold.json")):
            doc = load_page(str(g.with_name(g.name.replace(".gold.json", ".txt"))))
            bad, n = wrong_lines(json.loads(g.read_text(encoding="utf-8")), build_corpus(doc))
            pages.append((doc, bad, n))
    return pages


def examples(pages):
    """Weighted counts of (signals, wrong) over the non-blank rows of the pages. A page with
    more wrong lines than the first 10% of its order can hold counts as if it had just
    that many: there any order that finds that many does as well as any other, so such a
    page says less about how to rank than its many wrong lines would make it weigh."""
    from app.review import row_signals
    n, wrong = Counter(), Counter()
    for doc, bad, lines in pages:
        weight = min(1.0, max(1, round(0.1 * lines)) / len(bad)) if bad else 1.0
        for r, sig in row_signals(doc).items():
            key = tuple(sorted(set(sig)))
            n[key] += weight
            wrong[key] += weight * (doc.src[r] in bad)
    return n, wrong


def fit(n, wrong, steps=400, rate=0.5):
    """Bias and weights of a logistic regression on the grouped examples, by full-batch
    gradient descent with per-weight step sizes (AdaGrad) and a ridge of :data:`L2`."""
    seen = Counter()
    for key, c in n.items():
        for s in key:
            seen[s] += c
    feats = sorted(s for s, c in seen.items() if c >= MIN_LINES)
    index = {s: i for i, s in enumerate(feats)}
    groups = [([index[s] for s in key if s in index], c, wrong[key]) for key, c in n.items()]
    total = sum(n.values())
    rate_all = sum(wrong.values()) / total
    bias = math.log(rate_all / (1 - rate_all)) if 0 < rate_all < 1 else 0.0
    w = [0.0] * len(feats)
    g2 = [1e-8] * (len(feats) + 1)
    for _ in range(steps):
        grad = [0.0] * len(feats)
        gb = 0.0
        for idx, c, k in groups:
            z = bias + sum(w[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0
            e = (c * p - k) / total
            gb += e
            for i in idx:
                grad[i] += e
        for i in range(len(feats)):
            grad[i] += L2 * w[i] / total
            g2[i] += grad[i] ** 2
            w[i] -= rate * grad[i] / math.sqrt(g2[i])
        g2[-1] += gb ** 2
        bias -= rate * gb / math.sqrt(g2[-1])
    return bias, {s: round(x, 3) for s, x in zip(feats, w) if abs(x) >= 0.001}


def recall(pages, order_of, at=0.1):
    """(wrong lines within the first ``at`` of each page's order, wrong lines)."""
    found = total = 0
    for doc, bad, n in pages:
        lines, seen = [], set()
        for r in order_of(doc):
            if doc.src[r] not in seen:
                seen.add(doc.src[r])
                lines.append(doc.src[r])
        k = max(1, round(at * n))
        found += len(bad & set(lines[:k]))
        total += len(bad)
    return found, total


def rules_order(doc):
    """The order before: the rules' own confidences, lowest first, ties in page order."""
    rows = [r for r in range(len(doc)) if doc.label[r] is not None]
    return sorted(rows, key=lambda r: (doc.why[r].confidence() if doc.why[r] else 1.0, r))


def ceiling(pages, at=0.1):
    """The most any order could find: each page's wrong lines, up to its first ``at``."""
    return sum(min(len(bad), max(1, round(at * n))) for _, bad, n in pages)


def report(name, pages):
    from app.review import review_order
    b, total = recall(pages, rules_order)
    a, _ = recall(pages, review_order)
    c = ceiling(pages)
    share = (lambda x: f"{x / total:.2f}" if total else "-")
    print(f"{name}: {len(pages)} pages, {total} wrong lines; within the first 10%: "
          f"before {b} ({share(b)}), after {a} ({share(a)}), at most {c} ({share(c)})")


def table_source(bias, w, a, n, wrong):
    """The calibration table as a Python module (shipped with the package, read by app/review.py)."""
    fitted = {"made_seeds": a.made, "md_seeds": a.md, "pdf_seeds": a.pdf, "pages_a_seed": a.pages,
              "lines": round(sum(n.values())), "wrong_lines": round(sum(wrong.values()), 1)}
    rows = "".join(f"    {k!r}: {v!r},\n" for k, v in sorted(w.items()))
    return ('"""How much each signal of app/review.py says about a line being wrong (log-odds).\n\n'
            "Made by tests/perf/calibrate_review.py from pages with gold of our own making; run it\n"
            'again rather than editing a weight by hand.\n"""\n'
            f"FITTED_ON = {fitted!r}\n\nBIAS = {round(bias, 3)!r}\n\nWEIGHTS = {{\n{rows}}}\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--made", default="101-130", help="make_pages.py seeds to fit on")
    ap.add_argument("--md", default="131-140", help="make_pages.py seeds to fit on, pages in the Markdown style")
    ap.add_argument("--pdf", default="1-2", help="make_pdf_pages.py seeds to fit on")
    ap.add_argument("--pages", type=int, default=50, help="pages a made seed (PDF: a sixth, each extractor)")
    ap.add_argument("--check-made", default="301-312", help="made seeds to check on, not fitted")
    ap.add_argument("--check-md", default="313-316", help="Markdown-style made seeds to check on, not fitted")
    ap.add_argument("--check-pdf", default="31-32", help="PDF seeds to check on, not fitted")
    ap.add_argument("--check-dir", action="append", default=[],
                    help="a folder of pages with gold to check on as well (repeat)")
    ap.add_argument("-o", "--output", default=str(ROOT / "app" / "rules" / "review_calibration.py"))
    a = ap.parse_args(argv)
    import app.review as review
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        groups = {"made": load_pages(make_pages(tmp / "fit", seeds(a.made), [], a.pages)),
                  "md": load_pages(make_pages(tmp / "fit", [], [], a.pages, seeds(a.md))),
                  "pdf": load_pages(make_pages(tmp / "fit", [], seeds(a.pdf), a.pages))}
        fit_pages = [p for pages in groups.values() for p in pages]
        n, wrong = examples(fit_pages)
        bias, w = fit(n, wrong)
        Path(a.output).write_text(table_source(bias, w, a, n, wrong), encoding="utf-8")
        review.weights = lambda: (bias, w)
        for name, pages in groups.items():
            if pages:
                report(f"{name} (fitted)", pages)
        for label, made, md, pdf in (("made (not fitted)", a.check_made, "", ""), ("md (not fitted)", "", a.check_md, ""),
                                     ("pdf (not fitted)", "", "", a.check_pdf)):
            if made or md or pdf:
                report(label, load_pages(make_pages(tmp / label.split()[0], seeds(made), seeds(pdf), a.pages, seeds(md))))
        for d in a.check_dir:
            report(d, load_pages([Path(d)]))


if __name__ == "__main__":
    main()
