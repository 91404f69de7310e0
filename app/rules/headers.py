"""Header clusters: the kicker, headline, deck and byline lines printed together above an
article, found around the strong signs among the line kinds (:func:`.kinds.line_kinds`).

A cluster is a run of header-ish lines that may follow each other in one block. On a page
with neither blank lines nor Markdown, body lines look like titles too, so a run is cut
after its last strong sign or its last short line. A run is a header block when a strong
sign holds it together (a deck, byline, kicker or Markdown heading; two lines printed
tight on a spaced page; the page's first title on a Markdown page; two or three short
unpunctuated lines) and the line before it closes what came before.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import chain, compress, count, repeat
from operator import contains

from .chars import SHAPE, han_shape
from .headline_rows import deck_by_width, next_headline_row
from .kinds import quotes_closed
from .lazy import LazyPattern
from .lines import broken_phrase, ends_final
from .names import ends_in_credit
from .profile import DEFAULT
from .segments import drawn_in_order
from .starts import blank_lines_part_paragraphs, middle_width

# kinds after which the next line is free to start something new
CLOSING_KINDS = frozenset(("noise", "deck", "byline", "kicker", "mdh1", "mdh3", "caption"))
_HEADERISH = frozenset(("title", "deck", "byline", "kicker", "mdh1"))
_ANCHORS = frozenset(("deck", "byline", "kicker", "mdh1"))     # the strong signs
_TITLE_LINES = frozenset(("title", "deck", "kicker", "mdh1"))
# the rule record of a tracked headline starting the next story's header in a cluster
NEXT_TRACKED = "tracked-after-a-headline"
# ... and of a title row that starts it by the rows' widths (:mod:`.headline_rows`)
NEXT_ROW = "headline-row-after-a-headline"
NEXT_HEADLINE = frozenset((NEXT_TRACKED, NEXT_ROW))
_ROLE_START = ("本报", "记者", "通讯员", "文/", "文／")   # how a byline printed alone opens

_PHRASE = f"[{SHAPE}“”‘’]{{3,}}"
_TAIL = LazyPattern(f"^(?:{SHAPE}+[”’]?|[”’])$")      # a headline's wrapped tail: "理", "引擎”", "”"
_CLAUSE = LazyPattern("[，。；、！？,;!?]")
_RUNS_ON = LazyPattern("[，。；、,;]")
_PHRASE_PAIR = LazyPattern(f"^({_PHRASE})[ \u3000]({_PHRASE})$")    # over the ideographs' shape


def phrase_pair(t):
    """Is ``t`` a headline of two phrases set apart by a space ("党建引领聚合力 基层治理
    添活力"): each phrase three glyphs or more, without a mark but quotes, each quote closed
    inside its phrase (a paragraph line cuts a quoted slogan: "“税惠赋能 助稳向好”座谈")?

    >>> phrase_pair("练好内功 走稳外贸路"), phrase_pair("聚“新”更暖心 有“为”更有力")
    (True, True)
    >>> phrase_pair("“税惠赋能 助稳向好”座谈"), phrase_pair("推出“起步就起跑 开局就冲"), phrase_pair("梁可庭 刘奕辰")
    (False, False, True)
    """
    if t.count(" ") + t.count("\u3000") != 1:
        return False        # (most lines asked: none, or a letter-spaced line's many)
    m = _PHRASE_PAIR.match(han_shape(t))
    return bool(m) and all(p.count("“") == p.count("”") and p.count("‘") == p.count("’") for p in m.groups())


def closes(pg, kinds, k):
    """Does line k leave the next line free to start something new (its kind closes, or
    it ends a sentence, a run-in head's dash or a credit)? Before the first line, yes."""
    if k < 0:
        return True
    if kinds[k] in CLOSING_KINDS:
        return True
    t = pg.text[k]
    return ends_final(t) or t.endswith("——") or t[-1] in "）)" and ends_in_credit(pg.text, k)


def header_clusters(pg, kinds, profile=DEFAULT):
    """The header clusters of the page, as (first k, last k), and a label record (label,
    rule, confidence) for each of their lines, by k. Only lines that could start a
    cluster are visited, each line at most once, but for a line set apart by a blank line
    inside a run that was no header (on a page with blank lines between groups only,
    body lines run into the title lines of a group printed after them)."""
    runs = _Runs(pg, kinds, profile)
    labels = {}
    clusters = []
    done = -1
    retry = not (pg.spaced or pg.markdown)
    rejected = -1    # the last line of the last run that was no header
    # on a page without blank lines a run of one line that no strong sign holds is no
    # header (:meth:`_Runs._held`): most runs of a page in drawing order, told apart here
    # before the asks that would each say so
    lone_is_none = retry and profile.short_run_lines[0] > 1
    signs = runs.signs
    for k in runs.starts():
        if k <= done and not (retry and k <= rejected and not pg.tight[k]):
            continue
        j = runs.end_of(k)
        done = max(done, j)
        if lone_is_none and j == k and k not in signs:
            rejected = max(rejected, j)
            continue
        if retry and runs.glued_to_text(k, j):
            rejected = max(rejected, j)     # tried again from the blank line inside it
            continue
        if runs.is_header(k, j):
            label_cluster(pg, kinds, range(k, j + 1), labels, profile)
            clusters.append((k, j))
            rejected = -1
        else:
            rejected = max(rejected, j)
    return clusters, labels


def _extends(pg, kinds, anchors, profile=DEFAULT) -> list[bool]:
    """ext[x]: line x can continue a header run that reached line x - 1 (a title line after
    a deck or a byline starts something else; a glyph or two ending no sentence right
    under a title line is its wrapped tail); one more entry, False, past the last line.
    (``anchors``: the lines of a strong sign's kind, the decks and bylines among them.)"""
    # on a page without blank lines (or a Markdown one) title lines follow each other in a
    # block without a blank line saying so
    n = len(kinds)
    decks = [x for x in anchors if kinds[x] in _DECK_OR_BYLINE]     # (a few lines, not a pass)
    if not pg.spaced or pg.markdown:
        # every header-ish line (most lines are title-shaped there)
        ext = list(map(_HEADERISH.__contains__, kinds))
        ext.append(False)
    else:
        # a deck or byline, or a header-ish line printed tight to the line before (few lines)
        ext = [False] * (n + 1)
        for x in chain(compress(count(), pg.tight), decks):
            ext[x] = kinds[x] in _HEADERISH
    ext[0] = False
    # but not a line starting a new text frame, nor a title line after a deck or a byline
    for x in compress(count(), pg.frame) if any(pg.frame) else ():
        ext[x] = False
    for x in decks:
        if x + 1 < n and kinds[x + 1] == "title":
            ext[x + 1] = False
    # (the page's narrow lines, found once for the rules that ask: :meth:`.page.Page.narrow_lines`)
    for x in pg.narrow_lines(profile.tracked_tail_width):
        if title_tail(pg, kinds, x, profile):
            ext[x] = True
    return ext


def tail_shaped(t):
    """Is ``t`` shaped as a headline's wrapped tail: ideographs, maybe with a closing
    quote, or the quote alone, spaced or not?

    >>> tail_shaped("引擎”"), tail_shaped("”"), tail_shaped("零 ”"), tail_shaped("治理。")
    (True, True, True, False)
    """
    return bool(_TAIL.match(han_shape(t).replace(" ", "")))


def title_tail(pg, kinds, x, profile=DEFAULT):
    """Is line x a title line's wrapped tail: a glyph or two (ideographs, a closing quote,
    or the quote alone), spaced as a tracked title's pieces are or not ("零 ”"), ending no
    sentence, printed tight under a title line that holds no clause mark?"""
    return (x > 0 and kinds[x] == "body" and kinds[x - 1] == "title" and pg.tight[x]
            and pg.width[x] <= profile.tracked_tail_width
            and bool(_TAIL.match(han_shape(pg.text[x]).replace(" ", ""))) and not _CLAUSE.search(pg.text[x - 1]))


def titles_wrapped_in_quotes(pg, kinds, profile=DEFAULT):
    """Make 'title' in ``kinds`` a headline wrapped inside its quotes ("祁阳打造县域经济“" /
    "新引擎”", "家门口的“幸福食堂" / "”开进益阳"), which reads as a sentence's piece by its
    open quote: a line leaving a quote open, holding no clause mark, after a line that
    closes (or under a title line that may be its kicker, :func:`_kicker_after_end`),
    over a narrower line that closes the quote and holds none either, with a deck or
    byline right after them. Where the wrap falls inside the
    quotes is the column's doing, so the closing quote may end the second line or open it.
    On a page that prints blank lines between text groups the two are a group of their
    own, and the deck or byline opens the next group."""
    text = pg.text
    # only the lines two above a deck or byline are read (picked out at C speed), and on a
    # page drawn in order those right under a kicker
    under = [x - 2 for x in compress(count(), map(_DECK_OR_BYLINE.__contains__, kinds)) if x >= 3]
    kicked = _under_kicker_over_a_first_line(pg, kinds, profile)
    for k in sorted(set(under).union(kicked)):
        if (_left_open(text[k]) and kinds[k] in ("body", "title") and kinds[k + 1] in ("body", "title")
                and quotes_closed(text[k] + text[k + 1])
                and pg.width[k + 1] < pg.width[k] and pg.tight[k + 1]
                and (pg.tight[k + 2] or opens_group(pg, k) and opens_group(pg, k + 2))
                and not _CLAUSE.search(text[k] + text[k + 1])
                and (closes(pg, kinds, k - 1) or _kicker_after_end(pg, kinds, k - 1, profile))):
            kinds[k] = kinds[k + 1] = "title"
            if k in kicked and kinds[k + 2] != "deck" and kinds[k + 2] != "byline":
                # no deck or byline holds the three together: the kicker does
                kinds[k - 1] = "kicker"


def _under_kicker_over_a_first_line(pg, kinds, profile=DEFAULT):
    """The lines k right under a kicker (or a title line that may be one after a line that
    closes, :func:`_kicker_after_end`) whose line two under is narrower than the column (a
    paragraph's first line, by its indent), on a page drawn in order: a story credited at
    its end has no byline, so drawing order prints its kicker, its headline wrapped inside
    its quotes and its body's first line ("高质量发展调研行⑨" / "桃江打造县域经济“" /
    "新引擎”" / "溆浦县家庭教育协会围绕家"). No body line follows a kicker."""
    if not drawn_in_order(pg):
        return []
    text, n = pg.text, len(kinds)
    # only the lines holding an opening quote are read (picked out at C speed)
    quoted = compress(count(), map(contains, text, repeat("“")))
    return [k for k in quoted if 2 <= k < n - 2 and _left_open(text[k]) and pg.width[k + 2] < pg.body_width
            and (kinds[k - 1] == "kicker" or _kicker_after_end(pg, kinds, k - 1, profile))]


def kicker_narrow(pg, kinds, k, profile=DEFAULT):
    """Is line k a kicker, or a title line no wider than one?"""
    return kinds[k] == "kicker" or kinds[k] == "title" and pg.width[k] <= profile.kicker_max_width


def _kicker_after_end(pg, kinds, k, profile=DEFAULT):
    """Could line k be a kicker over a headline: a title line after a line that closes, set
    plainly, no wider than a kicker, tight to the line under it?"""
    return (k > 0 and kinds[k] == "title" and pg.width[k] <= profile.kicker_max_width
            and plain_kicker(pg, k) and pg.tight[k + 1] and closes(pg, kinds, k - 1))


_DECK_OR_BYLINE = frozenset(("deck", "byline"))


def _left_open(t):
    """Does ``t`` leave one double quote open, with no glyph of the quoted words after it
    closing it (the wrap fell inside the quotes)?

    >>> _left_open("祁阳打造县域经济“"), _left_open("怀化以“绣花功夫"), _left_open("“十四五”北湖")
    (True, True, False)
    """
    return t.count("“") == t.count("”") + 1


def spaced_by_glyph(t):
    """Is ``t`` three glyphs or marks or more, each set apart ("岳 阳 ： 湘", "堂 ” 开 进")?

    >>> spaced_by_glyph("堂 ” 开 进"), spaced_by_glyph("肖 畅"), spaced_by_glyph("莫 钢 黄冰璐")
    (True, False, False)
    """
    parts = t.split()
    return len(parts) >= 3 and all(len(p) == 1 for p in parts)


def tracked_wrapped(pg, kinds, k, profile=DEFAULT):
    """Is line k the first of a tracked title wrapped over two lines or more: letter-spaced,
    after a line that is no title piece, with a title line under it, letter-spaced too
    (its next piece) or a glyph or two (its tail), no wider than it? A paragraph's
    justified first line comes out spaced too, but the line under it goes on with the
    sentence, set plainly."""
    j = k + 1
    return (j < len(kinds) and kinds[j] == "title" and pg.tight[j]
            and (pg.letter_spaced[j] or pg.width[j] <= profile.tracked_tail_width)
            and (k == 0 or not (kinds[k - 1] == "title" and pg.letter_spaced[k - 1]))
            and pg.width[j] <= pg.width[k])


def _runs_on(t):
    """Does line ``t`` read as a piece of a sentence: a clause mark in it, or a quote or
    bracket left open?

    >>> _runs_on("北湖区委高位统筹，建立“三级"), _runs_on("成立临时联合党支部（决策机"), _runs_on("守护绿水青山")
    (True, True, False)
    """
    return bool(_RUNS_ON.search(t)) or not quotes_closed(t) or t.count("（") > t.count("）")


def opens_group(pg, k):
    """Does line k open a text group, a blank line before it, on a page that prints blank
    lines only between groups?"""
    return not pg.spaced and not pg.markdown and k > 0 and not pg.tight[k]


def tracked_after_header(pg, kinds, k):
    """Is line k, a letter-spaced title line holding no clause mark, printed right under
    a byline or deck (drawing order: one story's header, then the next story's tracked
    headline), the line under it not going on from it? A header ends in its deck or
    byline; a body's justified first line under it may come out spaced too, but it is
    a sentence's piece: its next line goes on with it ("在 国 家 …… 荣 誉 墙" / "上，……")."""
    return (k > 0 and kinds[k - 1] in ("byline", "deck") and pg.tight[k] and not _CLAUSE.search(pg.text[k])
            and not (k + 1 < len(kinds) and pg.starts_closed[k + 1]))


def tracked_under_kicker(pg, kinds, k, profile=DEFAULT):
    """Is line k, a letter-spaced title line holding no clause mark, printed right under a
    kicker (or a title line no wider than one) that follows a line that closes, the line
    under it not going on from it? Drawing order prints a story's body, its credit or
    byline, then the next story's kicker and tracked headline ("（赵杰华）" / "民生实事进行时"
    / "新 化 ： 数 字 赋 能 ……"); a body's justified line comes out spaced too, but no
    body line follows a kicker. An indented row is a paragraph's first line, spaced out by
    justification under a numbered section head ("（一）" / "　　“ 苏 仙 岭 下 读 好 书 ” ……").
    Only on a page drawn in order (:func:`.segments.drawn_in_order`): an extractor that
    groups text sets such a header apart by its blank lines, and pairs it by them."""
    return (k > 1 and pg.tight[k] and not pg.indent[k] and kicker_narrow(pg, kinds, k - 1, profile)
            and not _CLAUSE.search(pg.text[k]) and closes(pg, kinds, k - 2)
            and not (k + 1 < len(kinds) and pg.starts_closed[k + 1]) and drawn_in_order(pg))


def alone_in_group(pg, k):
    """Is line k a text group of its own, on a page that prints blank lines only between
    groups?"""
    return opens_group(pg, k) and (k + 1 >= len(pg.tight) or not pg.tight[k + 1])


class _Runs:
    """The runs of header-ish lines of a page, and what makes one a header block."""

    def __init__(self, pg, kinds, profile):
        self.pg, self.kinds, self.profile = pg, kinds, profile
        n = len(kinds)
        self.anchors = list(compress(count(), map(_ANCHORS.__contains__, kinds)))
        self.ext = _extends(pg, kinds, self.anchors, profile)
        # a run from x breaks at the first line from x on that cannot continue it (``ext``
        # False; the entry past the last line is): found at a start by ``list.index`` and
        # kept, (from, stop), for the starts after it in the same run (:meth:`end_of`),
        # which costs a fraction of a pass over every line picking all of them
        self._stop = (0, 0)
        self.tights = list(compress(count(), pg.tight)) if pg.spaced else []
        self.first_body = kinds.index("body") if "body" in kinds else n
        self.short = pg.body_width - profile.header_short
        # (read at every start: :meth:`end_of`)
        self.max_lines, self.loose = profile.header_max_lines, pg.spaced or pg.markdown
        # two-phrase headlines, and tracked ones alone in their text group: a header block
        # on their own (a line of names, though shaped the same, is a byline by its kind)
        self.phrases = set() if pg.markdown else {
            k for k in compress(count(), pg.has_space)
            if kinds[k] == "title" and (phrase_pair(pg.text[k]) or pg.letter_spaced[k] and (
                alone_in_group(pg, k) or tracked_wrapped(pg, kinds, k, profile)
                or tracked_after_header(pg, kinds, k) or tracked_under_kicker(pg, kinds, k, profile)))}
        self.phrase_list = sorted(self.phrases)
        self.signs = self.phrases.union(self.anchors)
        self._paragraph_blanks = None

    def starts(self):
        """The lines a cluster may start at: a header-ish line, a lone title-shaped one
        only at the top of a Markdown page."""
        kinds = self.kinds
        if self.pg.markdown:
            return list(compress(count(), map(_HEADERISH.__contains__, kinds)))
        # the strong signs, the header-ish lines a run goes on from (found from ``ext``, few
        # lines on a spaced page) and the headlines of their own (title lines all)
        goes_on = {k for k in compress(count(), self.ext[1:]) if kinds[k] in _HEADERISH}
        return sorted(goes_on.union(self.anchors, self.phrases))

    def end_of(self, k):
        """The last line of the run from line k: as far as lines may continue it, and on a
        page with neither blank lines nor Markdown, where body lines look like titles too,
        only to its last strong sign or its last short line, whichever comes later."""
        kinds = self.kinds
        if k + 1 < len(kinds):
            a, stop = self._stop
            if not a <= k + 1 <= stop:
                # (no line of a..stop-1 stops a run: the first stop from any of them is ``stop``)
                stop = self.ext.index(False, k + 1)
                self._stop = (k + 1, stop)
            j = min(stop - 1, k + self.max_lines)
        else:
            j = k
        if self.loose or j == k:
            return j
        # (the last strong sign, :meth:`_last_anchor`, looked up here: this runs at every start)
        anchors = self.anchors
        a = bisect_right(anchors, j) - 1
        last = anchors[a] if a >= 0 and anchors[a] >= k else k
        w = self.pg.width
        # (a tracked title's first piece may be wide: its pieces and tail under it are its own)
        opens = kinds[k] == "title" and (w[k] <= self.short or self.pg.letter_spaced[k] and k in self.phrases)
        if opens or last > k:
            r = k
            while r + 1 <= j and kinds[r + 1] == "title" and (w[r + 1] <= self.short or r + 1 in self.phrases):
                r += 1      # short title lines, and a two-phrase headline under them (its kicker)
            end = max(last, r)
        else:
            end = k     # (most starts on such a page: a wide title-shaped line, no sign after it)
        if end < j and kinds[end] == "kicker" and self._headline_under_kicker(end):
            end += 1
            text = self.pg.text
            if end < j and _left_open(text[end]) and kinds[end + 1] == "title" and self.pg.tight[end + 1] \
                    and quotes_closed(text[end] + text[end + 1]) and not _CLAUSE.search(text[end + 1]):
                end += 1    # the headline goes on to the line that closes its quote
            elif end < j and kinds[end + 1] == "title" and self.pg.tight[end + 1] \
                    and abs(self.pg.width[end] - self.pg.width[end + 1]) <= self.profile.kicker_phrase_balance \
                    and phrase_pair(text[end] + " " + text[end + 1]):
                end += 1    # a headline set a phrase a row ("聚力实体经济" / "跑出发展加速度")
        return end

    def _headline_under_kicker(self, x):
        """Is line x a kicker and the line under it, printed tight to it, a title line (its
        headline): the kicker set apart by a blank line (the two a text group of their
        own), or, tight to the text above, over a plain line holding no clause mark?"""
        kinds, tight = self.kinds, self.pg.tight
        if kinds[x] != "kicker" or kinds[x + 1] != "title" or not tight[x + 1]:
            return False
        # drawing order prints a story's series tag right over its plain headline line;
        # a tracked one in pieces is a header of its own (``phrases``)
        return not tight[x] or not (self.pg.letter_spaced[x + 1] or _CLAUSE.search(self.pg.text[x + 1]))

    def _last_anchor(self, k, j):
        """The last strong sign among lines k..j, or None."""
        a = bisect_right(self.anchors, j) - 1
        return self.anchors[a] if a >= 0 and self.anchors[a] >= k else None

    def glued_to_text(self, k, j):
        """Does the run of lines k..j open with text that is no header's and go on past a
        blank line? On a page that prints blank lines between groups, a header is a group
        of its own. Plain title lines in the text group of a body line (no blank line
        before them) are the paragraph's (its first lines, "该县成立由书记、县长" /
        "任“双组长”的县医疗卫生") when one of them is as wide as the text above or a title
        line of the header's own follows the blank; so is a group of its own that reads as
        a sentence, with a header's group after it, or holding a clause mark, whatever
        follows (a headline holds none: the deck or byline after such a group heads no
        text of it), and a group of that kind later in the run, a title line after it
        (:meth:`_piece_after`). A header, if any, starts after it."""
        if k == 0 or j == k:
            return False    # (a run of one line goes on past no blank line)
        tight, kinds = self.pg.tight, self.kinds
        b = next((r for r in range(k + 1, j + 1) if not tight[r]), None)
        # plain title lines before it: a kicker, deck or two-phrase headline printed
        # tight to the text above is a header all the same
        if b is None or not all(kinds[r] == "title" and r not in self.phrases for r in range(k, b)):
            return False
        titled = any(kinds[r] in ("title", "kicker") for r in range(b, j + 1))
        if not tight[k]:
            # a group of its own that runs on like a sentence (a clause mark, a quote left
            # open: "北湖区委高位统筹，建立“三级"), a header's group after it; with a clause
            # mark, a deck or byline group after it too ("驿”，180平方米空间敞亮温" / "馨，……"
            # / "通讯员 丁霞 许强燕")
            text = self.pg.text
            runs_on = any(_runs_on(text[r]) for r in range(k, b))
            return (runs_on and (titled or any(_CLAUSE.search(text[r]) for r in range(k, b)))
                    or titled and self._piece_after(b, j) or self._line_over_a_set_headline(k, b))
        if kinds[k - 1] != "body":
            return False
        # and a title line after it (the header's own), or one of them as wide as the text
        # above (a paragraph's line; a headline's lines are short of the column)
        w = self.pg.width
        full = max(w[max(0, k - self.profile.header_after_lines):k]) - self.profile.header_short
        return titled or any(w[r] > full for r in range(k, b))

    def _line_over_a_set_headline(self, k, b):
        """Is line k, a plain title line alone in its text group (neither tracked nor of two
        phrases, wider than a kicker), printed right over a group that opens with a
        headline set apart by its shape (line b: tracked, of two phrases, or a kicker over
        it)? An extractor printing text groups (pdfminer) prints a headline's lines as one
        group, so line k is none of that headline's lines; and two stories' headlines read
        across side by side are set alike, so it is no neighbour's headline either: it is
        a paragraph's line printed alone (its first, or one set off its column) over the
        next story's header ("3家基层医疗机构达到推荐标" / "点 燃 创 新 引 擎"). Only on a
        page whose blank lines part paragraphs (:func:`.starts.blank_lines_part_paragraphs`):
        pdftotext's groups are column pieces, not text boxes."""
        pg, kinds, profile = self.pg, self.kinds, self.profile
        if not (b == k + 1 and kinds[k] == "title" and k not in self.phrases and not pg.letter_spaced[k]
                and not kicker_narrow(pg, kinds, k, profile) and kinds[b] in ("title", "kicker")
                and (b in self.phrases or pg.letter_spaced[b] or kicker_narrow(pg, kinds, b, profile))):
            return False
        if self._paragraph_blanks is None:      # (asked once a page, of the few lines of this shape)
            self._paragraph_blanks = blank_lines_part_paragraphs(pg, profile)
        return self._paragraph_blanks

    def _piece_after(self, b, j):
        """Does a later group of the run (from line b on, to j) read as a sentence's piece,
        plain title lines with a clause mark or a quote left open, a title or kicker line
        after it? pdfminer prints a paragraph's first line as a group of its own; a header
        holds no such group, so its header starts after it."""
        tight, kinds, text = self.pg.tight, self.kinds, self.pg.text
        g = b
        while g <= j:
            e = g
            while e + 1 <= j and tight[e + 1]:
                e += 1
            group = range(g, e + 1)
            if (all(kinds[r] == "title" and r not in self.phrases for r in group)
                    and any(_runs_on(text[r]) for r in group)
                    and any(kinds[r] in ("title", "kicker") for r in range(e + 1, j + 1))):
                return True
            g = e + 1
        return False

    def is_header(self, k, j):
        """Is the run of lines k..j a header block: held by a strong sign, after a line
        that closes what came before, and not ruled out by what it holds or what follows?"""
        return (self._held(k, j) and (closes(self.pg, self.kinds, k - 1) or self._set_apart(k, j))
                and not self._ruled_out(k, j))

    def _set_apart(self, k, j):
        """Is the block of lines k..j a text group of its own, a blank line before it, on a
        page that prints blank lines only between groups, held by a deck or a byline, or a
        headline alone in its group (two phrases, or tracked), or such a headline under its
        kicker, the two a group of their own? An extractor reading down a
        column (``pdftotext``, pdfminer) prints a header there, the paragraph before it
        unfinished."""
        pg, kinds = self.pg, self.kinds
        return (opens_group(pg, k)
                and (any(kinds[r] in ("deck", "byline") for r in range(k, j + 1))
                     or k == j and k in self.phrases and alone_in_group(pg, k)
                     or self._kicker_over_phrase(k, j)))

    def _kicker_over_phrase(self, k, j):
        """Are lines k..j a text group of two: a kicker (or a line narrow as one) over a
        headline of two phrases or a tracked one?"""
        pg, kinds = self.pg, self.kinds
        return (j == k + 1 and j in self.phrases and pg.tight[j]
                and (j + 1 >= len(kinds) or not pg.tight[j + 1])
                and kicker_narrow(pg, kinds, k, self.profile))

    def _held(self, k, j):
        """Does a strong sign hold lines k..j together as a block?"""
        pg, kinds = self.pg, self.kinds
        ps = self.phrase_list
        if ps:
            at = bisect_right(ps, j) - 1
            if at >= 0 and ps[at] >= k:
                return True
        if self._last_anchor(k, j) is not None and (
                not pg.markdown or any(kinds[r] in ("mdh1", "deck", "byline") for r in range(k, j + 1))):
            return True
        if pg.spaced:
            b = bisect_right(self.tights, j) - 1
            if b >= 0 and self.tights[b] > k:
                return True    # two lines printed without a blank line between them
        if pg.markdown:
            return self.first_body > k and kinds[k] == "title" and closes(pg, kinds, k - 1)
        return not pg.spaced and self._short_run(k, j)

    def _short_run(self, k, j):
        """Without blank lines to tell, are lines k..j two or three short unpunctuated title
        lines in a row (a section head is one), short also for the column of the text after
        them (in a narrow column a paragraph's first lines are short for the page too)? A
        full stop inside a line makes it a paragraph's first line, a clause mark a head's
        ("人才回流，乡村振兴有了" / "“领头雁”": a head wrapped to its tail joins two clauses
        of one thought): headlines have none."""
        pg, kinds, profile = self.pg, self.kinds, self.profile
        w, lo, hi = pg.width, *profile.short_run_lines
        if not lo <= j - k + 1 <= hi:
            return False
        if not all(kinds[r] == "title" and w[r] <= self.short and not broken_phrase(pg.text[r], profile)
                   and not _CLAUSE.search(pg.text[r]) for r in range(k, j + 1)):
            return False
        lines = profile.header_after_lines
        after = (middle_width(pg, kinds, j + 2, lines) or middle_width(pg, kinds, j + 1, lines)
                 # a short first paragraph: the column of the paragraphs after it
                 or middle_width(pg, kinds, j + 1, lines, across=True))
        return not (after and any(w[r] > after - profile.header_short for r in range(k, j + 1)))

    def _ruled_out(self, k, j):
        """Is the block of lines k..j no header after all: followed by a line that goes on
        (a header's next line starts something; a lone two-phrase or tracked headline
        excepted, which an extractor reading down a column prints before a piece of another
        story, and so a header set apart in groups with its deck or byline, the piece a
        group of its own), bylines
        alone away from any title and without a role word, or more title lines than a header
        has?"""
        pg, kinds, profile = self.pg, self.kinds, self.profile
        if (not pg.markdown and j + 1 < len(kinds) and pg.starts_closed[j + 1] and not (k == j and k in self.phrases)
                and not (opens_group(pg, j + 1) and self._set_apart(k, j))):
            return True
        if (all(kinds[r] == "byline" for r in range(k, j + 1))
                and not any(kinds[x] in _TITLE_LINES for x in range(max(0, k - profile.byline_near_header), k))
                and not pg.text[k].startswith(_ROLE_START)):
            return True
        most = profile.header_max_titles
        if j - k + 1 <= most:
            return False
        run = range(k, j + 1)
        # a series tag stands over a headline, never under one: one under a title line
        # starts the next header, as it does in :func:`cluster_units`
        ends = set_headline_ends(pg, run) | {r - 1 for r in run if r > k and (
            kinds[r] == "kicker" and kinds[r - 1] == "title" or kicker_after_headline(pg, kinds, r, profile))} \
            | {r - 1 for r in run if plain_after_tracked(pg, kinds, r)} \
            | (headline_row_ends(pg, kinds, run, profile) if kinds[j] in _DECK_OR_BYLINE else set())
        units = _headers_in(kinds, k, j, ends)
        return max(title_lines(pg, kinds, a, b, profile) for a, b in units) > most


def headline_row_ends(pg, kinds, run, profile=DEFAULT):
    """The lines of ``run`` after which another story's headline starts by its rows
    (:func:`.headline_rows.next_headline_row`, as :func:`label_cluster` reads them): a
    credited story's header (kicker and headline, no byline) drawn after its body, right
    over the next story's headline, is two headers, each held to the title lines a header
    has, not one too long to be a header.

    >>> from .page import Page
    >>> pg = Page(["（赵芳杰）", "基层一线", "衡阳蹚出产业振兴新路子", "党建引领聚合力", "基层治理添活力", "魏静芳"])
    >>> sorted(headline_row_ends(pg, ["body", "title", "title", "title", "title", "byline"], range(1, 6)))
    [2]
    """
    out, first = set(), None
    for r in run:
        if kinds[r] != "title":
            first = None if kinds[r] in _DECK_OR_BYLINE else first
            continue
        if first is None:
            first = r
        elif next_headline_row(pg, kinds, r, first, profile):
            out.add(r - 1)
            first = r
    return out


def _headers_in(kinds, k, j, ends=frozenset()):
    """Lines k..j cut into the headers they may hold, as (first, last): a title or kicker
    line after a deck or a byline, or after a line of ``ends``, starts the next (two
    stories' headers drawn one after the other; each is held to the title lines a header
    has).

    >>> _headers_in(["kicker", "title", "body", "deck", "kicker", "title", "title", "deck", "byline"], 0, 8)
    [(0, 3), (4, 8)]
    >>> _headers_in(["title", "title", "title", "title", "deck"], 0, 4, {1})
    [(0, 1), (2, 4)]
    """
    out, a = [], k
    for r in range(k + 1, j + 1):
        if kinds[r] in ("title", "kicker") and (kinds[r - 1] in ("deck", "byline") or r - 1 in ends):
            out.append((a, r - 1))
            a = r
    out.append((a, j))
    return out


def title_lines(pg, kinds, k, j, profile=DEFAULT):
    """How many title lines lines k..j hold, a tracked title wrapped over several lines
    counted once: its letter-spaced pieces and a short tail ("株 洲 小 城" / "走 出 智 能" /
    "制 造 新 势" / "力") are one headline set wide, not a run of body lines.

    >>> from .page import Page
    >>> pg = Page(["株 洲 小 城", "走 出 智 能", "制 造 新 势", "力", "——株洲打造创新创业"])
    >>> title_lines(pg, ["title"] * 4 + ["deck"], 0, 4)
    1
    >>> pg = Page(["县第三人民医院", "书记易君说", "党建与业务", "融合"])
    >>> title_lines(pg, ["title"] * 4, 0, 3)
    4

    A piece holding a quote mark spaced like a glyph is one ("堂 ” 开 进", not letter-spaced
    by the page's test):

    >>> pg = Page(["家 门 口 的", "“ 幸 福 食", "堂 ” 开 进", "宁 乡"])
    >>> title_lines(pg, ["title"] * 4, 0, 3)
    1
    """
    count, in_tracked = 0, False
    for r in range(k, j + 1):
        if kinds[r] != "title":
            in_tracked = False
            continue
        # (a piece holding a quote mark spaced like a glyph, "堂 ” 开 进", is one too)
        piece = pg.letter_spaced[r] or in_tracked and (
            pg.width[r] <= profile.tracked_tail_width or spaced_by_glyph(pg.text[r]))
        count += not (piece and in_tracked)
        in_tracked = piece
    return count


def label_cluster(pg, kinds, run, labels, profile=DEFAULT):
    """Label the lines ``run`` of a header cluster in ``labels``: each line by its kind and
    place, then, without a dash line, a last headline line much wider than the headline's
    widest row is the deck."""
    conf = profile.conf
    head_seen, first_title, prev = False, None, None
    for r in run:
        after = prev == "headline" and (tracked_after_plain(pg, kinds, r, profile)
                                        or pair_after_plain(pg, kinds, r, profile))
        row_after = prev == "headline" and not after and kinds[r] == "title" and next_headline_row(
            pg, kinds, r, first_title, profile)
        if kinds[r] in ("title", "mdh1", "kicker") and (first_title is None or prev in ("subtitle", "byline")
                                                       or kinds[r] == "kicker" and prev == "headline"
                                                       or after or row_after):
            first_title = r     # the first title line of the cluster, or of the next header in it
        labels[r] = lab = _cluster_line(pg, kinds, r, first_title, head_seen, conf)
        if after or row_after:
            labels[r] = ("headline", NEXT_TRACKED if after else NEXT_ROW, lab[2])
        elif prev == "headline" and (kicker_after_headline(pg, kinds, r, profile)
                                     or kicker_after_tracked(pg, kinds, r, profile)):
            first_title = r
            labels[r] = lab = ("kicker", "kicker-by-style", conf.short_kicker)
        head_seen = head_seen or lab[0] == "headline"
        prev = lab[0]
    for unit in cluster_units(run, labels):
        _label_unit(pg, unit, labels, profile)


def tracked_after_plain(pg, kinds, r, profile=DEFAULT):
    """Does line r, a letter-spaced title line, start the next story's header right under
    a plain title line too wide for a kicker (drawing order: a story's headline after its
    body, then the next story's tracked headline)? A kicker over a tracked headline is
    narrow. (Where a blank line parts the two, an extractor printing text groups may have
    interleaved two headers: what follows the tracked line tells.)"""
    return (r > 0 and kinds[r] == "title" and kinds[r - 1] == "title" and pg.letter_spaced[r] and pg.tight[r]
            and not pg.letter_spaced[r - 1] and pg.width[r - 1] > profile.kicker_max_width)


def plain_after_tracked(pg, kinds, r):
    """Does line r, a plain title line, stand right under a letter-spaced one? A headline
    is set in one style, so the two are not rows of one headline: in a run of more title
    lines than one header has, the plain line starts the next story's header (its kicker
    or headline, drawn right after the story before's tracked headline).

    >>> from .page import Page
    >>> pg = Page(["攸 县 夜 间 经 济 点", "亮 城 乡 烟 火 气", "基层一线", "吉首跑出项目建设“加速度”"])
    >>> [plain_after_tracked(pg, ["title"] * 4, r) for r in range(4)]
    [False, False, True, False]
    """
    return (r > 0 and kinds[r] == "title" and kinds[r - 1] == "title" and pg.tight[r]
            and pg.letter_spaced[r - 1] and not pg.letter_spaced[r])


def pair_after_plain(pg, kinds, r, profile=DEFAULT):
    """Does line r, a title line of two phrases (:func:`phrase_pair`, a whole headline),
    start the next story's header right under a plain title line too wide for a kicker
    (drawing order: a story's headline after its body, then the next story's)? A headline
    wrapped or set in rows ends in a tail or a phrase, not in a second headline of two
    phrases."""
    return (r > 0 and kinds[r] == "title" and kinds[r - 1] == "title" and pg.tight[r]
            and not pg.letter_spaced[r] and not pg.letter_spaced[r - 1]
            and pg.width[r - 1] > profile.kicker_max_width and phrase_pair(pg.text[r]))


def kicker_after_tracked(pg, kinds, r, profile=DEFAULT):
    """Is line r the next story's kicker right under a story's tracked headline: a plain
    title line as narrow as a kicker (wider than a tracked headline's tail, no space in
    it), under a letter-spaced line, over a plain title line wider than it with a deck or
    byline right under that? A headline is set in one style, so the plain line is no row
    of the tracked headline, and a kicker stands over its headline.

    >>> from .page import Page
    >>> pg = Page(["攸 县 夜 间 经 济 点", "亮 城 乡 烟 火 气", "基层一线", "吉首跑出项目建设“加速度”", "——吉首"])
    >>> [kicker_after_tracked(pg, ["title"] * 4 + ["deck"], r) for r in range(4)]
    [False, False, True, False]
    >>> pg = Page(["株 洲 小 城 走", "出 智 能", "制造", "——株洲打造"])
    >>> kicker_after_tracked(pg, ["title"] * 3 + ["deck"], 2)
    False
    >>> pg = Page(["新 化 ： 数 字 赋 能 让 田 间", "“ 聪 明 ”", "2007年企业初创时仅为小作", "坊，扩大生产"])
    >>> kicker_after_tracked(pg, ["title", "title", "title", "body"], 1)
    False
    """
    w = pg.width
    return (plain_after_tracked(pg, kinds, r) and not pg.has_space[r]
            and profile.tracked_tail_width < w[r] <= profile.kicker_max_width
            and r + 2 < len(kinds) and kinds[r + 1] == "title" and pg.tight[r + 1]
            and not pg.letter_spaced[r + 1] and w[r + 1] > w[r] and kinds[r + 2] in _DECK_OR_BYLINE)


def kicker_after_headline(pg, kinds, r, profile=DEFAULT):
    """Is line r a kicker by its style (:func:`kicker_by_style`: over two phrase lines of
    one width, say) right under a plain title line too wide for a kicker? That line is
    the story before's headline, drawn after its body; the kicker starts the next header."""
    if r < 1 or kinds[r - 1] != "title" or pg.letter_spaced[r - 1] or pg.width[r - 1] <= profile.kicker_max_width:
        return False
    heads = [x for x in range(r, min(r + 3, len(kinds))) if kinds[x] == "title" and pg.tight[x]]
    return heads[:1] == [r] and heads == list(range(r, r + len(heads))) and kicker_by_style(pg, heads, profile)


def set_headline_ends(pg, run):
    """The lines of ``run`` that end a headline set apart (tracked or of two phrases) with
    a blank line after them: a title line opening the next group starts another header
    (each held to the title lines a header has)."""
    ls, tight = pg.letter_spaced, pg.tight
    return {r for r in run if r + 1 in run and not tight[r + 1] and (
        ls[r] or phrase_pair(pg.text[r]) or r > 0 and tight[r] and ls[r - 1])}


def cluster_units(run, labels):
    """The lines of a cluster cut into the headers it holds: a headline line after a deck
    or byline, or a series tag after a headline, starts the next story's header (two
    stories' headers drawn one after the other, the first after its body and the second
    before its own; a series tag stands over a headline, never under one). A tracked
    headline right under a plain one (:func:`tracked_after_plain`) starts one too.

    >>> H, D, B, K = [("headline", "")], [("subtitle", "")], [("byline", "")], [("kicker", "")]
    >>> cluster_units([0, 1, 2, 3, 4, 5], H + H + B + H + D + B)
    [[0, 1, 2], [3, 4, 5]]
    >>> cluster_units([0, 1, 2, 3], K + H + K + H)
    [[0, 1], [2, 3]]
    >>> cluster_units([0, 1, 2, 3, 4], K + H + [("headline", NEXT_TRACKED)] + H + D)
    [[0, 1], [2, 3, 4]]
    """
    units, prev = [], None
    for r in run:
        lb = labels[r][0]
        if (not units or lb in ("headline", "kicker") and prev in ("subtitle", "byline")
                or lb == "kicker" and prev == "headline" or labels[r][1] in NEXT_HEADLINE):
            units.append([])
        units[-1].append(r)
        prev = lb
    return units


def _label_unit(pg, unit, labels, profile):
    """The kicker over one header's headline lines, by width or by style; without a dash
    line, a last headline line much wider than the headline's widest row is the deck."""
    conf = profile.conf
    heads = [r for r in unit if labels[r][0] == "headline"]
    if short_kicker(pg, heads, profile):
        labels[heads[0]] = ("kicker", "short-first-line", conf.short_kicker)
        heads = heads[1:]
    elif kicker_by_style(pg, heads, profile):
        labels[heads[0]] = ("kicker", "kicker-by-style", conf.short_kicker)
        heads = heads[1:]
    if len(heads) >= 2 and not any(labels[r][0] == "subtitle" for r in unit):
        last = heads[-1]
        # (a glyph or two left over from the line above is the headline's tail, not a deck)
        if pg.width[last] > profile.tracked_tail_width and deck_by_width(pg, heads, profile):
            labels[last] = ("subtitle", "second-line-deck", conf.second_line_deck)


def short_kicker(pg, heads, profile=DEFAULT):
    """Is the first of a cluster's headline lines ``heads`` a kicker by its width: narrow,
    and much narrower than the line after it ("民生实事进行时" over "临澧“银发族”乐享智慧
    生活") or a text group of its own, a blank line after it on a page that prints blank
    lines only between groups? A headline's two lines are balanced phrases, or a full line and its tail, never
    a short line over a long one."""
    if len(heads) < 2 or heads[1] != heads[0] + 1:
        return False
    w = pg.width
    if w[heads[0]] > profile.kicker_max_width or not plain_kicker(pg, heads[0]):
        return False
    # printed as a text group of its own (blank lines only between groups), or much
    # narrower than the headline line after it
    apart = not (pg.spaced or pg.markdown or pg.tight[heads[1]])
    return apart or w[heads[1]] - w[heads[0]] >= profile.kicker_narrower


def plain_kicker(pg, k):
    """Could line k be a kicker by its setting: a kicker is set plainly, never tracked
    (letter-spaced) nor as two phrases ("以文化人 以文润城"), which is how headlines are set."""
    return not pg.letter_spaced[k] and not phrase_pair(pg.text[k])


def kicker_by_style(pg, heads, profile=DEFAULT):
    """Is the first of a cluster's headline lines ``heads`` a kicker because the lines
    under it make a headline whole without it? It is narrow and printed plainly, and under
    it stands a letter-spaced (tracked) headline line, a headline of two phrases on one
    line ("以文化人 以文润城"), or two or more headline lines the first of which is wider
    than it (a headline wrapped in a column fills its first line: it never opens on its
    narrowest line). A kicker is set in a style of its own, smaller and untracked.

    >>> from .page import Page
    >>> pg = Page(["民生实事进行时", "常 德 ： 冬 修 水 利 正 当 时", "新春走基层", "守护绿水青山", "共绘生态画卷",
    ...            "祁阳打造县域", "经济“新", "引擎”"])
    >>> kicker_by_style(pg, [0, 1]), kicker_by_style(pg, [2, 3, 4]), kicker_by_style(pg, [5, 6, 7])
    (True, True, False)
    >>> kicker_by_style(pg, [3, 4])   # a headline of two balanced lines keeps both
    False
    >>> kicker_by_style(Page(["县域经济观察", "以文化人", "以文润城"]), [0, 1, 2])
    True
    """
    if len(heads) < 2 or heads[1] != heads[0] + 1:
        return False
    first, second = heads[0], heads[1]
    w = pg.width
    if w[first] > profile.kicker_max_width or pg.letter_spaced[first] or pg.has_space[first]:
        return False
    if pg.letter_spaced[second] or phrase_pair(pg.text[second]):
        return True
    if len(heads) < 3 or heads[2] != second + 1:
        return False
    third = heads[2]
    # wider than its first line, or two balanced phrases ("聚焦乡村振兴" over "擦亮民生底色"
    # / "提升幸福成色"): a wrapped headline's last line is its tail, narrower; two phrases
    # of one width ("以文化人" / "以文润城") under a wider line are set a phrase a line,
    # which a headline wrapped with that line would not be (its second line full)
    pair = abs(w[third] - w[second])
    return w[second] > w[first] or (pair <= profile.kicker_phrase_balance
                                    and w[first] <= w[second] + profile.kicker_phrase_balance) or (
        pair <= profile.kicker_pair_equal and w[second] > profile.tracked_tail_width)


def _cluster_line(pg, kinds, r, first_title, head_seen, conf):
    """The label record of line r of a header cluster (``first_title``: the first
    title-like line of its header; ``head_seen``: a headline line came before)."""
    kd = kinds[r]
    if kd == "deck":
        if pg.first[r] not in "—-─－":
            return "subtitle", "deck-tail", conf.deck_tail    # :func:`.lone_names.deck_tails`
        return "subtitle", "dash-deck", conf.cluster_deck
    if kd == "byline":
        return "byline", "names", conf.cluster_byline
    if kd == "kicker" and r == first_title:
        return "kicker", "series-tag", conf.series_tag
    if kd == "mdh1":
        return "headline", "md-heading", conf.md_headline
    if pg.markdown and head_seen:
        return "subtitle", "md-line-after-headline", conf.md_line_after_headline
    if pg.markdown and r + 1 < len(kinds) and kinds[r + 1] == "mdh1" and r == first_title:
        return "kicker", "md-line-before-headline", conf.md_line_before_headline
    return "headline", "title-in-cluster", conf.title_in_cluster
