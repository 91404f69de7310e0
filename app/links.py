"""Articles that go on on another page: the links between their parts, and the join.

A page of a folder is given as the corpus-set form of ../shared/corpus-format.md holds it,
``{"page": "A01.txt", "page_status": …, "corpus": {…}}``, with three optional keys:
``number`` (the page's number as text, "2" or "A2", when the caller read it from the page
or a person set it; else it is read from the running head among the corpus's dropped lines,
then from the file name: :mod:`app.folio`), ``links`` (a person's decisions, from the
page's session: :func:`person_links`) and ``widths`` (the width of each line the corpus
cites, :func:`app.rules.block_columns.line_widths`: where the column changes, the join
cuts a part's end more readily, :mod:`app.part_ends`).

:func:`suggest_links` pairs each jump on ("（下转第2版）") with a jump back ("（上接第1版）")
on the page it names, by the repeated headline's words where several could pair;
:func:`links_of` puts a person's decisions over the suggestions; :func:`join_continuations`
makes each chain of linked parts one article. Everything here is pure: pages in, pages
or links out.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from .folio import PageNumber, number_in_line, number_in_name

HEADER_TYPES = ("kicker", "headline", "subtitle", "byline")
REPEATED = ("kicker", "headline", "subtitle")   # printed again over a part: not said twice
_HAN = re.compile(r"[\u3400-\u9fff]")

# confidences of the linking rules (what a person sees; they decide nothing)
PAIR, HEADLINE, ONE_SIDED, PERSON = 0.95, 0.85, 0.6, 1.0
ONE_SIDED_LEAST = 0.5      # headline likeness a link needs when only one side has a jump line
AMBIGUOUS_MARGIN = 0.15    # a choice this close to the next best is only a guess


@dataclass(frozen=True)
class Link:
    """The article numbered ``article`` on page ``page`` goes on in article ``to_article`` of
    ``to_page`` (pages by their path relative to the folder), found by ``rule``."""
    page: str
    article: int
    to_page: str
    to_article: int
    rule: str
    confidence: float


# ---- page numbers ------------------------------------------------------------------------
def page_number(entry) -> PageNumber | None:
    """The number of a page entry: its ``number`` if given, else the running head or folio
    among its dropped lines, else its file name.

    >>> page_number({"page": "A03.txt", "corpus": {"dropped": [{"type": "noise", "text": "第5版  要闻", "lines": [1]}]}})
    PageNumber(number=5, letter='', source='running-head')
    >>> page_number({"page": "A03.txt", "corpus": {"dropped": []}}).text()
    'A3'
    """
    given = entry.get("number")
    if given:
        m = re.fullmatch(r"([A-Za-z]?)0*([0-9]{1,3})", str(given).strip())
        if m:
            return PageNumber(int(m.group(2)), m.group(1).upper(), "person")
    noise = [d for d in entry["corpus"].get("dropped", []) if d.get("type") == "noise"]
    noise.sort(key=lambda d: min(d.get("lines") or d.get("split_of") or [0]))
    for d in noise:
        found = number_in_line(d.get("text", ""))
        if found:
            return found
    return number_in_name(entry["page"])


def same_page(number: PageNumber, target: int, letter: str, own: PageNumber) -> bool:
    """Is the page numbered ``number`` the one a jump names (``target``, ``letter``), the
    jump printed on the page numbered ``own``? A jump without a letter stays in its own
    page's section ("下转第2版" on A1 is A2, not B2).

    >>> a1, a2, b2 = PageNumber(1, "A"), PageNumber(2, "A"), PageNumber(2, "B")
    >>> same_page(a2, 2, "", a1), same_page(b2, 2, "", a1), same_page(b2, 2, "B", a1), same_page(PageNumber(2), 2, "", a1)
    (True, False, True, True)
    """
    letter = letter or own.letter
    return number.number == target and (not letter or not number.letter or number.letter == letter)


def _named(numbers, p, number, letter):
    """The other pages of page p's folder (one folder, one issue) that a jump on p printing
    ``number`` and ``letter`` names (``numbers``: each page's :class:`PageNumber` or None)."""
    own = numbers[p]
    if own is None:
        return []
    folder = p.rpartition("/")[0]
    return [q for q, nq in numbers.items() if q != p and nq is not None
            and q.rpartition("/")[0] == folder and same_page(nq, number, letter, own)]


# ---- which pages may join ------------------------------------------------------------------
def takes_part(entry) -> bool:
    """May this page join another by itself: does it hold a jump line or a person's link?
    (A page with neither joins only when one of those names it: :func:`named_pages`.)

    >>> takes_part({"page": "a.txt", "corpus": {"dropped": [{"type": "noise", "text": "第2版"}]}})
    False
    >>> takes_part({"page": "a.txt", "corpus": {"dropped": [{"type": "jump", "text": "（下转第2版）"}]}})
    True
    """
    return bool(entry.get("links")) or any(d.get("type") == "jump" for d in entry["corpus"].get("dropped", ()))


def named_pages(entries, numbers) -> set:
    """The pages that the jump lines and a person's links of ``entries`` name (``numbers``:
    each page of the folder with its :class:`PageNumber` or None). With them, ``entries``
    are every page a join can touch: :func:`join_continuations` of those alone joins as of
    the whole folder."""
    out = set()
    for e in entries:
        p = e["page"]
        out.update(d["to_page"] for d in e.get("links") or () if d.get("to_page") in numbers)
        for direction in ("to", "from"):
            for _, number, letter in _jumps(e, direction):
                out.update(_named(numbers, p, number, letter))
    return out


def loose_ends(entries) -> dict[str, tuple[list, set]]:
    """What the pages ``entries`` (after :func:`join_continuations`) still point at: for each
    page, the (number, letter) of the jump lines of its articles that were not joined, and
    the pages a person's links on it name; pages that point at nothing are left out."""
    out = {}
    for e in entries:
        p = e["page"]
        alone = {a["id"] for a in e["corpus"].get("articles", []) if all(b.get("page", p) == p for b in a["blocks"])}
        jumps = [(number, letter) for direction in ("to", "from")
                 for aid, number, letter in _jumps(e, direction) if aid in alone]
        linked = {d["to_page"] for d in e.get("links") or () if d.get("to_page")}
        if jumps or linked:
            out[p] = (jumps, linked)
    return out


def parts_cut(loose, numbers, left_out) -> dict[str, list[str]]:
    """Which pages an export leaves out hold the other part of a part it exports: ``{page:
    [left-out pages]}`` for the pages of ``loose`` (:func:`loose_ends`) whose unjoined jump
    lines or a person's links name a page of ``left_out`` (``{page: PageNumber or None}``:
    the folder's pages not exported, e.g. not done; ``numbers``: the exported pages')."""
    everyone = {**numbers, **left_out}
    cut = {}
    for p, (jumps, linked) in loose.items():
        names = {q for q in linked if q in left_out}
        for number, letter in jumps:
            names.update(q for q in _named(everyone, p, number, letter) if q in left_out)
        if names:
            cut[p] = sorted(names)
    return cut


# ---- suggesting --------------------------------------------------------------------------
def _jumps(entry, direction):
    """(article number, the page number it points to, letter) of each jump of a page."""
    key = "to_page" if direction == "to" else "from_page"
    return [(d["article"], d[key], d.get("page_letter", "")) for d in entry["corpus"].get("dropped", [])
            if d.get("type") == "jump" and key in d and "article" in d]


def han_text(text):
    """The ideographs of ``text``, joined (the marks and Latin between them dropped).

    >>> han_text("3月，“东城”a区")
    '月东城区'
    """
    return "".join(_HAN.findall(text or ""))


def han_bigrams(text):
    """The bigrams of :func:`han_text`: what the likeness of two parts counts.

    >>> sorted(han_bigrams("东城，区"))
    ['东城', '城区']
    """
    han = han_text(text)
    return {han[i:i + 2] for i in range(len(han) - 1)}


def headline_bigrams(art):
    """The bigrams of an article's kicker, headline and subtitle."""
    return han_bigrams(" ".join(t for t in (art.get("kicker"), art.get("headline"), art.get("subtitle")) if t))


def _body_grams(art):
    return han_bigrams("".join(b["text"] for b in art["blocks"] if b["type"] not in HEADER_TYPES))


def likeness(first, second) -> float:
    """How alike two parts are, in [0, 2]: the share of the second part's headline bigrams
    found in the first's header, plus the share of the bodies' bigrams they share (an
    article's two parts name the same places, people and things).

    >>> a = {"headline": "聚“新”更暖心 有“为”更有力", "blocks": [{"type": "paragraph", "text": "北湖区骑手驿站"}]}
    >>> b = {"headline": "有“为”更有力", "blocks": [{"type": "paragraph", "text": "北湖区的骑手"}]}
    >>> c = {"headline": "守护“健康荷塘”", "blocks": [{"type": "paragraph", "text": "荷塘区卫健局"}]}
    >>> likeness(a, b) > 1.0 > likeness(a, c)
    True
    """
    hb = headline_bigrams(second)
    head = len(hb & headline_bigrams(first)) / len(hb) if hb else 0.0
    b1, b2 = _body_grams(first), _body_grams(second)
    body = len(b1 & b2) / min(len(b1), len(b2)) if b1 and b2 else 0.0
    return head + body


def suggest_links(pages) -> list[Link]:
    """The engine's links between the pages' articles: each jump on (page P, article a, to
    page N) paired with a jump back on a page numbered N (article b, from P's number); where
    two pages share several, the most alike pairs first. A jump whose partner is missing
    links to the article on the named page that is clearly like it."""
    issue = _Issue(pages)
    links = issue.paired()
    return links + issue.one_sided(links)


class _Issue:
    """The pages of a folder as the linking reads them: numbers, articles and jumps."""

    def __init__(self, pages):
        self.numbers = {e["page"]: page_number(e) for e in pages}
        self.arts = {e["page"]: {a["id"]: a for a in e["corpus"].get("articles", [])} for e in pages}
        self.outs = {e["page"]: _jumps(e, "to") for e in pages}
        self.ins = {e["page"]: _jumps(e, "from") for e in pages}

    def named(self, p, number, letter):
        return _named(self.numbers, p, number, letter)

    def paired(self):
        """Jumps on of P naming Q paired with jumps back of Q naming P, most alike first."""
        links = []
        for p in self.arts:
            for q in self.arts:
                o = [a for a, n, let in self.outs[p] if q in self.named(p, n, let)]
                i = [b for b, n, let in self.ins[q] if p in self.named(q, n, let)]
                if not o or not i:
                    continue
                single = len(set(o)) == 1 and len(set(i)) == 1
                for _, margin, a, b in _assign([(likeness(self.arts[p][a], self.arts[q][b]), a, b)
                                                for a in o for b in i]):
                    rule, conf = ("jump-pair", PAIR) if single else (
                        ("jump-headline", HEADLINE) if margin >= AMBIGUOUS_MARGIN else ("jump-guess", ONE_SIDED))
                    links.append(Link(p, a, q, b, rule, conf))
        return links

    def one_sided(self, links):
        """Links for the jumps left without a partner (an extraction that lost the line):
        to the clearly most alike article on the named page that has no jump itself."""
        used = ({(lk.page, lk.article) for lk in links}, {(lk.to_page, lk.to_article) for lk in links})
        out = []
        for p in self.arts:
            for a, n, let in self.outs[p]:
                self._lone(out, used, p, a, n, let, True)
        for q in self.arts:
            for b, n, let in self.ins[q]:
                self._lone(out, used, q, b, n, let, False)
        return out

    def _lone(self, out, used, p, a, number, letter, on):
        """The link of article a of page p, whose jump (on, or back) names ``number``,
        to the article of the named page most like it, if it is clearly so."""
        mine, theirs = used if on else used[::-1]
        if (p, a) in mine:
            return
        for q in self.named(p, number, letter):
            jumped = {x for x, _, _ in (self.ins if on else self.outs)[q]}
            cands = [b for b in self.arts[q] if (q, b) not in theirs and b not in jumped]
            best = _one_sided([(likeness(*((self.arts[p][a], self.arts[q][b]) if on else
                                             (self.arts[q][b], self.arts[p][a]))), b) for b in cands])
            if best is not None:
                out.append(Link(p, a, q, best, "jump-one-side", ONE_SIDED) if on else
                           Link(q, best, p, a, "jump-one-side", ONE_SIDED))
                mine.add((p, a))
                theirs.add((q, best))
                return


def _assign(scored):
    """Pairs (score, margin over the next best choice, a, b) taken best first, each a and
    each b once.

    >>> _assign([(1.5, 1, 7), (0.2, 1, 8), (0.3, 2, 7), (1.1, 2, 8)])
    [(1.5, 1.2, 1, 7), (1.1, 1.1, 2, 8)]
    """
    out, ta, tb = [], set(), set()
    for score, a, b in sorted(scored, key=lambda x: -x[0]):
        if a in ta or b in tb:
            continue
        rivals = [s for s, x, y in scored if (x == a) != (y == b) and x not in ta and y not in tb]
        out.append((score, round(score - max(rivals, default=0.0), 6), a, b))
        ta.add(a)
        tb.add(b)
    return out


def _one_sided(scored):
    """The clearly most alike candidate, or None."""
    scored = sorted(scored, reverse=True)
    if not scored or scored[0][0] < ONE_SIDED_LEAST:
        return None
    if len(scored) > 1 and scored[0][0] - scored[1][0] < AMBIGUOUS_MARGIN:
        return None
    return scored[0][1]


# ---- a person's links ----------------------------------------------------------------------
def person_links(doc) -> list[dict]:
    """A document's links as a page entry carries them: ``{"line", "to_page", "to_line"}``
    (the article citing source line ``line`` goes on in the article of ``to_page`` citing
    ``to_line``; ``to_page`` None: it goes on nowhere) or ``{"line", "from_page": None}``
    (it goes on from no other page)."""
    return [{"line": line, **value} for line, value in sorted(doc.links.items())]


def entry_extras(doc, rel) -> dict:
    """What a folder export adds to a page's entry of the corpus set before
    :func:`join_continuations` (``doc``: the page's document, from its session or the
    engine; ``rel``: its path relative to the folder): the person's links and the page's
    number: a person's correction (:class:`app.operations.SetPageNumber`), else the one
    read from its text (the running head or folio; else the file name).

    >>> from app.document import Source, blank_document
    >>> lines = ["第5版  要闻", "正文。"]
    >>> entry_extras(blank_document(Source("A03.txt", chr(10).join(lines)), lines), "A03.txt")
    {'number': '5'}
    """
    extras = {}
    number = doc.page_number or _read_number(doc, rel)
    if number is not None:
        extras["number"] = number
    if doc.links:
        extras["links"] = person_links(doc)
    return extras


def _read_number(doc, rel):
    from .folio import page_number as read_number
    number = read_number(doc.source.text, rel)
    return None if number is None else number.text()


def _article_citing(corpus, line):
    for a in corpus.get("articles", []):
        for b in a["blocks"]:
            if line in b.get("lines", ()) or line in b.get("split_of", ()):
                return a["id"]
    return None


def links_of(pages, suggested=None) -> list[Link]:
    """The links to join by: the suggestions (``suggested``, else :func:`suggest_links`)
    with a person's decisions over them, each part going on to one part and on from one."""
    suggested = suggest_links(pages) if suggested is None else suggested
    corpora = {e["page"]: e["corpus"] for e in pages}
    person, no_out, no_in = [], set(), set()
    for e in pages:
        for d in e.get("links") or ():
            a = _article_citing(e["corpus"], d.get("line"))
            if a is None:
                continue
            if "from_page" in d:
                no_in.add((e["page"], a))
            elif d.get("to_page") is None:
                no_out.add((e["page"], a))
            elif d["to_page"] in corpora:
                b = _article_citing(corpora[d["to_page"]], d.get("to_line"))
                if b is not None and (d["to_page"], b) != (e["page"], a):
                    person.append(Link(e["page"], a, d["to_page"], b, "person", PERSON))
    kept, out_taken, in_taken = [], set(), set()
    for link in person + sorted(suggested, key=lambda lk: -lk.confidence):
        src, dst = (link.page, link.article), (link.to_page, link.to_article)
        if src in out_taken or dst in in_taken or src in no_out or dst in no_in:
            continue
        if _reaches(kept, dst, src):
            continue      # a chain that comes back to itself
        kept.append(link)
        out_taken.add(src)
        in_taken.add(dst)
    return kept


def _reaches(links, start, goal):
    nxt = {(lk.page, lk.article): (lk.to_page, lk.to_article) for lk in links}
    seen = set()
    while start in nxt and start not in seen:
        seen.add(start)
        start = nxt[start]
    return start == goal


# ---- the join ------------------------------------------------------------------------------
def join_continuations(pages, links=None) -> list:
    """The pages with every chain of linked parts made one article, in the page where it
    starts: its blocks in reading order across the pages, each carrying its ``page``; the
    header lines repeated over a later part ("有“为”更有力") go to that page's ``dropped``
    (type ``noise``, ``"repeats": "headline"``), its other blocks into the article. The
    parts that went into another page's article leave their page; articles keep their ids.
    ``links``: :func:`links_of` the pages when not given. Before the join, a stretch of a
    part that holds the words of its other part at a clearly lower rate becomes an article of
    its own (:func:`app.part_ends.free_quiet_ends`). The pages given are not changed.
    """
    links = links_of(pages) if links is None else links
    if not links:
        return pages
    nxt = {(lk.page, lk.article): lk for lk in links}
    into = {(lk.to_page, lk.to_article) for lk in links}
    out = [dict(e, corpus=copy.deepcopy(e["corpus"])) for e in pages]
    by_page = {e["page"]: e for e in out}
    arts = {e["page"]: {a["id"]: a for a in e["corpus"].get("articles", [])} for e in out}
    from .part_ends import free_quiet_ends
    free_quiet_ends(links, arts, by_page)
    for e in out:
        p = e["page"]
        for a in e["corpus"].get("articles", []):
            if (p, a["id"]) in nxt and (p, a["id"]) not in into:
                _join_chain(a, p, nxt, arts, by_page)
    for e in out:
        e["corpus"]["articles"] = [a for a in e["corpus"].get("articles", []) if (e["page"], a["id"]) not in into]
    return out


def _join_chain(first, page, nxt, arts, by_page):
    """Join into ``first`` (an article of ``page``) the parts it goes on in, following the
    links ``nxt`` from part to part: the header blocks first, in header order, then the body."""
    header = [dict(b, page=page) for b in first["blocks"] if b["type"] in HEADER_TYPES]
    body = [dict(b, page=page) for b in first["blocks"] if b["type"] not in HEADER_TYPES]
    parts = [{"page": page, "id": first["id"]}]
    # the words of the first part's header: a later part's header holding none of them is not
    # that header printed again (a person may link a part that has a headline of its own)
    said = set().union(*(han_bigrams(b["text"]) for b in header if b["type"] in REPEATED))
    key, seen = (page, first["id"]), set()
    while key in nxt and key not in seen:
        seen.add(key)
        link = nxt[key]
        q, part = link.to_page, arts.get(link.to_page, {}).get(link.to_article)
        if part is None:
            break
        parts.append({"page": q, "id": part["id"], "rule": link.rule, "confidence": link.confidence})
        _take_part(first, part, q, said, (header, body), by_page)
        key = (q, part["id"])
    rank = {t: i for i, t in enumerate(HEADER_TYPES)}
    header.sort(key=lambda b: rank[b["type"]])    # stable: part order within a type
    first["blocks"] = header + body
    first["parts"] = parts


def _take_part(first, part, q, said, into, by_page):
    """Place the blocks of ``part`` (of page ``q``) in the joined article ``first``: its
    header blocks or body (``into``); a repeated header (``REPEATED``) holding the words
    ``said`` by the first part's is that header printed again, dropped as noise."""
    header, body = into
    for b in part["blocks"]:
        if b["type"] in REPEATED and not said:
            header.append(dict(b, page=q))      # the first part has none: the article's
            if first.get(b["type"]) is None:
                first[b["type"]] = b["text"]
        elif b["type"] in REPEATED and not said & han_bigrams(b["text"]):
            # a header of its own, not the first part's printed again: a head in the text
            body.append(dict(b, page=q, type="subheading"))
        elif b["type"] in REPEATED:
            by_page[q]["corpus"].setdefault("dropped", []).append(
                {"type": "noise", "text": b["text"], "lines": b["lines"], "repeats": b["type"],
                 **({"split_of": b["split_of"]} if "split_of" in b else {})})
        elif b["type"] == "byline":
            header.append(dict(b, page=q))
            first["bylines"] = first.get("bylines", []) + [n for n in part.get("bylines", [])
                                                           if n not in first.get("bylines", [])]
        else:
            body.append(dict(b, page=q))


# ---- for the window --------------------------------------------------------------------------
def continuation_notes(doc, rows, name_of=None, linked_in=None) -> tuple[list[str], list[str]]:
    """The pages an article's part comes from and goes on to, as the window notes them at its
    start and end (``rows``: the article's rows): the numbers its jump lines name, and the
    pages a person linked it to or from (``name_of(path)``: how the window names the page of
    the folder at that path, by its number; else its path; ``linked_in``: ``{line: path}``,
    the lines of this page that a person's link on the page at ``path`` goes on to). A part
    refused a link names none."""
    from .rules.jumps import parse_jump
    came, goes = [], []
    lines = set()
    for r in rows:
        lines.add(doc.src[r])
        if doc.label[r] == "noise":
            j = parse_jump(doc.current_text(r).strip())
            if j is not None:
                (goes if j.direction == "to" else came).append(j.page_text())
    for line, path in sorted((linked_in or {}).items()):
        if line in lines:
            came = [name_of(path) if name_of else path]
    for line, value in sorted(doc.links.items()):
        if line not in lines:
            continue
        if "from_page" in value:
            came = []
        elif value.get("to_page") is None:
            goes = []
        else:
            goes = [name_of(value["to_page"]) if name_of else value["to_page"]]
    return came, goes


def anchor_lines(doc, rows) -> tuple[int, int] | None:
    """The source lines a person's link is kept on for an article: its first and last lines
    of text (not noise), or None when it has none."""
    text = [r for r in rows if doc.label[r] is not None and doc.label[r] != "noise"]
    return (doc.src[text[0]], doc.src[text[-1]]) if text else None


def page_articles(path) -> list[tuple[int, str, int]]:
    """(number, headline or first words, first cited line) of each article of the page at
    ``path``, from its saved session, else from the engine's suggestions."""
    from . import store
    from .corpus import build_corpus
    from .loader import page_document, read_page
    from .session import load_session
    session = store.session_path(path)
    if session.exists():
        doc = load_session(session)
    else:
        doc = page_document(*read_page(path), explain=False)
    out = []
    for a in build_corpus(doc)["articles"]:
        lines = [n for b in a["blocks"] for n in b["lines"]]
        if not lines:
            continue
        title = a.get("headline") or next((b["text"] for b in a["blocks"]), "")[:20]
        out.append((a["id"], title, min(lines)))
    return out
