"""Scores the engine's folder corpus on made issues (tests/data/issues/make_issues.py).

    python tests/data/issues/measure_links.py DIR [--show] [--cli]

For each issue folder of DIR (pages ``*.txt``, its gold ``DIR/<issue>.gold.jsonl``) the
pages are reflowed by the engine, read as the corpus of the folder and joined
(:func:`app.links.join_continuations`), and compared with the gold:

- links: each pair of consecutive parts of one article (page M's part, page N's part) is a
  link; a found link is right when its parts hold the lines a gold link joins: the last
  line of text of the gold part on M and the first line of text of the gold part on N
  (where one part ends and the other starts); recall and precision over the links. The
  stricter figure in brackets also asks for the first cited line of the gold part on M
  (its article on M cut where it should start too);
- article F1 with links counted: every pair of cited lines (page, line) in one article,
  across pages too; precision, recall and F1 of those pairs;
- jump lines left in text: blocks of the found articles whose text still holds a jump;
- for comparison, the pair F1 of the pages one by one against their own gold (the parts as
  articles of their pages): what the engine's pages give before any link.

``--show`` prints each missed or wrong link. ``--cli`` scores what ``zhengwen export ISSUE
-o X.jsonl`` writes (the command's own join), instead of joining here.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
from app import workspace  # noqa: E402
from app.corpus import build_corpus  # noqa: E402
from app.folio import page_number  # noqa: E402
from app.links import join_continuations  # noqa: E402
from app.loader import page_document, read_page  # noqa: E402
from app.rules.block_columns import line_widths  # noqa: E402

JUMP_IN_TEXT = re.compile(r"(?:下转|下接|上接|紧接|转|接|续)\s*第?\s*[A-H]?\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版")


def engine_pages(folder):
    """The folder's pages as page entries of the corpus set, with the engine's corpus."""
    pages = []
    for entry in workspace.scan(folder):
        src, lines = read_page(entry.path)
        corpus = build_corpus(page_document(src, lines, explain=False))
        number = page_number(src.text, entry.rel)
        pages.append({"page": entry.rel, "page_status": "new", "corpus": corpus,
                      "widths": line_widths(lines),      # as the folder export gives them
                      **({"number": number.text()} if number else {})})
    return pages


def articles_of(pages):
    """Each article of the joined pages as [(page, set of lines)] by part, in block order."""
    out = []
    for e in pages:
        for a in e["corpus"]["articles"]:
            out.append(parts_of(a, e["page"]))
    return out


def parts_of(article, page):
    """[(page, the lines cited there)] of an article, its pages in the order its text comes."""
    parts = {}
    head = ("kicker", "headline", "subtitle", "byline")   # a later part's credit joins the header
    for b in [b for b in article["blocks"] if b["type"] not in head] + [b for b in article["blocks"] if b["type"] in head]:
        parts.setdefault(b.get("page", page), set()).update(b.get("lines", []), b.get("split_of", []))
    return list(parts.items())


def links_in(arts):
    """(page M, lines of M's part, page N, lines of N's part) for consecutive parts."""
    return [(a[i][0], a[i][1], a[i + 1][0], a[i + 1][1]) for a in arts for i in range(len(a) - 1)]


def gold_links(articles):
    """(page M, last line of text on M, first line of text on N, page N, first cited line on M)
    of each gold link."""
    out = []
    for a in articles:
        text = [b for b in a["blocks"] if b["type"] not in ("kicker", "headline", "subtitle", "byline")]
        pages = list(dict.fromkeys(b.get("page", a["page"]) for b in text))
        for m, n in zip(pages, pages[1:]):
            on_m = [x for b in text if b.get("page", a["page"]) == m for x in b["lines"] + b.get("split_of", [])]
            on_n = [x for b in text if b.get("page", a["page"]) == n for x in b["lines"] + b.get("split_of", [])]
            first = min(x for b in a["blocks"] if b.get("page", a["page"]) == m for x in b["lines"] + b.get("split_of", []))
            out.append((m, max(on_m), min(on_n), n, first))
    return out


def pairs(arts):
    """{(page, line): article index} of the articles' cited lines."""
    where = {}
    for k, a in enumerate(arts):
        for pg, lines in a:
            for n in lines:
                where[(pg, n)] = k
    return where


def pair_counts(pred, gold):
    """(pairs in both, pairs found, pairs in gold): pairs of lines in one article."""
    from collections import Counter
    pw, gw = pairs(pred), pairs(gold)
    both = Counter((pw[x], gw[x]) for x in pw if x in gw)
    c2 = lambda n: n * (n - 1) // 2  # noqa: E731
    return (sum(c2(n) for n in both.values()), sum(c2(n) for n in Counter(pw.values()).values()),
            sum(c2(n) for n in Counter(gw.values()).values()))


def cli_articles(folder):
    """The articles ``zhengwen export FOLDER -o X.jsonl`` writes, as :func:`articles_of`."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "x.jsonl"
        subprocess.run([sys.executable, "-m", "app", "export", str(folder), "-o", str(out)], cwd=ROOT,
                       check=True, capture_output=True)
        return [parts_of(a, a["page"]) for a in map(json.loads, out.read_text(encoding="utf-8").splitlines())], \
            [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def measure(folder, gold_path, show=False, cli=False):
    records = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = [parts_of(a, a["page"]) for a in records]
    pages = engine_pages(folder)
    joined = join_continuations(pages)
    pred = articles_of(joined)
    if cli:
        pred, written = cli_articles(folder)
        joined = [{"page": "", "corpus": {"articles": written}}]
    # the same figure for the pages one by one, without links: what the page's engine gives
    alone = pair_counts(articles_of(pages), [parts_of(a, e["page"]) for e in pages for a in json.loads(
        (folder / (e["page"][:-4] + ".gold.json")).read_text(encoding="utf-8"))["articles"]])
    glinks, plinks = gold_links(records), links_in(pred)

    def match(p, g, strict=False):
        return (p[0] == g[0] and p[2] == g[3] and g[1] in p[1] and g[2] in p[3]
                and (not strict or g[4] in p[1]))

    found = sum(any(match(p, g) for p in plinks) for g in glinks)
    right = sum(any(match(p, g) for g in glinks) for p in plinks)
    strict = sum(any(match(p, g, True) for p in plinks) for g in glinks)
    if show:
        for g in glinks:
            if not any(match(p, g) for p in plinks):
                print(f"  missed {folder.name}: {g[0]} {g[1]} -> {g[3]} {g[2]}")
        for p in plinks:
            if not any(match(p, g) for g in glinks):
                print(f"  wrong  {folder.name}: {p[0]} {max(p[1])} -> {p[2]} {min(p[3])}")
    left = sum(1 for e in joined for a in e["corpus"]["articles"] for b in a["blocks"] if JUMP_IN_TEXT.search(b["text"]))
    return {"gold_links": len(glinks), "found_links": len(plinks), "recall_hits": found, "precision_hits": right,
            "strict_hits": strict,
            "pairs": pair_counts(pred, gold), "alone": alone, "jumps_in_text": left}


def main(argv):
    root = Path(argv[0])
    show = "--show" in argv
    cli = "--cli" in argv
    tot = {"gold_links": 0, "found_links": 0, "recall_hits": 0, "precision_hits": 0, "strict_hits": 0,
           "jumps_in_text": 0}
    both = found = gold = 0
    a_both = a_found = a_gold = 0
    issues = sorted(d for d in root.iterdir() if d.is_dir() and (root / (d.name + ".gold.jsonl")).exists())
    for d in issues:
        r = measure(d, root / (d.name + ".gold.jsonl"), show, cli)
        for k in tot:
            tot[k] += r[k]
        b, f, g = r["pairs"]
        both, found, gold = both + b, found + f, gold + g
        a_both, a_found, a_gold = a_both + r["alone"][0], a_found + r["alone"][1], a_gold + r["alone"][2]
        print(f"{d.name}: links {r['recall_hits']}/{r['gold_links']} found, {r['precision_hits']}/{r['found_links']} right;"
              f" pair F1 {2 * b / (f + g):.4f}; jumps in text {r['jumps_in_text']}")
    p, rc = both / found, both / gold
    print(f"TOTAL {len(issues)} issues: links recall {tot['recall_hits'] / max(1, tot['gold_links']):.4f}"
          f" ({tot['recall_hits']}/{tot['gold_links']}; {tot['strict_hits']} with the first part whole), precision {tot['precision_hits'] / max(1, tot['found_links']):.4f}"
          f" ({tot['precision_hits']}/{tot['found_links']}); article pairs P {p:.4f} R {rc:.4f} F1 {2 * p * rc / (p + rc):.4f};"
          f" jump lines left in text {tot['jumps_in_text']}")
    print(f"      pages alone, no links (each part an article of its page): article pairs F1"
          f" {2 * a_both / (a_found + a_gold):.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
