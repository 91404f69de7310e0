"""Pages of our own making, to test the engine away from the dev pages it was built on.

    python tests/perf/make_pages.py OUT_DIR [COUNT] [--seed N] [--styles pdf,plain,md] [--golds DIR]

Takes the articles of the dev gold files and prints them again the way the damaged pages
are printed: hard-wrapped at a column width drawn per article (13-25 cells, sometimes
changing inside an article), the first-line indent lost, punctuation squeezed onto the
line end, some lines letter-spaced, spaces around numbers, a blank line after every line
(PDF style) or none (plain style, some with full-width indents), header blocks before or
after their bodies in a random article order, page furniture. Writes NAME.txt and the
matching NAME.gold.json, so ``shared/eval/evaluate.py OUT_DIR`` scores the engine on them.
--styles draws each page's style from the list given instead (default: pdf twice as often
as plain, as before); "md" prints a page as a Markdown export does: a paragraph a line,
marked headlines and subheadings, a blank line between blocks.
"""
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from app.rules.chars import NO_LINE_END, NO_LINE_START, width  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"
FURNITURE_TOP = ["2025年11月18日  星期二  第5版", "湘江日报  2025年12月3日  星期三", "第7版  县域经济"]
SECTIONS = ["综合新闻", "县域经济"]


def load_articles(golds=None):
    """The articles with a headline in ``golds`` (gold files; the dev set's by default),
    each headline once."""
    seen, arts = set(), []
    for g in sorted(DEV.glob("*.gold.json")) if golds is None else golds:
        for a in json.loads(g.read_text(encoding="utf-8"))["articles"]:
            key = a.get("headline") or a["blocks"][0]["text"][:10]
            if key in seen or not a.get("headline"):
                continue
            seen.add(key)
            arts.append(a)
    return arts


def wrap(text, w, rng, indent_cells=2.0):
    """Hard-wrap a paragraph at ``w`` cells, first line ``indent_cells`` short, letting a
    character that may not start a line squeeze onto the end of the one before, and moving
    an opening mark that would end a line down to the next (as typesetters do)."""
    lines, cur, cap = [], "", w - indent_cells
    i = 0
    while i < len(text):
        c = text[i]
        pair = text[i:i + 2] if text[i:i + 2] in ("——", "……") else c
        if cur and width(cur + pair) > cap and not (c in NO_LINE_START and width(cur + pair) <= cap + 1.5):
            carry = ""
            if len(cur) > 1 and cur[-1] in NO_LINE_END:
                cur, carry = cur[:-1], cur[-1]
            lines.append(cur)
            cur, cap = carry, w
        cur += pair
        i += len(pair)
    if cur:
        lines.append(cur)
    return lines


def damage(line, rng, spaced_numbers):
    if spaced_numbers:
        line = re.sub(r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])", r" \1 ", line)
    return line


def letter_space(line):
    """Justification spreads the ideographs; runs of digits and Latin stay together."""
    out = ""
    for c in line:
        if out and not (out[-1].isascii() and out[-1].isalnum() and c.isascii() and c.isalnum()):
            out += " "
        out += c
    return out


def pad_names(names):
    return " ".join(n[0] + " " + n[1] if len(n) == 2 else n for n in names)


def md_lines(text, rng, ascii_marks):
    """A paragraph as a Markdown export prints it: one line, sometimes broken once at a
    stray place (a blank line between the pieces), sometimes with ASCII commas and colons."""
    if ascii_marks:
        text = text.translate(str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?"}))
    if len(text) > 30 and rng.random() < 0.15:
        cut = rng.randint(10, len(text) - 10)
        return [text[:cut], text[cut:]]
    return [text]


def make_page(arts, rng, style):
    out = []          # (text, tight_to_previous)
    gold_arts, dropped = [], []
    spaced_numbers = rng.random() < 0.5
    indent = style == "plain" and rng.random() < 0.4

    ascii_marks = style == "md" and rng.random() < 0.5

    def emit(text, tight=False):
        if style in ("pdf", "md") and out and not tight:
            out.append(("", False))
        out.append((text, tight))
        return sum(1 for _ in out)

    for f in rng.sample(FURNITURE_TOP, rng.randint(1, 2)):
        dropped.append({"type": "noise", "text": f, "lines": [emit(f)]})
    if rng.random() < 0.5:
        s = rng.choice(SECTIONS)
        dropped.append({"type": "noise", "text": s, "lines": [emit(s)]})
    after = rng.random() < 0.5
    for a in rng.sample(arts, min(len(arts), rng.randint(2, 4))):
        blocks = []
        w = rng.randint(13, 25)

        def header():
            first = True
            if a.get("kicker"):
                blocks.append({"type": "kicker", "text": a["kicker"], "lines": [emit(a["kicker"])]})
                first = False
            if style == "md":
                # Markdown keeps a headline on one line, marked, right under its kicker
                ls = [emit("## " + a["headline"], tight=not first)]
            else:
                parts = a["headline"].split(" ") if " " in a["headline"] and rng.random() < 0.7 else [a["headline"]]
                ls = [emit(p, tight=not (first and i == 0)) for i, p in enumerate(parts)]
            blocks.append({"type": "headline", "text": a["headline"], "lines": ls})
            if a.get("subtitle") and style == "md":
                blocks.append({"type": "subtitle", "text": a["subtitle"],
                               "lines": [emit(a["subtitle"] if rng.random() < 0.5 else "——" + a["subtitle"])]})
            elif a.get("subtitle"):
                blocks.append({"type": "subtitle", "text": a["subtitle"], "lines": [emit("——" + a["subtitle"], tight=True)]})
            if a.get("bylines"):
                blocks.append({"type": "byline", "text": " ".join(a["bylines"]), "lines": [emit(pad_names(a["bylines"]))]})

        if not after:
            header()
        for b in a["blocks"]:
            t = b["type"]
            if t in ("kicker", "headline", "subtitle", "byline"):
                continue
            if t == "paragraph" and style == "md":
                blocks.append({"type": "paragraph", "text": b["text"],
                               "lines": [emit(ln) for ln in md_lines(b["text"], rng, ascii_marks)]})
            elif t == "paragraph":
                if rng.random() < 0.1:
                    w = max(13, min(25, w + rng.choice([-6, -4, 4, 6])))
                lines = wrap(b["text"], w, rng, 0.0 if indent else 2.0)
                nums = []
                for i, ln in enumerate(lines):
                    text = damage(ln, rng, spaced_numbers)
                    if i < len(lines) - 1 and rng.random() < 0.12:
                        text = letter_space(ln)
                    if i == 0 and indent:
                        text = "\u3000\u3000" + text
                    nums.append(emit(text))
                blocks.append({"type": "paragraph", "text": b["text"], "lines": nums})
            elif t == "subheading" and style == "md":
                marked = ("### " + b["text"]) if rng.random() < 0.6 else ("**" + b["text"] + "**")
                blocks.append({"type": t, "text": b["text"], "lines": [emit(marked)]})
            elif t in ("subheading", "caption"):
                blocks.append({"type": t, "text": b["text"], "lines": [emit(b["text"])]})
        if after:
            header()
        gold_arts.append({"id": len(gold_arts) + 1, "kicker": a.get("kicker"), "headline": a["headline"],
                          "subtitle": a.get("subtitle"), "bylines": a.get("bylines", []), "blocks": blocks})
    if rng.random() < 0.5:
        dropped.append({"type": "noise", "text": "- 7 -", "lines": [emit("- 7 -")]})
    text = "\n".join(t for t, _ in out) + "\n"
    gold = {"format": "reflow-corpus", "version": 1,
            "source": {"name": "", "sha256": "", "encoding": "utf-8", "lines": len(out)},
            "articles": gold_arts, "dropped": dropped}
    return text, gold


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    if "--seed" in argv:
        args.remove(str(seed))
    out = Path(args[0])
    count = int(args[1]) if len(args) > 1 else 12
    styles = argv[argv.index("--styles") + 1].split(",") if "--styles" in argv else None
    if styles:
        args.remove(",".join(styles))
    golds = None
    if "--golds" in argv:       # articles of other gold files (e.g. tests/heldout) than the dev set's
        golds = argv[argv.index("--golds") + 1]
        args.remove(golds)
        golds = Path(golds)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    arts = load_articles(sorted(golds.glob("*.gold.json")) if golds else None)
    for i in range(count):
        style = rng.choice(styles or ["pdf", "pdf", "plain"])
        text, gold = make_page(arts, rng, style)
        name = f"own{i:02d}-{style}"
        gold["source"]["name"] = name + ".txt"
        (out / (name + ".txt")).write_text(text, encoding="utf-8")
        (out / (name + ".gold.json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{count} pages in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
