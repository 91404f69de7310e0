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

from ..document import ARTICLE, BREAK, LABEL, Why
from . import articles as art_rules
from .chars import NO_LINE_START as NO_LINE_START_SET, width
from .columns import local_width
from .kinds import is_byline, is_caption, is_deck, is_furniture, is_kicker, is_section_name
from .lines import ends_final, ends_open, han_count, is_ordinal, md_heading, run_in_head, starts_closed, strip, title_like
from .names import trailing_credit
from .text import dedupe_tail, is_letter_spaced

_WHY = {}
FIRST_LINE_DEFICIT = 1.25  # a line this many cells short of the column lost its indent


def why(label_rule, label_conf, break_rule, break_conf, article_rule, article_conf):
    """Shared :class:`Why` records: a page has few distinct ones, so rows share them."""
    key = (label_rule, label_conf, break_rule, break_conf, article_rule, article_conf)
    w = _WHY.get(key)
    if w is None:
        w = _WHY[key] = Why(label_rule, round(label_conf, 2), break_rule, round(break_conf, 2),
                            article_rule, round(article_conf, 2))
    return w


def fast_width(t):
    """:func:`~.chars.width` from the UTF-8 length when every character is one byte
    (narrow) or three (wide), which is nearly every character of a Chinese page.

    >>> fast_width("全县 37 所"), fast_width("会 的 一 块"), fast_width("书香郴州·阅读")
    (4.0, 4.0, 7.0)
    """
    b = len(t.encode("utf-8"))
    c = len(t)
    extra = b - c
    if extra % 2:
        return width(t)
    wide = extra // 2
    spaces = t.count(" ")
    if spaces == 0 and "\u3000" not in t:
        return wide + 0.5 * (c - wide)
    return width(t)


class Page:
    """Per non-blank line features, indexed by position k in ``nb`` (the non-blank rows)."""

    def __init__(self, lines):
        self.lines = lines
        nb = self.nb = [i for i, t in enumerate(lines) if t.strip()]
        # a line of characters Python's strip keeps but the rules' strip drops (a stray BOM,
        # a zero-width space) is still a row of the document: the rules see it unstripped
        self.t = [strip(lines[i]) or lines[i].strip() or lines[i] for i in nb]
        self.w = [fast_width(t) for t in self.t]
        n = len(nb)
        # tight: no blank line between this and the previous non-blank line
        self.tight = [k > 0 and nb[k] == nb[k - 1] + 1 for k in range(n)]
        blanks_after = sum(1 for k in range(n - 1) if nb[k + 1] > nb[k] + 1)
        self.spaced = n > 4 and blanks_after >= 0.6 * (n - 1)
        ws = sorted(self.w)
        self.body_width = ws[len(ws) // 2] if ws else 0.0   # the median line: a body line
        self.md = self.body_width > 34
        lead = [len(lines[i]) - len(lines[i].lstrip(" \t\u00a0\u3000")) for i in nb]
        fw_indent = [lines[i].startswith("\u3000") or lines[i].startswith("  ") for i in nb]
        self.indent_page = sum(fw_indent) >= max(3, 0.08 * n)
        self.indent = fw_indent if self.indent_page else [False] * n
        # a single leading space on a rare line marks a new text frame in a PDF dump
        frame = [bool(lead[k]) and not fw_indent[k] for k in range(n)]
        self.frame = frame if sum(frame) <= max(2, 0.03 * n) else [False] * n
        self.ls = [False] * n
        for k, t in enumerate(self.t):
            if " " in t:
                self.ls[k] = is_letter_spaced(t)


# ---- stage 1: kinds -----------------------------------------------------------------------
_FURN_HINT = re.compile(r"版|编辑|校对|\d\s*年\s*\d|^[\s\-—－–0-9０-９]+$")
_CAPTION_END = set("）)摄片")
_KICKER_END = set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳)）】]一二三四五六七八九十0123456789")
_NOT_TITLE_END = set("。！？!?…，、；：,;:（《“‘【「『(")


def line_kinds(pg: Page):
    """'noise', 'deck', 'byline', 'caption', 'kicker', 'mdh1', 'mdh3', 'title', 'body'.

    Cheap character tests guard each rule so an ordinary body line costs little."""
    kinds = []
    seen_text = 0
    ls = pg.ls
    for k, t in enumerate(pg.t):
        kind = "body"
        first, last, n = t[0], t[-1], len(t)
        if n <= 40 and _FURN_HINT.search(t) and is_furniture(t):
            kind = "noise"
        elif seen_text == 0 and k < 4 and is_section_name(t):
            kind = "noise"
        else:
            md = md_heading(t) if first in "#*" else None
            if md:
                kind = "mdh1" if md[0] <= 2 else "mdh3"
            elif first in "—-─－" and is_deck(t):
                kind = "deck"
            elif (last in _CAPTION_END or first in "图上下左右") and is_caption(t):
                kind = "caption"
            elif n <= 40 and last not in _NOT_TITLE_END and (" " in t or "记者" in t or "通讯员" in t) and is_byline(t):
                kind = "byline"
            elif n <= 24 and (last in _KICKER_END or first in "【[“") and is_kicker(t):
                kind = "kicker"
            elif last not in _NOT_TITLE_END and not ls[k] and (n >= 8 and first not in NO_LINE_START_SET and not ends_final(t)
                                                             or n < 8 and title_like(t)):
                # a paragraph's last sentence with its credit ("……再升级。（杨晨 蒋虹）")
                # ends in a bracket, not in a full stop, and is still no title
                if not (last in "）)" and trailing_credit(t) is not None):
                    kind = "title"
            seen_text += 1
        kinds.append(kind)
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


def header_clusters(pg: Page, kinds):
    """Clusters as (first k, last k) with per-line header labels in ``labels``."""
    n = len(kinds)
    labels = {}
    clusters = []
    headerish = ("title", "deck", "byline", "kicker", "mdh1")
    k = 0
    seen_body = False
    while k < n:
        kd = kinds[k]
        if kd not in headerish:
            if kd in ("body", "mdh3") or kd == "caption":
                seen_body = seen_body or kd == "body"
            k += 1
            continue
        # a maximal run of header-ish lines
        j = k
        while j + 1 < n and j - k < MAX_HEADER_RUN and kinds[j + 1] in headerish and not pg.frame[j + 1] and (
                kinds[j + 1] in ("byline", "deck") or pg.tight[j + 1] or not pg.spaced or pg.md):
            if kinds[j + 1] == "title" and kinds[j] in ("deck", "byline"):
                break
            j += 1
        run = list(range(k, j + 1))
        if not pg.spaced and not pg.md and len(run) > 1:
            # with no blank lines, body lines look like titles too: the block ends after
            # its last strong sign or its last short line, whichever comes later
            last = max([r for r in run if kinds[r] in _ANCHORS] or [k])
            r = k
            while r + 1 <= j and kinds[r + 1] == "title" and pg.w[r + 1] <= pg.body_width - 4:
                r += 1
            j = max(last, r) if kinds[k] == "title" and pg.w[k] <= pg.body_width - 4 or last > k else last
            run = list(range(k, j + 1))
        anchored = any(kinds[r] in _ANCHORS for r in run)
        tight_pair = pg.spaced and any(pg.tight[r] for r in run[1:])
        # without blank lines to tell, two or three short unpunctuated lines in a row
        # (a section head is one) are a headline
        short_run = (not pg.spaced and not pg.md and 2 <= len(run) <= 3
                     and all(kinds[r] == "title" and pg.w[r] <= pg.body_width - 4 for r in run))
        page_top = pg.md and not seen_body and kinds[k] == "title" and closes(pg, kinds, k - 1)
        if pg.md:
            anchored = anchored and any(kinds[r] in ("mdh1", "deck", "byline") for r in run)
        ok = (anchored or tight_pair or page_top or short_run) and closes(pg, kinds, k - 1)
        if ok and not pg.md:
            # the line after a header block starts something: a paragraph, not a tail
            nxt = j + 1
            if nxt < n and starts_closed(pg.t[nxt]):
                ok = False
        if ok and all(kinds[r] == "byline" for r in run) and not _near_header(kinds, k):
            ok = len(run) >= 1 and pg.t[k].startswith(("本报", "记者", "通讯员", "文/", "文／"))
        if ok and all(kinds[r] == "title" for r in run) and len(run) > 3:
            ok = False
        if ok:
            _label_cluster(pg, kinds, run, labels)
            clusters.append((k, j))
        k = j + 1
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


def decide_body(pg: Page, kinds, labels):
    """Label section heads and set paragraph ends for body lines. Returns (label, rule,
    conf) per k for the rest of the lines, and end decisions (end, rule, conf)."""
    n = len(kinds)
    lab = [None] * n
    end = [None] * n
    for k, v in labels.items():
        lab[k] = v
    for k, kd in enumerate(kinds):
        if lab[k] is not None:
            continue
        if kd == "noise":
            lab[k] = ("noise", "furniture", 0.9)
        elif kd == "caption":
            lab[k] = ("caption", "credit", 0.9)
        elif kd == "mdh3":
            lab[k] = ("subheading", "md-heading", 0.95)
        elif kd == "mdh1":
            lab[k] = ("headline", "md-heading", 0.8)
        elif kd == "deck":
            lab[k] = ("subtitle", "dash-deck", 0.7)
        elif kd == "byline":
            lab[k] = ("byline", "names", 0.6)
    ks, ws = body_widths(pg, kinds, labels)
    pos = {k: p for p, k in enumerate(ks)}
    W = {}

    def colw(k, prefer=None):
        """The local column width at body line k (see :func:`.columns.local_width`)."""
        p = pos.get(k)
        if p is None:
            return None
        if p not in W:
            W[p] = local_width(ws, p)
        return W[p]

    def prev_text(k):
        j = k - 1
        while j >= 0 and kinds[j] in ("noise", "caption"):
            j -= 1
        return j

    def next_text(k):
        j = k + 1
        while j < n and kinds[j] in ("noise", "caption"):
            j += 1
        return j

    # section heads
    for k, kd in enumerate(kinds):
        if lab[k] is not None or kd not in ("title", "kicker"):
            continue
        t = pg.t[k]
        p = prev_text(k)
        if not closes(pg, kinds, p) and p not in labels:
            continue
        j = next_text(k)
        if j < n and starts_closed(pg.t[j]):
            continue
        if pg.md:
            # a stray break leaves a long piece; a head is short, and a piece holding a
            # sentence's end or a long clause before a comma is a paragraph's
            if is_ordinal(t) or pg.w[k] <= 30 and not _md_piece(t, pg.w[k]):
                lab[k] = ("subheading", "md-short-unpunctuated", 0.8)
            continue
        if is_ordinal(t) or t.endswith("——"):
            lab[k] = ("subheading", "numbered-or-run-in", 0.9)
            continue
        if pg.indent_page:
            if not pg.indent[k] and (j >= n or pg.indent[j]):
                lab[k] = ("subheading", "unindented-before-indent", 0.85)
            continue
        W0 = colw(k)
        if W0 is None:
            continue
        d = W0 - pg.w[k]
        if d < -2 or d > 5.5:
            lab[k] = ("subheading", "width-off-column", 0.8)
            continue
        if j < n and lab[j] is None:
            Wj = colw(j) or W0
            dj = Wj - pg.w[j]
            if FIRST_LINE_DEFICIT <= dj <= 5 and not ends_final(pg.t[j]) and not pg.ls[j]:
                lab[k] = ("subheading", "next-is-first-line", 0.7)
                continue
            if pg.frame[j]:
                lab[k] = ("subheading", "next-starts-frame", 0.6)
                continue
        if run_in_head(t) and d >= 1 and j < n and (ends_final(pg.t[j]) or (colw(j) or W0) - pg.w[j] >= 1.75):
            # "四字，短语" followed by a line that cannot be its continuation's middle
            lab[k] = ("subheading", "head-shape", 0.6)

    for k in range(n):
        if lab[k] is None:
            lab[k] = ("paragraph", "body", 0.9 if kinds[k] == "body" else 0.6)

    # Does this page print a paragraph's first line short (its indent lost)? Looked for
    # after the clearly ended paragraphs: where it never does, a full line ending a
    # sentence is as likely a paragraph's end as not, and the next full line says nothing.
    seen = short = 0
    if not pg.md and not pg.indent_page:
        for k in range(n - 1):
            if lab[k][0] != "paragraph" or lab[k + 1][0] != "paragraph" or pg.ls[k + 1]:
                continue
            t = pg.t[k]
            if not ends_final(t):
                continue
            W0 = colw(k)
            if W0 is None or W0 - pg.w[k] < 3:
                continue
            Wj = colw(k + 1)
            if Wj is None:
                continue
            seen += 1
            short += Wj - pg.w[k + 1] >= FIRST_LINE_DEFICIT
    flush_starts = seen >= 5 and short <= 0.15 * seen

    # paragraph ends
    for k in range(n):
        if lab[k][0] != "paragraph":
            end[k] = (lab[k][0] not in ("caption",), "block", 1.0)
            continue
        t = pg.t[k]
        j = next_text(k)
        if j >= n:
            end[k] = (True, "page-end", 0.9)
            continue
        if lab[j][0] != "paragraph":
            if lab[j][0] == "caption" or (kinds[j] == "noise"):
                pass
            end[k] = (True, "before-" + lab[j][0], 0.85)
            continue
        credit = trailing_credit(t) if t[-1] in "）)" else None
        if credit is not None:
            end[k] = (True, "credit", 0.9)
            continue
        if starts_closed(pg.t[j]):
            end[k] = (False, "next-starts-closed", 0.95)
            continue
        if pg.frame[j]:
            end[k] = (True, "next-new-frame", 0.8)
            continue
        if pg.md:
            if ends_final(t) or t.endswith(("”", "’", "」", "）", ")")):
                end[k] = (True, "md-line", 0.9)
            else:
                end[k] = (False, "md-stray-break", 0.8)
            continue
        if pg.ls[k]:
            end[k] = (False, "letter-spaced", 0.95)
            continue
        if not ends_final(t):
            end[k] = (False, "open-end", 0.9)
            continue
        if pg.indent_page:
            end[k] = (bool(pg.indent[j]), "next-indent", 0.9)
            continue
        W0 = colw(k, "left")
        if W0 is None:
            end[k] = (True, "final-punct", 0.6)
            continue
        d = W0 - pg.w[k]
        if d >= 2:
            end[k] = (True, "short-final", 0.99 if d >= 6 else (0.9 if d >= 3 else 0.8))
            continue
        Wj = colw(j) or W0
        dj = Wj - pg.w[j]
        if dj >= 1.25 and not pg.ls[j]:
            end[k] = (True, "next-indent-deficit", 0.65)
        elif d >= 1.5:
            end[k] = (True, "short-final", 0.55)
        elif flush_starts and t[-1] in "。！？":
            end[k] = (True, "full-final-flush-starts", 0.55)
        else:
            end[k] = (False, "full-line", 0.6)
    return lab, end


# ---- the pass -------------------------------------------------------------------------
def run(lines, doc=None):
    from ..suggest import Suggestions
    n = len(lines)
    label = [None] * n
    article = [-1] * n
    para_end = [False] * n
    whys = [None] * n
    pg = Page(lines)
    if not pg.nb:
        return Suggestions(label, article, para_end, whys)
    kinds = line_kinds(pg)
    clusters, hlabels = header_clusters(pg, kinds)
    if doc is not None:
        _constrain_labels(pg, doc, hlabels, kinds)
    lab, end = decide_body(pg, kinds, hlabels)
    if doc is not None:
        _constrain_ends(pg, doc, lab, end)
    arts, arules = art_rules.assign(pg, kinds, lab, end, doc)
    edits = {}
    splits = []
    nb = pg.nb
    for k, i in enumerate(nb):
        lb, lrule, lconf = lab[k]
        e, brule, bconf = end[k]
        label[i] = lb
        para_end[i] = bool(e)
        article[i] = arts[k]
        arule, aconf = arules[k]
        whys[i] = why(lrule, lconf, brule, bconf, arule, aconf)
        if lb == "headline":
            fixed = dedupe_tail(pg.t[k])
            if fixed is not None:
                edits[i] = lines[i][:len(lines[i]) - len(lines[i].lstrip())] + fixed
        elif lb == "paragraph" and pg.t[k][-1] in "）)":
            off = trailing_credit(lines[i])
            if off is not None:
                splits.append((i, off, "byline"))
    return Suggestions(label, article, para_end, whys, edits, splits)


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
