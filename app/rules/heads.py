"""Section heads: title-shaped lines inside an article's text that head a part of it.

A head follows a line that closes (a paragraph's end, a header block) and is followed by
a line that starts something (not one that continues it). Then its text, the page's
indents, or its width against the column and the line after it tell a head from a
paragraph's first line that happens to end no sentence.
"""
from __future__ import annotations

import re
from itertools import compress, count
from operator import not_

from .chars import CLOSERS
from .headers import CLOSING_KINDS, closes, opens_group
from .lazy import LazyPattern
from .lines import broken_phrase, is_ordinal, run_in_head
from .starts import ASIDE
from .wider_columns import opens_a_wider_column

_SENTENCE_INSIDE = LazyPattern(r"[。！？；;!?]")
_CLAUSE_INSIDE = LazyPattern(r"[，,]")


def section_heads(body, lab, labels):
    """Label the section heads in ``lab`` (the label records so far, None where no rule
    decided; ``labels``: the header clusters' lines). Returns the title-shaped lines left
    unlabelled that are short after a paragraph's end: heads if the page prints first
    lines full (:func:`heads_on_flush_page`)."""
    pg, n = body.pg, body.n
    closing = _closing_lines(body, labels)
    short_after_end = []
    for k in _candidates(body, lab, closing):
        p = body.prev_text(k)
        in_flow = p < 0 or closing[p] or _is_head(lab[p])
        j = body.next_text(k)
        if not (in_flow or opens_group(pg, k)) or j < n and pg.starts_closed[j] and not _goes_on_elsewhere(body, k, j):
            continue    # neither after a close nor opening a group; or the next line continues this one
        if body.paragraph_groups and _in_paragraphs_group(body, k, lab):
            continue
        rule = _markdown_head(body, k) if pg.markdown else _head(body, k, j, lab, short_after_end if in_flow else [])
        if rule is not None and (in_flow or _group_head(body, k, rule)):
            lab[k] = ("subheading", *rule)
    return short_after_end


def _is_head(record):
    """Is the label record a section head's? A head may follow another (two stories'
    heads printed one after the other, or a head over its tail printed apart)."""
    return record is not None and record[0] == "subheading"


# what makes a head of a line opening a text group after a line that does not close (an
# extractor printing a column's groups out of order): a paragraph's first line after it
_GROUP_RULES = ("next-is-first-line",)


def _goes_on_elsewhere(body, k, j):
    """Does line j, which continues a line (:func:`.lines.starts_closed`), go on another
    line than k? On a page whose blank lines part paragraphs a line goes on in the text
    group of the line it continues, unless that one ends a column: a column's foot is
    full, or a first line short by its indent at most. Line k, set apart from j and
    short of its column by more than :attr:`~.profile.Profile.head_deficit`, is neither."""
    pg = body.pg
    if not body.paragraph_groups or pg.tight[j]:
        return False
    col = body.colw[k]
    return col is not None and col - pg.width[k] > body.profile.head_deficit


def _in_paragraphs_group(body, k, lab):
    """On a page whose blank lines part paragraphs (pdfminer, which sets a line in the
    text group of the line above only where the two align), is line k set in one group
    with a paragraph's line: right under a paragraph line, or right over a full one (the
    two align on the right: line k reaches the column's right edge)? A head is set apart
    from the paragraph before it, and the only line sharing its group after it is a first
    line as short as the head (the two align on the left, both indented)."""
    pg, kinds = body.pg, body.kinds
    p = k - 1
    if pg.tight[k] and p >= 0 and kinds[p] in _TEXT_KINDS and lab[p] is None:
        return True
    j = k + 1
    return j < body.n and pg.tight[j] and kinds[j] in _TEXT_KINDS and _full_in_group(body, j)


def _full_in_group(body, j):
    """Is line j full: within :attr:`~.profile.Profile.group_full` of its column (the
    local estimate, or the lines after it in its text group that end no sentence, up to
    two, where wider: the estimate's window also holds a head and a short end)?"""
    pg = body.pg
    col = body.colw[j] or 0
    x = j + 1
    while x < body.n and x <= j + 2 and pg.tight[x] and body.kinds[x] in _TEXT_KINDS and not pg.ends_final[x]:
        col = max(col, pg.width[x])
        x += 1
    return col - pg.width[j] < body.profile.group_full


def _closing_lines(body, labels):
    """:func:`.headers.closes` of every line, but with a sentence's end read from the
    page's column (where a wrapped closing quote ends what the line before ends), and true
    at the header lines (``labels``). Set from the few lines that can close besides the
    sentences' ends (the lines of no paragraph's kind, those ending in a dash or a
    bracket), because a test of every line and a pass zipping six columns for the
    candidates cost twice as much."""
    pg, kinds = body.pg, body.kinds
    out = list(pg.ends_final)
    for k in labels:
        out[k] = True
    for k in body.other_lines():
        if kinds[k] in CLOSING_KINDS:
            out[k] = True
    # (the lines' last glyphs as one string, position k line k's: a search for each glyph
    # steps over the other lines in C)
    lasts = "".join(pg.last)
    for c in _DASH_OR_PAREN:
        k = lasts.find(c)
        while k >= 0:
            if not out[k]:
                out[k] = closes(pg, kinds, k)
            k = lasts.find(c, k + 1)
    return out


_DASH_OR_PAREN = "—）)"     # the last glyphs :func:`.headers.closes` reads the line for


def _candidates(body, lab, closing):
    """The undecided title-shaped lines (in ``lab``) that may be heads: after a line that
    closes (``closing``: :func:`_closing_lines`; an aside's kind closes too) or opening a
    text group (:func:`.headers.opens_group`, read here from the page's blank lines), the
    page's first line as if after a close."""
    pg, kinds, n = body.pg, body.kinds, body.n
    starts = [0, *compress(count(1), closing)]     # (count(1): the line after each)
    if not (pg.spaced or pg.markdown):
        starts = sorted(set(starts).union(compress(count(), map(not_, pg.tight))))
    return [k for k in starts if k < n and lab[k] is None and kinds[k] in ("title", "kicker")]


def _group_head(body, k, rule):
    """Is line k, opening a text group after a line that does not close, a head by
    ``rule`` (the rule a head after a close would be one by)?"""
    return rule[0] in _GROUP_RULES and _short_in_group(body, k)


def _short_in_group(body, k):
    """Is line k, opening a text group, a head by its width: short of its column by
    :attr:`~.profile.Profile.group_head_deficit` at least, with a first line right after
    it (no caption between) that lacks no more than that against it? A headline printed
    in the group, its second line short, has no such first line under it."""
    col, w, least = body.colw[k], body.pg.width, body.profile.group_head_deficit
    j = k + 1
    return (col is not None and col - w[k] >= least and j < body.n and body.kinds[j] not in ASIDE
            and w[j] + least >= w[k])


def _markdown_head(body, k):
    """(rule, confidence) if line k of a Markdown page is a head: a stray break leaves a
    long piece; a head is short, and a piece holding a sentence's end or a long clause
    before a comma is a paragraph's."""
    t, w, profile = body.pg.text[k], body.pg.width[k], body.profile
    if is_ordinal(t) or w <= profile.md_head_max_width and not md_piece(t, w, profile):
        return "md-short-unpunctuated", profile.conf.md_short_unpunctuated
    return None


def md_piece(t, w, profile):
    """Is a short Markdown line, unpunctuated at its end, a piece of a paragraph cut by a
    stray break rather than a head?

    >>> from app.rules.profile import DEFAULT as P
    >>> md_piece("高质量完善实施方案。在出台《溆浦县紧密型县域医疗卫生共同体建", 30.0, P)
    True
    >>> md_piece("浓郁氛围赋能文明创建", 10.0, P), md_piece("擦亮品牌，奋发有为", 9.0, P)
    (False, False)
    >>> md_piece("角色重塑，“新”力量融入“大”治理——", 17.0, P)
    False
    """
    if t.endswith("——"):
        return False   # a run-in head: "角色重塑，“新”力量融入“大”治理——"
    return bool(_SENTENCE_INSIDE.search(t)) or (w > profile.md_clause_piece_width and bool(_CLAUSE_INSIDE.search(t)))


def _head(body, k, j, lab, short_after_end):
    """(rule, confidence) if title-shaped line k of a hard-wrapped page is a head (``j``:
    the text line after it), else None; by its text first, then by the page's indents or
    by widths."""
    pg, profile = body.pg, body.profile
    t = pg.text[k]
    if is_ordinal(t) or t.endswith("——"):
        return "numbered-or-run-in", profile.conf.numbered_or_run_in
    if broken_phrase(t, profile):
        return None     # a sentence's end inside, a clause cut short: a paragraph's first line
    if quotes_or_counts(t):
        return None
    if leaves_open(t) and not _closing_tail(body, j):
        return None     # cut inside a quotation: a paragraph's first line runs on
    if pg.indent_page:
        if not pg.indent[k] and (j >= body.n or pg.indent[j]):
            return "unindented-before-indent", profile.conf.unindented_before_indent
        return None
    return _head_by_width(body, k, j, lab, short_after_end)


_COUNT = LazyPattern("[0-9０-９]")


def quotes_or_counts(t):
    """Does the line open with a quotation or hold a figure, as a paragraph's first line
    does ("“龙潭区域现有县第三", "息积10分，可兑换实用物") and a section head, a phrase of
    words, does not (no head in the dev and held-out golds does either)?

    >>> quotes_or_counts("“龙潭区域现有县第三"), quotes_or_counts("息积10分，可兑换实用物")
    (True, True)
    >>> quotes_or_counts("久久为功，擦亮生态名片"), quotes_or_counts("抓实产业，鼓起群众“钱袋子”")
    (False, False)
    """
    return t[0] in "“‘\"《" or bool(_COUNT.search(t))


_PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "「": "」"}
_CLOSERS = {v: o for o, v in _PAIRS.items()}
_OPENERS = frozenset(_PAIRS)
_MARKS = LazyPattern("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")


def leaves_open(t):
    """Does the line leave a quotation, title or bracket open at its end? A section head is
    a whole phrase: its marks close in it, or in the tail a narrow column wrapped
    ("抓实产业，鼓起群众“钱袋" / "子”"); a paragraph's first line is cut anywhere
    ("通过“税眼看经" / "济”，为政府决策提供了").

    >>> leaves_open("通过“税眼看经"), leaves_open("成立临时联合党支部（决策机")
    (True, True)
    >>> leaves_open("抓实产业，鼓起群众“钱袋子”"), leaves_open("区域“中心药房”开")
    (False, False)
    """
    marks = _MARKS.findall(t)     # (the marks alone: the other glyphs change no depth)
    if _OPENERS.isdisjoint(marks):
        return False    # (most lines: nothing opened, nothing left open)
    depth = dict.fromkeys(_PAIRS, 0)
    for c in marks:
        if c in _PAIRS:
            depth[c] += 1
        elif c in _CLOSERS and depth[_CLOSERS[c]]:
            depth[_CLOSERS[c]] -= 1
    return any(depth.values())


def _closing_tail(body, j):
    """Is text line j a head's wrapped tail: a few cells at most
    (:attr:`~.profile.Profile.wrapped_head_tail_width`), no mark but closing ones?"""
    pg = body.pg
    return j < body.n and pg.width[j] <= body.profile.wrapped_head_tail_width and not _TAIL_MARK.search(pg.text[j])


def _head_by_width(body, k, j, lab, short_after_end):
    """(rule, confidence) if line k is a head by its width against its column and the line
    after it, ``j``: off the column, or before a paragraph's first line or a new text
    frame, or a run-in head's shape before a line that is no middle line. A line short
    enough to be a head where first lines are full goes in ``short_after_end``."""
    pg, profile, colw = body.pg, body.profile, body.colw
    conf, w, n = profile.conf, pg.width, body.n
    col = colw[k]
    if col is None:
        return None
    d = col - w[k]
    if d > profile.head_deficit or (d < -profile.head_overwide and not opens_a_wider_column(w, pg.ends_final, k, j, profile)):
        return "width-off-column", conf.width_off_column
    if d >= profile.head_on_flush_page:
        short_after_end.append(k)
    if j < n and lab[j] is None:
        rule = _by_next_line(body, k, j, d)
        if rule is not None:
            return rule
    if (d >= profile.run_in_head_deficit and j < n
            and (pg.ends_final[j] and (colw[j] or col) - w[j] >= profile.run_in_head_next_final_deficit
                 or (colw[j] or col) - w[j] >= profile.run_in_head_next_deficit)
            and run_in_head(pg.text[k]) and not (pg.ends_final[j] and _last_line_parted(body, k, j))):
        # "四字，短语" followed by a line that cannot be its continuation's middle: one
        # ending a sentence short of the column, or one clearly short; a line ending a
        # sentence flush with the column is the paragraph's last ("逢节假日，党员干部" /
        # "返乡撰写《民情日记》。")
        return "head-shape", conf.head_shape
    return None


def _last_line_parted(body, k, j):
    """Is line j, ending a sentence, a text group of its own right after line k, itself
    set apart, on a page whose blank lines part paragraphs? pdfminer parts a paragraph
    of two lines so: its first line is indented and its last line short, and the two
    align on neither side. Line j is then no proof that line k heads it."""
    pg, n = body.pg, body.n
    return (j == k + 1 and not pg.tight[j] and not pg.tight[k] and (j + 1 >= n or not pg.tight[j + 1])
            and body.paragraph_groups)


def _by_next_line(body, k, j, d):
    """(rule, confidence) if line k, ``d`` cells short of its column, is a head by the
    text line after it, ``j``: a paragraph's first line, or a new text frame."""
    pg, profile = body.pg, body.profile
    if not pg.ends_final[j] and _first_line_after(body, k, j, d) and not _before_a_kept_last_line(body, j):
        return "next-is-first-line", profile.conf.next_is_first_line
    if pg.frame[j]:
        return "next-starts-frame", profile.conf.next_starts_frame
    return None


def _before_a_kept_last_line(body, j):
    """Is the text line after j its paragraph's last line, ending a sentence and no wider
    than :attr:`~.profile.Profile.last_line_least` (the fewest glyphs a typesetter lets a
    paragraph end on: it moves glyphs down from the line above rather than leave one or
    two alone)? Line j may then be short by the glyphs it gave, as a first line is by its
    indent: its shortness says nothing of a paragraph starting at it.

    >>> from .page import Page
    >>> from .starts import Body
    >>> body = Body(Page(["在关注学生学习成绩的", "同时，也注重心理健康", "成长。"]), ["title", "body", "body"], {})
    >>> _before_a_kept_last_line(body, 1), _before_a_kept_last_line(body, 0)
    (True, False)
    """
    pg, x = body.pg, j + 1
    return x < body.n and pg.ends_final[x] and pg.width[x] <= body.profile.last_line_least


def _first_line_after(body, k, j, d):
    """Is line j, ending no sentence, a paragraph's first line by its width, after line k
    ``d`` cells short of its column?"""
    # the next line against the column of full lines where the page is set to a measure:
    # the local estimate there also holds the head and the short end before it
    dj, need = body.first_line_gap(j, body.colw[k], body.colm)
    if d >= need or _closer_went_down(body, j):
        # the next line's shortness may be a glyph gone down with a closing mark
        # ("……恳谈" / "会”，"), not an indent
        dj -= body.moved_down(j)
    return ((need <= dj <= body.profile.first_line_max_deficit or body.squeezed_first_line(j, dj))
            and not closes_first(body.pg.text[j]))


def closes_first(t):
    """Does the line close a quotation or bracket before it opens one: a piece of a
    sentence that began on another line ("帮”窗口，实现好评率"), never a paragraph's first
    line?

    >>> closes_first("帮”窗口，实现好评率"), closes_first("“您好，这是郴州旅游指"), closes_first("家庭作为儿童成长的“第一")
    (True, False, False)
    """
    for c in t:
        if c in _PAIRS:
            return False
        if c in _CLOSERS:
            return True
    return False


def _closer_went_down(body, j):
    """Does the line after line j open with a glyph and a closing quote or bracket
    ("困扰百姓的民生“痛" / "点”。")? Such a glyph goes down with its mark, where a glyph
    before a clause mark ("走街串" / "巷、") need not: the page may squeeze that mark past
    the column instead. Asked where the line before j is as full as a middle line, so a
    short line j would make it a head."""
    t = body.pg.text[j + 1] if j + 1 < body.n else ""
    return len(t) > 1 and t[1] in CLOSERS


def heads_on_flush_page(lab, para, short_after_end, conf):
    """Where the page prints first lines full, a title-shaped line short of its column
    after a paragraph's end is a head: label those still paragraph lines (``para`` kept
    in step)."""
    for k in short_after_end:
        if lab[k][0] == "paragraph":
            lab[k] = ("subheading", "short-on-flush-page", conf.short_on_flush_page)
            para[k] = False


_TAIL_MARKS = "，。；：、！？,.;:!?"     # a tail ends on none, holds none (the glyph asked first)
_TAIL_MARK = LazyPattern(f"[{_TAIL_MARKS}]")


def head_tails(body, lab):
    """The section heads a narrow column wrapped, as (head, tail) line pairs: a head whose
    line ends no clause, followed by a line of a glyph or a few ("久久为功，擦亮生态" /
    "名片") that holds no mark and is no more than :attr:`~.profile.Profile.head_tail_width`
    wide (or the head's quoted last words, :func:`_quoted_end`), with a line after it that
    starts something. Labels the tails in ``lab``."""
    pg, kinds, n, profile = body.pg, body.kinds, body.n, body.profile
    conf = profile.conf
    pairs = []
    for k in [k for k in compress(count(), lab) if lab[k][0] == "subheading"]:   # (the decided lines alone)
        j = body.next_text(k)
        if (j >= n or lab[j] is not None or kinds[j] not in ("body", "title")
                or pg.width[j] > profile.head_tail_width and not _quoted_end(pg, k, j) or _TAIL_MARK.search(pg.text[j])
                or pg.last[k] in _TAIL_MARKS):
            continue
        after = body.next_text(j)
        if after < n and pg.starts_closed[after]:
            continue
        lab[j] = ("subheading", "head-tail", conf.head_tail)
        pairs.append((k, j))
    return pairs


def _quoted_end(pg, k, j):
    """Is line j the end of head k's words in a quoted phrase, wider than a tail of a few
    glyphs but no wider than the head's line ("人才回流，乡村振" / "兴有了“领头雁”")? A head
    often closes on a quoted phrase, and the wrap leaves it whole on the second line,
    ending in the quote it opens."""
    t = pg.text[j]
    return t.endswith("”") and t.count("“") == t.count("”") and pg.width[j] <= pg.width[k]


def lone_tails(body, lab):
    """Label in ``lab`` the tails of section heads an extractor printed apart from their
    head's first line (pdftotext, pdfminer: ``片``, ``子”`` opening a text group): a glyph or
    a few (:attr:`~.profile.Profile.head_tail_width`) holding no mark, opening a group
    after a line that closes, before a text line that starts something. A paragraph's
    last line ends its sentence with a mark; a headline's tail stays in its header's run."""
    pg, kinds, n, profile = body.pg, body.kinds, body.n, body.profile
    rec = ("subheading", "lone-tail", profile.conf.head_tail)
    for k in body.narrow_lines(profile.head_tail_width):
        if (lab[k] is not None or kinds[k] not in _TEXT_KINDS or pg.last[k] in _TAIL_MARKS or not opens_group(pg, k)
                or _TAIL_MARK.search(pg.text[k])):
            continue
        j = body.next_text(k)
        if (j < n and lab[j] is None and kinds[j] in _TEXT_KINDS and not pg.starts_closed[j]
                and closes(pg, kinds, body.prev_text(k))):
            lab[k] = rec


_TEXT_KINDS = ("body", "title")


def unhead_before_last_line(body, lab):
    """Take back the section heads (in ``lab``) whose next line is a paragraph's last line
    a narrow column left short ("高质量完善实施" / "方案。"): a head is followed by a
    paragraph's first line, and no first line is a few glyphs ending a sentence. Those
    lines are the first of a short paragraph."""
    pg, n, profile = body.pg, body.n, body.profile
    rules = ("person", "md-heading", "md-short-unpunctuated")
    # (the decided lines alone, picked out at C speed)
    for k in [k for k in compress(count(), lab) if lab[k][0] == "subheading" and lab[k][1] not in rules]:
        j = body.next_text(k)
        if j < n and lab[j] is None and pg.ends_final[j] and pg.width[j] <= profile.head_tail_width:
            lab[k] = None
