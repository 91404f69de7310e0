"""Issues of our own making: folders of pages where some articles go on on another page.

    python tests/data/issues/make_issues.py OUT_DIR [COUNT] [--seed N] [--source dev|own|mixed]

Each issue is a folder ``OUT_DIR/issueNN/`` of 2-5 pages printed the way the damaged pages
of tests/perf/make_pages.py are (hard wraps, lost indents, letter-spaced lines, spaces
around numbers, blank lines after every line or none, headers before or after their
bodies), with the page numbers printed in a running head or folio in one of the forms
papers use ("第2版", "2版", "A2", "- 7 -", "第七版") or in no line at all (then only the file
name tells: "A02.txt", "02.txt", "page-2.txt"). One to three articles of an issue go on on
a later page: the first part ends with a jump line ("（下转第2版）", "下转二版",
"〔下接十三版〕", …) on its own line or at the end of the last line, the second part starts
under a repeated short headline (or none) with a jump line back ("（上接第1版）",
"（紧接第1版）", "〔上接九版〕", "（续第1版）", …). Two parts may jump between the same two
pages, so only the repeated headline words tell them apart.

The words: ``dev`` takes the dev gold articles; ``own`` the articles of the hand-labelled
real page tests/heldout/real000 (text the rules were not written on; five articles, so its
issues are smaller); ``mixed`` (the default) draws the source per issue.

Gold, next to each issue folder:
- ``issueNN.gold.jsonl``: the folder's corpus as ``zhengwen export DIR -o X.jsonl`` writes it
  (../shared/corpus-format.md, "A corpus of many pages"): one article a line with its
  ``page``; a continued article is one line whose blocks each carry their ``page``;
- ``issueNN/<page>.gold.json`` (not ``*.txt``, so no page of the folder): each page's own
  corpus, the parts as articles of their pages and the jump lines ``dropped`` with type
  ``jump``, so ``shared/eval/evaluate.py`` can score the pages one by one.
"""
import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests" / "perf"))
import make_pages  # noqa: E402
from make_pages import damage, letter_space, pad_names, wrap  # noqa: E402

CN = "〇一二三四五六七八九"
SECTIONS = ["要闻", "综合新闻", "县域经济", "民生", "经济", "文化", "时政", "专版"]
DATES = ["2025年11月18日  星期二", "2025年12月3日  星期三", "2026年1月9日  星期五"]
PAPERS = ["湘江日报", "潇湘晚报", "沅水日报"]
# jump lines: {n} Arabic, {c} Chinese numerals, {L} the section letter or nothing
TO_FORMS = ["（下转第{n}版）", "（转第{n}版）", "下转{c}版", "〔下接{c}版〕", "(下转第{n}版)", "［下转{n}版］",
            "【下转第{n}版】", "（下转{c}版）", "（转{L}{n}版）", "〔转第{c}版〕"]
FROM_FORMS = ["（上接第{n}版）", "（紧接第{n}版）", "〔上接{c}版〕", "（续第{n}版）", "(上接第{n}版)",
              "（接第{n}版）", "（上接{L}{n}版）", "［上接{c}版］", "（紧接{c}版）", "〔续第{n}版〕"]
NAME_FORMS = ["{L}{n:02d}.txt", "{n:02d}.txt", "page-{n}.txt", "p{n}.txt", "{n}.txt"]


def chinese(n):
    """
    >>> [chinese(n) for n in (1, 9, 10, 13, 20, 24)]
    ['一', '九', '十', '十三', '二十', '二十四']
    """
    if n < 10:
        return CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def dev_articles():
    out = []
    for a in make_pages.load_articles():
        body = [(b["type"], b["text"]) for b in a["blocks"] if b["type"] in ("paragraph", "subheading", "caption")]
        out.append({"kicker": a.get("kicker"), "headline": a["headline"], "subtitle": a.get("subtitle"),
                    "bylines": a.get("bylines", []), "body": body})
    return out


def own_articles():
    """The articles of the hand-labelled real page tests/heldout/real000 (text the rules
    were not written on): four with a headline, one without (printed whole only)."""
    gold = json.loads((ROOT / "tests" / "heldout" / "real000.gold.json").read_text(encoding="utf-8"))
    out = []
    for a in gold["articles"]:
        body = [(b["type"], b["text"]) for b in a["blocks"] if b["type"] in ("paragraph", "subheading", "caption")]
        out.append({"kicker": a.get("kicker"), "headline": a.get("headline"), "subtitle": a.get("subtitle"),
                    "bylines": a.get("bylines", []), "body": body})
    return out


class Printer:
    """One page being printed: its lines, and the gold blocks that cite them."""

    def __init__(self, rng, style):
        self.rng, self.style = rng, style
        self.out = []
        self.spaced_numbers = rng.random() < 0.5
        self.indent = style == "plain" and rng.random() < 0.4
        self.articles, self.dropped = [], []

    def emit(self, text, tight=False):
        if self.style == "pdf" and self.out and not tight:
            self.out.append("")
        self.out.append(text)
        return len(self.out)

    def noise(self, text, kind="noise", **extra):
        self.dropped.append({"type": kind, "text": text, "lines": [self.emit(text)], **extra})

    def header(self, a, blocks):
        first = True
        if a.get("kicker"):
            blocks.append({"type": "kicker", "text": a["kicker"], "lines": [self.emit(a["kicker"])]})
            first = False
        if not a["headline"]:
            return           # an article printed without a header
        parts = a["headline"].split(" ") if " " in a["headline"] and self.rng.random() < 0.7 else [a["headline"]]
        ls = [self.emit(p, tight=not (first and i == 0)) for i, p in enumerate(parts)]
        blocks.append({"type": "headline", "text": a["headline"], "lines": ls})
        if a.get("subtitle"):
            blocks.append({"type": "subtitle", "text": a["subtitle"],
                           "lines": [self.emit("——" + a["subtitle"], tight=True)]})
        if a.get("bylines"):
            blocks.append({"type": "byline", "text": " ".join(a["bylines"]),
                           "lines": [self.emit(pad_names(a["bylines"]))]})

    def body(self, body, blocks, w, lead=None, tail=None):
        """Print the body blocks; ``lead``/``tail``: a jump printed before the first line /
        after the last line of a paragraph (then it is part of that line), or None."""
        rng = self.rng
        for i, (t, text) in enumerate(body):
            if t != "paragraph":
                blocks.append({"type": t, "text": text, "lines": [self.emit(text)]})
                continue
            if rng.random() < 0.1:
                w = max(13, min(25, w + rng.choice([-6, -4, 4, 6])))
            lines = wrap(text, w, rng, 0.0 if self.indent else 2.0)
            nums = []
            for k, ln in enumerate(lines):
                out = damage(ln, rng, self.spaced_numbers)
                if k < len(lines) - 1 and rng.random() < 0.12:
                    out = letter_space(ln)
                if k == 0 and self.indent:
                    out = "\u3000\u3000" + out
                if k == 0 and i == 0 and lead:
                    out = lead + out
                if k == len(lines) - 1 and i == len(body) - 1 and tail:
                    out = out + tail
                nums.append(self.emit(out))
            blocks.append({"type": "paragraph", "text": text, "lines": nums})
        return blocks


def jump_text(rng, forms, n, letter):
    form = rng.choice(forms if letter else [f for f in forms if "{L}" not in f])
    return form.format(n=n, c=chinese(n), L=letter)


def short_headline(rng, headline):
    """The repeated headline over a continued part: the whole, one phrase, or its start."""
    parts = headline.split(" ")
    x = rng.random()
    if x < 0.35:
        return headline
    if x < 0.7 and len(parts) > 1:
        return rng.choice(parts)
    clean = headline.replace(" ", "")
    return clean[:rng.randint(min(6, len(clean)), min(10, len(clean)))]


def plan_issue(rng, arts):
    """Pages (each a list of items: an article whole, or a part of one) of one issue."""
    n_pages = rng.randint(2, 5 if len(arts) > 8 else 3)
    pages = [[] for _ in range(n_pages)]
    pool = list(arts)
    rng.shuffle(pool)
    n_cont = rng.randint(1, 3)
    for c in range(n_cont):
        headed = [x for x in pool if x.get("headline")]
        if not headed:
            break
        a = headed[-1]
        pool.remove(a)
        paras = [k for k, (t, _) in enumerate(a["body"]) if t == "paragraph"]
        if len(paras) < 2:
            continue
        m = 0 if rng.random() < 0.6 else rng.randrange(n_pages - 1)
        # two parts from one page to the same page now and then: the headline words decide
        n = m + 1 if rng.random() < 0.5 else rng.randrange(m + 1, n_pages)
        cut = rng.choice(paras[1:])
        mid = rng.random() < 0.4 and len(a["body"][cut - 1][1]) > 40 and a["body"][cut - 1][0] == "paragraph"
        pages[m].append(("first", a, cut, mid, n))
        pages[n].append(("second", a, cut, mid, m))
    for p in range(n_pages):
        for _ in range(rng.randint(1, 3) if pages[p] else rng.randint(1 if len(arts) < 8 else 2, 3)):
            if pool:
                pages[p].append(("whole", pool.pop()))
        rng.shuffle(pages[p])
    return pages


def split_body(a, cut, mid, rng):
    """The body of the first and second parts; ``mid``: the cut falls inside a paragraph
    (at a sentence end), each piece a paragraph of its page."""
    body = list(a["body"])
    first, second = body[:cut], body[cut:]
    if mid:
        text = first[-1][1]
        ends = [m.end() for m in re.finditer(r"[。！？]”?", text) if 10 < m.end() < len(text) - 10]
        if ends:
            k = rng.choice(ends)
            first[-1] = ("paragraph", text[:k])
            second.insert(0, ("paragraph", text[k:]))
    captions = [b for b in first if b[0] == "caption"]
    first = [b for b in first if b[0] != "caption"]
    return first + captions, second


def print_page(rng, style, number, letter, head_form, items, cont):
    """Print one page; returns its text, its own gold corpus, and its articles (with the
    key of each part of a continued article)."""
    pr = Printer(rng, style)
    n_txt = f"{letter}{number}"
    section = rng.choice(SECTIONS)
    if head_form == "date":
        pr.noise(f"{rng.choice(DATES)}  第{number}版")
    elif head_form == "paper":
        pr.noise(f"{rng.choice(PAPERS)}  {rng.choice(DATES)}")
        pr.noise(f"第{chinese(number)}版  {section}")
    elif head_form == "short":
        pr.noise(f"{section}  {number}版")
    elif head_form == "letter":
        pr.noise(f"{n_txt}  {section}" if rng.random() < 0.5 else f"{section}  {n_txt}")
    elif head_form == "section":
        pr.noise(section)
    after = rng.random() < 0.4
    keys = []
    for item in items:
        blocks = []
        w = rng.randint(13, 25)
        kind, a = item[0], item[1]
        if kind == "whole":
            if not after:
                pr.header(a, blocks)
            pr.body(a["body"], blocks, w)
            if after:
                pr.header(a, blocks)
            key = None
        elif kind == "first":
            _, _, cut, mid, to = item
            first, _ = split_body(a, cut, mid, random.Random(a["headline"]))
            jump = jump_text(rng, TO_FORMS, cont[to][0], cont[to][1])
            inline = first[-1][0] == "paragraph" and rng.random() < 0.3
            # the header above its part, or after it (the jump line still ends the text)
            if not after:
                pr.header(a, blocks)
            pr.body(first, blocks, w, tail=jump if inline else None)
            if inline:
                pr.dropped.append({"type": "jump", "text": jump, "lines": [], "split_of": [blocks[-1]["lines"][-1]],
                                   "to_page": cont[to][0]})
            else:
                pr.noise(jump, "jump", to_page=cont[to][0])
            if after:
                pr.header(a, blocks)
            key = ("first", a["headline"])
        else:
            _, _, cut, mid, frm = item
            _, second = split_body(a, cut, mid, random.Random(a["headline"]))
            jump = jump_text(rng, FROM_FORMS, cont[frm][0], cont[frm][1])
            head = rng.random() < 0.8
            if head:
                short = short_headline(rng, a["headline"])
                blocks.append({"type": "headline", "text": short, "lines": [pr.emit(short)]})
            inline = rng.random() < 0.25
            if not inline:
                pr.noise(jump, "jump", from_page=cont[frm][0])
            pr.body(second, blocks, w, lead=jump if inline else None)
            if inline:
                first_line = next(b for b in blocks if b["type"] == "paragraph")["lines"][0]
                pr.dropped.append({"type": "jump", "text": jump, "lines": [first_line], "from_page": cont[frm][0]})
                # the line's text piece cites it under split_of: the jump is its first piece
                for b in blocks:
                    if first_line in b["lines"]:
                        b["lines"].remove(first_line)
                        b["split_of"] = [first_line]
            key = ("second", a["headline"])
        heads = {b["type"]: b["text"] for b in blocks if b["type"] in ("kicker", "headline", "subtitle")}
        pr.articles.append({"id": len(pr.articles) + 1, "kicker": heads.get("kicker"),
                            "headline": heads.get("headline"), "subtitle": heads.get("subtitle"),
                            "bylines": list(a["bylines"]) if kind != "second" and a.get("bylines") else [],
                            "blocks": _ordered(blocks)})
        keys.append(key)
    if head_form == "folio":
        pr.noise(f"- {number} -")
    text = "\n".join(pr.out) + "\n"
    corpus = {"format": "reflow-corpus", "version": 1,
              "source": {"name": "", "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                         "encoding": "utf-8", "lines": len(pr.out)},
              "articles": pr.articles, "dropped": pr.dropped}
    return text, corpus, keys


_RANK = {"kicker": 0, "headline": 1, "subtitle": 2, "byline": 3}


def _ordered(blocks):
    """Header blocks first (kicker, headline, subtitle, byline), then the body in source order."""
    head = sorted([b for b in blocks if b["type"] in _RANK], key=lambda b: _RANK[b["type"]])
    body = sorted([b for b in blocks if b["type"] not in _RANK], key=lambda b: min(b["lines"] + b.get("split_of", [])))
    return head + body


def make_issue(rng, arts):
    """(pages as [(file name, text, page corpus)], the folder's JSONL lines)."""
    plan = plan_issue(rng, arts)
    n = len(plan)
    letter = "A" if rng.random() < 0.3 else ""
    start = 1 if rng.random() < 0.7 else rng.choice([5, 9, 11])     # a section of an issue
    forms = ["date", "paper", "short", "folio", "section", "none"] + (["letter"] * 3 if letter else [])
    name_forms = [f for f in NAME_FORMS if letter or "{L}" not in f]
    name_form = rng.choice(name_forms)
    cont = [(start + p, letter) for p in range(n)]
    style = rng.choice(["pdf", "pdf", "plain"])
    pages, parts = [], {}
    for p, items in enumerate(plan):
        number, _ = cont[p]
        head_form = rng.choice(forms)
        if head_form in ("section", "none") and "{n" not in name_form:
            head_form = "date"
        name = name_form.format(n=number, L=letter or "A")
        text, corpus, keys = print_page(rng, style, number, letter, head_form, items, cont)
        corpus["source"]["name"] = name
        pages.append((name, text, corpus))
        for art, key in zip(corpus["articles"], keys):
            if key:
                parts.setdefault(key[1], {})[key[0]] = (name, art)
    jsonl = []
    joined_second = {}     # page name -> ids of the parts that go into an article of another page
    for pr in parts.values():
        joined_second.setdefault(pr["second"][0], set()).add(pr["second"][1]["id"])
    for name, text, corpus in pages:
        sha = corpus["source"]["sha256"]
        for art in corpus["articles"]:
            if art["id"] in joined_second.get(name, ()):
                continue
            line = {**art, "source": corpus["source"], "page": name, "page_status": "new", "page_sha256": sha}
            h = next((h for h, pr in parts.items() if pr["first"][0] == name and pr["first"][1] is art), None)
            if h is not None:
                sname, second = parts[h]["second"]
                line["blocks"] = ([{**b, "page": name} for b in art["blocks"]]
                                  + [{**b, "page": sname} for b in second["blocks"] if b["type"] not in _RANK])
            jsonl.append(line)
    return pages, jsonl


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    source = argv[argv.index("--source") + 1] if "--source" in argv else "mixed"
    for v in (str(seed), source):
        if v in args:
            args.remove(v)
    out = Path(args[0])
    count = int(args[1]) if len(args) > 1 else 10
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    dev = dev_articles()
    if not dev and source != "own":
        raise SystemExit("the dev articles (../shared/eval/dev) are not here: use --source own")
    for i in range(count):
        src = source if source != "mixed" else rng.choice(["dev", "own"])
        arts = dev if src == "dev" else own_articles()
        pages, jsonl = make_issue(rng, arts)
        folder = out / f"issue{i:02d}-{src}"
        if folder.exists() and any(folder.iterdir()):
            raise SystemExit(f"{folder} already holds pages")
        folder.mkdir(parents=True, exist_ok=True)
        for name, text, corpus in pages:
            (folder / name).write_text(text, encoding="utf-8")
            (folder / (name[:-4] + ".gold.json")).write_text(json.dumps(corpus, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
        (out / f"{folder.name}.gold.jsonl").write_text(
            "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in jsonl), encoding="utf-8")
    print(f"{count} issues in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
