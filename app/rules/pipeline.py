"""The automatic pass over a page: label, article and paragraph end for every line, each
with the rule that decided it and a confidence.

Stages, each linear in the page:
  1. line kinds from the text alone (furniture, deck, byline, caption, kicker, title shape);
  2. header clusters (kicker/headline/deck/byline groups) around the strong signs;
  3. section heads and paragraph ends, against the local column width;
  4. articles: body segments cut at header clusters, new text frames and column changes,
     headers attached by position and by content (:mod:`.articles`).
A document's confirmed decisions are kept and used as constraints.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, count

from ..document import ARTICLE, BREAK, LABEL, Why
from . import articles as art_rules
from .chars import NO_LINE_END, width
from .chars import NO_LINE_START as NO_LINE_START_SET
from .columns import local_widths
from .kinds import is_byline, is_caption, is_deck, is_furniture, is_kicker, is_section_name
from .lines import (broken_phrase, ends_final, ends_open, han_count, is_ordinal, md_heading, run_in_head,
                    title_like)
from .names import trailing_credit
from .page import Page
from .text import dedupe_tail

_WHY = {}
FIRST_LINE_DEFICIT = 1.25  # a line this many cells short of the column lost its indent
LS_FIRST_LINE_DEFICIT = 2.0   # the same for a letter-spaced line, whose spread measures less exactly
# a line after a paragraph's end, going on, and this many cells short of its column is a
# head: a first line lacks its lost indent (2) and a squeezed mark (1) at most
HEAD_DEFICIT = 3.5
FIRST_LINE_SHORT = 4.0    # cells a first line may lack and still be a full one (indent, squeezing)
# cells a line ending in a squeezable mark is short of its column, the mark left out: a
# first line that lost its indent (2) with its last mark squeezed in past the column
SQUEEZED_FIRST_LINE = 2.0
HEAD_ON_FLUSH_PAGE = 2.0  # cells short of the column: a head, where first lines are full


def why(label_rule, label_conf, break_rule, break_conf, article_rule, article_conf):
    """Shared :class:`Why` records: a page has few distinct ones, so rows share them."""
    key = (label_rule, label_conf, break_rule, break_conf, article_rule, article_conf)
    w = _WHY.get(key)
    if w is None:
        w = _WHY[key] = Why(label_rule, round(label_conf, 2), break_rule, round(break_conf, 2),
                            article_rule, round(article_conf, 2))
    return w


# ---- stage 1: kinds -----------------------------------------------------------------------
_FURN_FIRST = frozenset("-—－–0123456789０１２３４５６７８９") | frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
_FURN_HINT = re.compile(r"版|编辑|校对|\d\s*年\s*\d|^[\s\-—－–0-9０-９]+$")
_CAPTION_END = set("）)摄片")
_KICKER_END = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳)）】]一二三四五六七八九十0123456789")
_NOT_TITLE_END = set("。！？!?…，、；：,;:（《“‘【「『(")


def kind_of(t, ls, top=False):
    """The kind of one line by its text alone (``ls``: it is letter-spaced; ``top``: only
    page furniture came before it, among the first lines): 'noise', 'deck', 'byline',
    'caption', 'kicker', 'mdh1', 'mdh3', 'title' or 'body'.

    >>> kind_of("——郴州市北湖区探索新就业群体服务管理新路径", False), kind_of("肖 畅 周红波", True)
    ('deck', 'byline')
    >>> kind_of("新时代催生新业态，新群体带", False), kind_of("来新课题。", False)
    ('title', 'body')
    >>> kind_of("综合新闻", False, top=True), kind_of("综合新闻", False)
    ('noise', 'title')
    """
    first, last, n = t[0], t[-1], len(t)
    if n <= 40 and (first in _FURN_FIRST or "版" in t or "年" in t or "编辑" in t or "校对" in t) and (
            _FURN_HINT.search(t) and is_furniture(t)):
        return "noise"
    if top and is_section_name(t):
        return "noise"
    md = md_heading(t) if first in "#*" else None
    if md:
        return "mdh1" if md[0] <= 2 else "mdh3"
    if first in "—-─－" and is_deck(t):
        return "deck"
    if (last in _CAPTION_END or first in "图上下左右") and is_caption(t):
        return "caption"
    if n <= 40 and last not in _NOT_TITLE_END and (" " in t or "记者" in t or "通讯员" in t) and is_byline(t):
        return "byline"
    if n <= 24 and (last in _KICKER_END or first in "【[“") and is_kicker(t):
        return "kicker"
    if last not in _NOT_TITLE_END and not ls and (n >= 8 and first not in NO_LINE_START_SET and not ends_final(t)
                                                  or n < 8 and title_like(t)):
        # a paragraph's last sentence with its credit ("……再升级。（杨晨 蒋虹）")
        # ends in a bracket, not in a full stop, and is still no title
        if not (last in "）)" and trailing_credit(t) is not None):
            return "title"
    return "body"


# Lines only :func:`kind_of`'s last rule (the title shape) can take: no first or last
# character, no space and no word that any other rule looks for.
_RULE_FIRST = frozenset("#*—-─－图上下左右【[“") | _FURN_FIRST
_RULE_LAST = frozenset(_CAPTION_END | _KICKER_END)
_RULE_WORDS = ("版", "编辑", "校对", "年", "记者", "通讯员")
TOP_LINES = 4   # a page's section name is printed among its first lines


def line_kinds(pg: Page):
    """:func:`kind_of` of every line: the title shape decided for whole columns at once,
    the other rules run on the few lines they could apply to."""
    t, ls = pg.t, pg.ls
    kinds = ["title" if (la not in _NOT_TITLE_END and not e
                         and (f not in NO_LINE_START_SET if n >= 8 else title_like(x))) else "body"
             for x, f, la, e, n in zip(t, pg.first, pg.last, pg.ef, map(len, t))]
    ruled = set(compress(count(), [f in _RULE_FIRST or la in _RULE_LAST or s
                                   for f, la, s in zip(pg.first, pg.last, pg.spc)]))
    for w in _RULE_WORDS:
        ruled.update(pg.lines_with(w))
    seen_text = 0
    for k in range(min(TOP_LINES, len(t))):
        kinds[k] = kd = kind_of(t[k], ls[k], top=seen_text == 0)
        seen_text += kd != "noise"
        ruled.discard(k)
    for k in ruled:
        kinds[k] = kind_of(t[k], ls[k])
    return kinds


# ---- stage 2: header clusters ----------------------------------------------------------
_ANCHORS = {"deck", "byline", "kicker", "mdh1"}


def closes(pg, kinds, k):
    """Does line k leave the next line free to start something new?"""
    if k < 0:
        return True
    kd = kinds[k]
    if kd in ("noise", "deck", "byline", "kicker", "mdh1", "mdh3", "caption"):
        return True
    t = pg.t[k]
    return ends_final(t) or t.endswith("——") or t[-1] in "）)" and trailing_credit(t) is not None


# No header block is this long; the cap keeps a page of a million short title-like lines
# linear (a run that is then cut short would otherwise be rescanned from every line).
MAX_HEADER_RUN = 40


_HEADERISH = frozenset(("title", "deck", "byline", "kicker", "mdh1"))


def header_clusters(pg: Page, kinds):
    """Clusters as (first k, last k) with per-line header labels in ``labels``.

    A cluster grows from a header-ish line over the lines that may follow it in one block
    (``ext``); only lines that could start a cluster are visited: a lone title-shaped line
    is no cluster except at the top of a Markdown page."""
    n = len(kinds)
    labels = {}
    clusters = []
    spaced, md, tight, frame, w = pg.spaced, pg.md, pg.tight, pg.frame, pg.w
    loose = not spaced or md
    # ext[x]: line x can continue a header run that reached line x - 1
    ext = [False] + [kd in _HEADERISH and not f and (kd == "byline" or kd == "deck" or ti or loose)
                     and not (kd == "title" and (pk == "deck" or pk == "byline"))
                     for kd, pk, f, ti in zip(kinds[1:], kinds, frame[1:], tight[1:])] + [False]
    brk = list(range(n + 1))   # brk[x]: the first line from x on that cannot continue a run
    for x in range(n - 1, 0, -1):
        if ext[x]:
            brk[x] = brk[x + 1]
    anchors = [k for k, kd in enumerate(kinds) if kd in _ANCHORS]
    tights = list(compress(count(), tight)) if spaced else []
    first_body = next((k for k, kd in enumerate(kinds) if kd == "body"), n)
    short = pg.body_width - 4
    starts = [k for k, kd in enumerate(kinds) if kd in _HEADERISH and (kd != "title" or ext[k + 1] or md)]
    done = -1
    for k in starts:
        if k <= done:
            continue
        j = min(brk[k + 1] - 1, k + MAX_HEADER_RUN) if k + 1 < n else k
        if not loose or md:
            pass
        else:
            # with no blank lines, body lines look like titles too: the block ends after
            # its last strong sign or its last short line, whichever comes later
            if j > k:
                a = bisect_right(anchors, j) - 1
                last = anchors[a] if a >= 0 and anchors[a] >= k else k
                r = k
                while r + 1 <= j and kinds[r + 1] == "title" and w[r + 1] <= short:
                    r += 1
                j = max(last, r) if kinds[k] == "title" and w[k] <= short or last > k else last
        done = j
        a = bisect_right(anchors, j) - 1
        anchored = a >= 0 and anchors[a] >= k
        if spaced:
            b = bisect_right(tights, j) - 1
            tight_pair = b >= 0 and tights[b] > k
        else:
            tight_pair = False
        ln = j - k + 1
        # without blank lines to tell, two or three short unpunctuated lines in a row
        # (a section head is one) are a headline
        # (a full stop inside a line makes it a paragraph's first line: headlines have none)
        short_run = (not spaced and not md and 2 <= ln <= 3
                     and all(kinds[r] == "title" and w[r] <= short and not broken_phrase(pg.t[r])
                             for r in range(k, j + 1)))
        if short_run:
            # short for the column of the text that follows, not only for the page's widest:
            # in a narrow column a paragraph's first lines are short for the page too
            after = _middle_width(pg, kinds, j + 2, 4) or _middle_width(pg, kinds, j + 1, 4)
            if after and any(w[r] > after - 4 for r in range(k, j + 1)):
                short_run = False
        page_top = md and first_body > k and kinds[k] == "title" and closes(pg, kinds, k - 1)
        if md:
            anchored = anchored and any(kinds[r] in ("mdh1", "deck", "byline") for r in range(k, j + 1))
        ok = (anchored or tight_pair or page_top or short_run) and closes(pg, kinds, k - 1)
        if ok and not md:
            # the line after a header block starts something: a paragraph, not a tail
            if j + 1 < n and pg.sc[j + 1]:
                ok = False
        if ok and all(kinds[r] == "byline" for r in range(k, j + 1)) and not _near_header(kinds, k):
            ok = pg.t[k].startswith(("本报", "记者", "通讯员", "文/", "文／"))
        if ok and ln > 3 and sum(kinds[r] == "title" for r in range(k, j + 1)) > 3:
            ok = False
        if ok:
            run = list(range(k, j + 1))
            _label_cluster(pg, kinds, run, labels)
            clusters.append((k, j))
    return clusters, labels


def _near_header(kinds, k):
    return any(kinds[x] in ("title", "deck", "kicker", "mdh1") for x in range(max(0, k - 3), k))


def _label_cluster(pg, kinds, run, labels):
    titles = [r for r in run if kinds[r] in ("title", "mdh1", "kicker")]
    head_seen = False
    for r in run:
        kd = kinds[r]
        if kd == "deck":
            labels[r] = ("subtitle", "dash-deck", 0.95)
        elif kd == "byline":
            labels[r] = ("byline", "names", 0.9)
        elif kd == "kicker" and r == titles[0] and len(titles) > 1:
            labels[r] = ("kicker", "series-tag", 0.85)
        elif kd == "mdh1":
            labels[r] = ("headline", "md-heading", 0.95)
            head_seen = True
        else:
            if pg.md and head_seen:
                labels[r] = ("subtitle", "md-line-after-headline", 0.8)
            elif pg.md and r + 1 < len(kinds) and kinds[r + 1] == "mdh1" and r == titles[0]:
                labels[r] = ("kicker", "md-line-before-headline", 0.8)
            else:
                labels[r] = ("headline", "title-in-cluster", 0.85)
                head_seen = True
    # without a dash, a last title line much wider than the headline is the deck
    heads = [r for r in run if labels[r][0] == "headline"]
    has_deck = any(labels[r][0] == "subtitle" for r in run)
    if not has_deck and len(heads) >= 2:
        # a two-line headline is a pair of short phrases of one size; otherwise the last
        # line is the deck
        last, prev = heads[-1], heads[-2]
        # (an OCR-doubled tail, "协同育人育人", can make the first line a few cells longer)
        if abs(pg.w[last] - pg.w[prev]) > 3 or pg.w[last] > 13:
            labels[last] = ("subtitle", "second-line-deck", 0.7)


_SENTENCE_INSIDE = re.compile(r"[。！？；;!?]")
_CLAUSE_INSIDE = re.compile(r"[，,]")


def _md_piece(t, w):
    """Is a short unpunctuated-at-the-end md line a piece of a paragraph cut by a stray
    break rather than a head?

    >>> _md_piece("高质量完善实施方案。在出台《溆浦县紧密型县域医疗卫生共同体建", 30.0)
    True
    >>> _md_piece("浓郁氛围赋能文明创建", 10.0), _md_piece("擦亮品牌，奋发有为", 9.0)
    (False, False)
    >>> _md_piece("角色重塑，“新”力量融入“大”治理——", 17.0)
    False
    """
    if t.endswith("——"):
        return False   # a run-in head: "角色重塑，“新”力量融入“大”治理——"
    return bool(_SENTENCE_INSIDE.search(t)) or (w > 16 and bool(_CLAUSE_INSIDE.search(t)))


# ---- stage 3: section heads and paragraph ends -------------------------------------------
def body_widths(pg, kinds, labels):
    """Positions (k) of body lines used for column estimates, and their widths."""
    ks = [k for k, kd in enumerate(kinds) if kd in ("body", "title") and k not in labels]
    return ks, [pg.w[k] for k in ks]


_KIND_LABEL = {"noise": ("noise", "furniture", 0.9), "caption": ("caption", "credit", 0.9),
               "mdh3": ("subheading", "md-heading", 0.95), "mdh1": ("headline", "md-heading", 0.8),
               "deck": ("subtitle", "dash-deck", 0.7), "byline": ("byline", "names", 0.6)}
_CLOSING_KINDS = frozenset(("noise", "deck", "byline", "kicker", "mdh1", "mdh3", "caption"))
_ASIDE = frozenset(("noise", "caption"))   # lines the text runs across
_BODY_PARA, _TITLE_PARA = ("paragraph", "body", 0.9), ("paragraph", "body", 0.6)
_OPEN_END = (False, "open-end", 0.9)


def closes_column(pg, kinds):
    """:func:`closes` of every line."""
    out = [kd in _CLOSING_KINDS or e for kd, e in zip(kinds, pg.ef)]
    for k in [k for k, c in enumerate(pg.last) if c in "—）)"]:
        if not out[k]:
            out[k] = closes(pg, kinds, k)
    return out


def _middle_width(pg: Page, kinds, x, count=3, least=2, bare=False):
    """The median width of up to ``count`` paragraph lines from ``x`` on that end no
    sentence (a paragraph's middle lines are the column's width; letter-spaced ones are
    stepped over), or 0 with fewer than ``least``."""
    ws = []
    n = len(kinds)
    ls = pg.ls
    while x < n and len(ws) < count and kinds[x] in ("body", "title") and not (pg.ef[x] and not ls[x]):
        if not ls[x]:   # a letter-spaced line is full, but its spread measures it short
            ws.append(pg.w[x] - width(pg.last[x]) if bare and pg.last[x] in NO_LINE_START_SET else pg.w[x])
        x += 1
    if len(ws) < least:
        return 0
    ws.sort()
    return ws[len(ws) // 2]


def decide_body(pg: Page, kinds, labels):
    """Label section heads and set paragraph ends for body lines. Returns (label, rule,
    conf) per k for the rest of the lines, and end decisions (end, rule, conf)."""
    n = len(kinds)
    get = _KIND_LABEL.get
    lab = [get(kd) for kd in kinds]
    for k, v in labels.items():
        lab[k] = v
    ks, ws = body_widths(pg, kinds, labels)
    # a header block starts another article, likely in another column: each run of body
    # lines [a, b) between two header blocks gets estimates of its own
    bounds = sorted({0, len(ks)} | {bisect_left(ks, c) for c in labels})
    local = []
    for a, b in zip(bounds, bounds[1:]):
        local += local_widths(ws[a:b])
    cw = [None] * n     # the local column width at each body line k, None at the others
    for k, x in zip(ks, local):
        cw[k] = x
    colw = cw.__getitem__

    def first_line_gap(j, W0):
        """(how many cells line j is short of its column, how many make it a paragraph's
        first line). The column is the local estimate, or the middle lines of j's own
        paragraph when wider (the estimate's window there also holds the short end of the
        paragraph before, a head, or a column that changes at j)."""
        gap = max(colw(j) or W0, _middle_width(pg, kinds, j + 1, least=1)) - w[j]
        return gap, LS_FIRST_LINE_DEFICIT if pg.ls[j] else FIRST_LINE_DEFICIT

    def squeezed_first_line(j, dj):
        """Is line j, ``dj`` cells short of its column, a first line that lost its indent
        and had its last mark squeezed in past the column? Measured against its own
        paragraph's middle lines where it has any, every width without its squeezable last
        mark (squeezed lines raise the local estimate itself). Not when the line after it
        opens with a quote: an opening quote may not end a line, so a middle line before
        one is left a cell short."""
        last = pg.last[j]
        if last not in NO_LINE_START_SET or pg.ls[j] or (j + 1 < n and pg.first[j + 1] in NO_LINE_END):
            return False
        mid = _middle_width(pg, kinds, j + 1, least=1, bare=True)
        return (mid - w[j] if mid else dj) + width(last) >= SQUEEZED_FIRST_LINE

    def prev_text(k):
        j = k - 1
        while j >= 0 and kinds[j] in _ASIDE:
            j -= 1
        return j

    def next_text(k):
        j = k + 1
        while j < n and kinds[j] in _ASIDE:
            j += 1
        return j

    # section heads: a title-shaped line after a line that closes (or a header block)
    after_close = closes_column(pg, kinds)
    for k in labels:
        after_close[k] = True
    t, w = pg.t, pg.w
    short_after_end = []    # title-shaped lines short after an end: heads if first lines are full
    aside_or_closed = [c or kd in _ASIDE for c, kd in zip(after_close, kinds)]
    for k in [k for k, x, kd, c in zip(count(), lab, kinds, [True] + aside_or_closed)
              if x is None and c and kd in ("title", "kicker")]:
        p = prev_text(k)
        if p >= 0 and not after_close[p]:
            continue
        tk = t[k]
        j = next_text(k)
        if j < n and pg.sc[j]:
            continue
        if pg.md:
            # a stray break leaves a long piece; a head is short, and a piece holding a
            # sentence's end or a long clause before a comma is a paragraph's
            if is_ordinal(tk) or w[k] <= 30 and not _md_piece(tk, w[k]):
                lab[k] = ("subheading", "md-short-unpunctuated", 0.8)
            continue
        if is_ordinal(tk) or tk.endswith("——"):
            lab[k] = ("subheading", "numbered-or-run-in", 0.9)
            continue
        if broken_phrase(tk):
            continue        # a sentence's end inside, a clause cut short: a paragraph's first line
        if pg.indent_page:
            if not pg.indent[k] and (j >= n or pg.indent[j]):
                lab[k] = ("subheading", "unindented-before-indent", 0.85)
            continue
        W0 = colw(k)
        if W0 is None:
            continue
        d = W0 - w[k]
        if d < -2 or d > HEAD_DEFICIT:
            lab[k] = ("subheading", "width-off-column", 0.8)
            continue
        if d >= HEAD_ON_FLUSH_PAGE:
            short_after_end.append(k)
        if j < n and lab[j] is None:
            dj, need = first_line_gap(j, W0)
            if (need <= dj <= 5 or squeezed_first_line(j, dj)) and not pg.ef[j]:
                lab[k] = ("subheading", "next-is-first-line", 0.7)
                continue
            if pg.frame[j]:
                lab[k] = ("subheading", "next-starts-frame", 0.6)
                continue
        if run_in_head(tk) and d >= 1 and j < n and (pg.ef[j] or (colw(j) or W0) - w[j] >= 1.75):
            # "四字，短语" followed by a line that cannot be its continuation's middle
            lab[k] = ("subheading", "head-shape", 0.6)

    lab = [x if x is not None else _BODY_PARA if kd == "body" else _TITLE_PARA for x, kd in zip(lab, kinds)]
    para = [x[0] == "paragraph" for x in lab]

    # Does this page print a paragraph's first line short (its indent lost)? Looked for
    # after the clearly ended paragraphs: where it never does, a full line ending a
    # sentence is as likely a paragraph's end as not, and the next full line says nothing.
    seen = short = 0
    if not pg.md and not pg.indent_page:
        for k in [k for k, e, a, b, s in zip(count(), pg.ef, para, para[1:], pg.ls[1:]) if e and a and b and not s]:
            W0 = colw(k)
            if W0 is None or W0 - w[k] < 3:
                continue
            Wj = colw(k + 1)
            if Wj is None:
                continue
            seen += 1
            short += Wj - w[k + 1] >= FIRST_LINE_DEFICIT
    flush_starts = seen >= 5 and short <= 0.15 * seen
    if flush_starts:
        # a title-shaped line short of its column after a paragraph's end, where first
        # lines are full, is a head
        for k in short_after_end:
            if lab[k][0] == "paragraph":
                lab[k] = ("subheading", "short-on-flush-page", 0.6)
                para[k] = False

    # paragraph ends; first the common case, a body line that goes on: a paragraph line
    # without a final mark, followed by a paragraph line that may start a line
    if pg.md:
        end = [None] * n
    else:
        end = [_OPEN_END if a and b and kd not in _ASIDE and not (e or s or f or lsk or la in "）)") else None
               for a, b, kd, e, s, f, lsk, la in zip(para, para[1:], kinds[1:], pg.ef, pg.sc[1:], pg.frame[1:],
                                                     pg.ls, pg.last)]
        end.append(None)
    for k in [k for k, x in enumerate(end) if x is None]:
        if not para[k]:
            end[k] = (lab[k][0] not in ("caption",), "block", 1.0)
            continue
        tk = t[k]
        j = next_text(k)
        if j >= n:
            end[k] = (True, "page-end", 0.9)
            continue
        if not para[j]:
            end[k] = (True, "before-" + lab[j][0], 0.85)
            continue
        credit = trailing_credit(tk) if tk[-1] in "）)" else None
        if credit is not None:
            end[k] = (True, "credit", 0.9)
            continue
        if pg.sc[j]:
            end[k] = (False, "next-starts-closed", 0.95)
            continue
        if pg.frame[j]:
            end[k] = (True, "next-new-frame", 0.8)
            continue
        if pg.md:
            # (a closing quote ends a paragraph only after a sentence's end, which ef sees)
            if pg.ef[k] or tk.endswith(("）", ")")):
                end[k] = (True, "md-line", 0.9)
            else:
                end[k] = (False, "md-stray-break", 0.8)
            continue
        if pg.ls[k]:
            end[k] = (False, "letter-spaced", 0.95)
            continue
        if not pg.ef[k]:
            end[k] = _OPEN_END
            continue
        if pg.indent_page:
            end[k] = (bool(pg.indent[j]), "next-indent", 0.9)
            continue
        W0 = colw(k)
        if W0 is None:
            end[k] = (True, "final-punct", 0.6)
            continue
        d = W0 - w[k]
        if d < FIRST_LINE_SHORT and not flush_starts and _starts_paragraph(k, prev_text(k), lab, end):
            # a paragraph's first line on a page that loses the indent is short already: a
            # sentence ending on it ends the paragraph only if the next line starts one too
            dj, need = first_line_gap(j, W0)
            if dj < need and not squeezed_first_line(j, dj):
                end[k] = (False, "full-first-line", 0.6)
                continue
        if d >= 2:
            end[k] = (True, "short-final", 0.99 if d >= 6 else (0.9 if d >= 3 else 0.8))
            continue
        dj, need = first_line_gap(j, W0)
        if dj >= need:
            end[k] = (True, "next-indent-deficit", 0.65)
        elif squeezed_first_line(j, dj):
            end[k] = (True, "next-indent-deficit-squeezed", 0.6)
        elif d >= 1.5:
            end[k] = (True, "short-final", 0.55)
        elif flush_starts and tk[-1] in "。！？":
            end[k] = (True, "full-final-flush-starts", 0.55)
        else:
            end[k] = (False, "full-line", 0.6)
    return lab, end


def _starts_paragraph(k, p, lab, end):
    """Does body line k begin a paragraph (the text line before it, ``p``, ended one or
    is no paragraph line)?"""
    return p < 0 or lab[p][0] != "paragraph" or bool(end[p] and end[p][0])


# ---- the pass -------------------------------------------------------------------------
def run(lines, doc=None, explain=True):
    """The pass over ``lines`` (with ``doc``: its confirmed decisions kept). Without
    ``explain`` no line gets the record of the rules that decided it (a corpus written
    from the command line has no use for them: 85 ms of a 500k-line half's 2 s)."""
    from ..suggest import Suggestions
    n = len(lines)
    pg = Page(lines)
    if not pg.nb:
        return Suggestions([None] * n, [-1] * n, [False] * n, [None] * n)
    kinds = line_kinds(pg)
    clusters, hlabels = header_clusters(pg, kinds)
    if doc is not None:
        _constrain_labels(pg, doc, hlabels, kinds)
    lab, end = decide_body(pg, kinds, hlabels)
    if doc is not None:
        _constrain_ends(pg, doc, lab, end)
    arts, arules = art_rules.assign(pg, kinds, lab, end, doc)
    whys, local = [], {}
    for key in zip(lab, end, arules) if explain else ():
        w = local.get(key)
        if w is None:
            (_, lrule, lconf), (_, brule, bconf), (arule, aconf) = key
            w = local[key] = why(lrule, lconf, brule, bconf, arule, aconf)
        whys.append(w)
    label = [x[0] for x in lab]
    edits = {}
    splits = []
    nb, t = pg.nb, pg.t
    for k in [k for k, lb in enumerate(label) if lb == "headline"]:
        fixed = dedupe_tail(t[k])
        if fixed is not None:
            i = nb[k]
            edits[i] = lines[i][:len(lines[i]) - len(lines[i].lstrip())] + fixed
    for k in [k for k, lb, c in zip(count(), label, pg.last) if c in "）)" and lb == "paragraph"]:
        i = nb[k]
        off = trailing_credit(lines[i])
        if off is not None:
            splits.append((i, off, "byline"))
    spread = pg.spread
    return Suggestions(spread(label, None), spread(arts, -1), spread([bool(x[0]) for x in end], False),
                       spread(whys, None) if explain else [None] * n, edits, splits)


def _constrain_labels(pg, doc, hlabels, kinds):
    """Confirmed labels of the document replace the kinds the text suggested."""
    if len(doc) != len(pg.lines):
        return
    for k, i in enumerate(pg.nb):
        if doc.confirmed[i] & LABEL and doc.label[i] is not None:
            lb = doc.label[i]
            hlabels.pop(k, None)
            if lb in ("headline", "subtitle", "byline", "kicker"):
                hlabels[k] = (lb, "person", 1.0)
                kinds[k] = {"headline": "mdh1", "subtitle": "deck", "byline": "byline", "kicker": "kicker"}[lb]
            else:
                kinds[k] = {"noise": "noise", "caption": "caption", "subheading": "mdh3"}.get(lb, "body")


def _constrain_ends(pg, doc, lab, end):
    if len(doc) != len(pg.lines):
        return
    for k, i in enumerate(pg.nb):
        c = doc.confirmed[i]
        if c & LABEL and doc.label[i] is not None:
            lab[k] = (doc.label[i], "person", 1.0)
        if c & BREAK:
            end[k] = (doc.para_end[i], "person", 1.0)


_ = (ARTICLE, re, han_count, ends_open)
