"""A paragraph that goes on after other stories' lines (pages read down their columns).

``pdftotext`` and pdfminer read a page in text groups, parted by blank lines, and one
story's column piece may come after other stories' pieces: its paragraph goes on from a
line printed far above it. Reading order alone does not say which open line it goes on
(part 4 of docs/pdf-extractors.md: the nearest open end was wrong five times in six
where it changed anything). What the page still shows: a group opening mid-paragraph
(its first line as full as its column, no indent) right after a line that ends a
sentence cannot go on that line; the line it goes on is open (it ends no sentence and
fills its column) and set to the same measure; and a word the column cut in two is
written whole elsewhere on the page (the two glyphs across the join read as a pair the
page uses again; a wrong join seldom does). A group is joined only where one open line
alone fits all three; on a page whose blank lines part column pieces (pdftotext), the
only open column foot of the measure will do where no join pairs, and a piece after
another story's open line is tried too. There, too, a column read down goes on from one
story's end into the next story's opening, set to another measure (:func:`story_steps`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress, count

from .attach import reads_in_order
from .chars import IS_HAN, flags_of
from .decisions import BODY_LABELS, HEADER_LABELS
from .profile import DEFAULT
from .starts import blank_lines_part_paragraphs
from .title_groups import blank_lines_part_groups


def without_spaces(pg):
    """The lines' texts without spaces, for the bigrams."""
    text = list(pg.text)
    for k in set(compress(count(), pg.has_space)).union(pg.lines_with("\u3000")):
        text[k] = _no_spaces(text[k])
    return text


def _no_spaces(t):
    """``t`` without whitespace: its spaces dropped, split apart and joined only where
    something unprintable is left (all other whitespace is; a letter-spaced line split
    into its glyphs costs an object a glyph).

    >>> _no_spaces("精 准 有 温"), _no_spaces("第 5\u3000版"), _no_spaces("a\t b")
    ('精准有温', '第5版', 'ab')
    """
    out = t.replace(" ", "")
    return out if out.isprintable() else "".join(t.split())


def body_groups(pg, para):
    """The runs of paragraph lines (``para``: which lines k are paragraph lines) with no
    blank line and no other line between them, as lists of k.

    >>> from .page import Page
    >>> pg = Page(["一行正文", "二行正文", "", "三行正文", "标题", "四行正文"])
    >>> body_groups(pg, [True, True, True, False, True])
    [[0, 1], [2], [4]]
    """
    return text_groups(pg, compress(count(), para))


def text_groups(pg, ks):
    """Lines ks (in order) in runs printed one under the other, no blank or other line
    between."""
    groups = []
    for k in ks:
        if groups and k == groups[-1][-1] + 1 and pg.tight[k]:
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def group_measure(pg, group, profile=DEFAULT):
    """The column width of a group: the widest of its lines but the first (a first line
    is the one in question, and short by its indent when it starts a paragraph); a
    one-line group's own width."""
    return max(pg.width[k] for k in group[1:]) if len(group) > 1 else pg.width[group[0]]


def joins_as_pair(pg, e, f, page_text):
    """Do the last glyph of line e and the first of line f, two ideographs, stand side by
    side elsewhere on the page (``page_text``: its lines joined by line breaks)?

    >>> from .page import Page
    >>> pg = Page(["对于孩", "子成长至关重要。", "关照到孩子的身心"])
    >>> text = "|".join(pg.text)
    >>> joins_as_pair(pg, 0, 1, text), joins_as_pair(pg, 1, 2, text)
    (True, False)
    """
    a, b = pg.text[e][-1], pg.text[f][0]
    return bool(flags_of(a) & IS_HAN and flags_of(b) & IS_HAN) and a + b in page_text


def continued_groups(pg, lab, line_text, profile=DEFAULT):
    """(open group, group, after a close, on a page of column pieces) for each group that
    goes on the open group's last line, printed before it elsewhere (``lab``: the label
    records; ``line_text``: the lines without spaces). A group of at least
    ``flow_min_lines`` lines opens mid-paragraph when its first line is within
    ``flow_full`` cells of its column; the open lines it may go on are before it (within
    ``flow_reach`` lines), the last of their group, ending no sentence, within
    ``flow_full`` of their column, that column within ``flow_measure`` of the group's;
    each takes one group
    (:func:`_open_line_for`). The text line before the group must close (no paragraph
    line, or one ending a sentence), but on a page whose blank lines part column pieces
    rather than paragraphs (:func:`.title_groups.blank_lines_part_groups`): a column
    piece after another story's open line goes on the line its join pairs with. (Where
    paragraphs are the groups, one after an open line goes on that line: measured.)
    There an open column foot that a piece of its measure goes on right below
    (:func:`_goes_on_next`) is no choice for the pieces further down."""
    para = [x[0] == "paragraph" for x in lab]
    groups = body_groups(pg, para)
    cols = [group_measure(pg, g, profile) for g in groups]
    open_ends = _open_ends(pg, groups, cols, profile)
    pieces = blank_lines_part_groups(pg, profile)
    taken = _gone_on_below(pg, lab, groups, cols, open_ends, profile) if pieces else set()
    text = _PageText(line_text, profile.flow_reach)
    out, lo = [], 0
    for i, g in enumerate(groups):
        f = g[0]
        if len(g) < profile.flow_min_lines or pg.width[f] < cols[i] - profile.flow_full:
            continue
        after_close = _after_a_close(pg, lab, f)
        if not (after_close or pieces):
            continue
        while lo < len(open_ends) and groups[open_ends[lo]][-1] < f - profile.flow_reach:
            lo += 1
        same = _of_its_measure(open_ends[lo:bisect_left(open_ends, i)], taken, cols, cols[i], profile)
        if not same:
            continue
        j = _open_line_for(pg, f, [groups[j][-1] for j in same], text.around(f), pieces and after_close)
        if j is not None:
            taken.add(same[j])
            out.append((groups[same[j]], g, after_close, pieces))
    return out


def ends_going_on_before(pg, lab, end, profile=DEFAULT):
    """Close the open column feet whose paragraph goes on in a piece printed before them
    (``end``: the end records, changed in place), on a page read in order
    (:func:`.attach.reads_in_order`). A column read down may give a paragraph's start
    after its end: the start's last line is then open, and the group after it opens a
    paragraph (its first line short of its column by an indent), so the paragraph does
    not go on there. Where the groups opening mid-paragraph after a line that closes whose
    join with the open line reads as a pair (:func:`joins_as_pair`) were all printed
    before it, the paragraph went on before, and it ends at the open line (the lines keep
    the order they were printed in: its text end stays a paragraph of its own). Where no
    join reads as a pair, on a page whose blank lines part paragraphs, an opening of the
    foot's column that no open line printed before it can have led to does
    (:func:`orphan_before`). Asked after the joins of :func:`continued_groups`, which
    leave a joined line open (a group printed after it pairs with it), and after a
    person's ends, which it keeps."""
    if not reads_in_order(pg):
        return
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    cols = [group_measure(pg, g, profile) for g in groups]
    full = profile.flow_full
    opening_col = {g[0]: cols[i] for i, g in enumerate(groups) if len(g) >= profile.flow_min_lines
                   and pg.width[g[0]] >= cols[i] - full and _after_a_close(pg, lab, g[0])}
    opening = list(opening_col)   # in line order
    open_ends = _open_ends(pg, groups, cols, profile)
    open_feet = [(groups[i][-1], cols[i]) for i in open_ends]
    feet = [(groups[i][-1], cols[i]) for i in open_ends
            if i + 1 < len(groups) and _opens_indented(pg, groups[i + 1], cols[i + 1], profile)]
    text = _PageText(without_spaces(pg), profile.flow_reach) if feet else None
    reach, paragraph_groups = profile.flow_reach, None
    for e, col in feet:
        if not _left_open(end[e]):
            continue
        near = opening[bisect_left(opening, e - reach):bisect_right(opening, e + reach)]
        pairs = [f for f in near if joins_as_pair(pg, e, f, text.around(e))]
        if pairs:
            went_before = pairs[-1] < e
        else:
            # only where blank lines part paragraphs (pdfminer): there a group opening
            # mid-paragraph is a paragraph's rest, not a column piece of any paragraph
            if paragraph_groups is None:
                paragraph_groups = blank_lines_part_paragraphs(pg, profile)
            went_before = paragraph_groups and orphan_before(
                e, col, [(f, opening_col[f]) for f in near], open_feet, profile.flow_measure)
        if went_before:
            end[e] = (True, "goes-on-before", profile.conf.goes_on_before)


def orphan_before(e, col, openings, open_feet, measure):
    """Did the paragraph of open foot e (of column ``col``) go on before it, where no
    join reads as a pair? ``openings``: the groups opening mid-paragraph after a line that
    closes near it, (first line, column); ``open_feet``: every open group end, (line,
    column). Yes when an opening of its column (within ``measure``) comes before e that no
    open foot of that column printed before it can have led to (an orphan: a paragraph's
    rest whose start is printed after it), and none comes after e (that one would be the
    foot's own rest, printed after it as read down the columns).

    >>> orphan_before(20, 12, [(5, 12)], [(20, 12)], 0.5)
    True
    >>> orphan_before(20, 12, [(5, 12)], [(2, 12), (20, 12)], 0.5)     # a foot above may lead to it
    False
    >>> orphan_before(20, 12, [(5, 12), (30, 12)], [(20, 12)], 0.5)    # one of its column after
    False
    >>> orphan_before(20, 12, [(5, 16)], [(20, 12)], 0.5)              # another column's
    False
    """
    same = [f for f, c in openings if abs(c - col) <= measure]
    if not same or same[-1] > e:
        return False
    return any(all(o >= f or abs(c - col) > measure for o, c in open_feet) for f in same)


def _left_open(record):
    """Did the rules leave the line open (a person's end is kept as it is)?"""
    return not record[0] and record[1] != "person"


def _opens_indented(pg, group, col, profile=DEFAULT):
    """Does the group (of column ``col``) open with a paragraph's first line: two lines
    at least, the first short of the column by more than ``flow_full`` (an indent)?"""
    return len(group) >= profile.flow_min_lines and pg.width[group[0]] < col - profile.flow_full


def _open_ends(pg, groups, cols, profile=DEFAULT):
    """The groups (indices into ``groups``, of columns ``cols``) whose last line ends no
    sentence and fills its column within ``flow_full``: a paragraph the column cut."""
    return [i for i, g in enumerate(groups) if cut_open(pg, g, cols[i], profile)]


def cut_open(pg, group, col, profile=DEFAULT):
    """Does the group (of column ``col``) end with a line ending no sentence and filling
    the column within ``flow_full``?"""
    return not pg.ends_final[group[-1]] and pg.width[group[-1]] >= col - profile.flow_full


def _of_its_measure(ends, taken, cols, col, profile=DEFAULT):
    """The open groups of ``ends`` not ``taken`` whose column is within ``flow_measure``
    of ``col``."""
    return [j for j in ends if j not in taken and abs(cols[j] - col) <= profile.flow_measure]


def _gone_on_below(pg, lab, groups, cols, open_ends, profile=DEFAULT):
    """On a page of column pieces, the open groups (indices into ``groups``, of columns
    ``cols``) whose last line goes on at the next group's first line, only furniture
    between (:func:`_goes_on_next`): no choice for the pieces further down."""
    return {i for i in open_ends if i + 1 < len(groups)
            and _goes_on_next(pg, lab, groups[i][-1], groups[i + 1][0], cols[i], cols[i + 1], profile)}


class _PageText:
    """The text a join's pair is looked up in: the page's lines (``line_text``, without
    spaces) joined by line breaks, those within ``reach`` lines of the piece on a longer
    input (several pages in one file), so that a lookup costs the same on any.

    >>> [t.split() for t in (_PageText(list("一二三四五"), 1).around(2), _PageText(list("一二"), 1).around(1))]
    [['二', '三'], ['一', '二']]
    """

    def __init__(self, line_text, reach):
        self.lines, self.reach, self.whole = line_text, reach, None

    def around(self, f):
        if len(self.lines) <= 2 * self.reach:
            if self.whole is None:
                self.whole = "\n".join(self.lines)
            return self.whole
        return "\n".join(self.lines[max(0, f - self.reach):f + self.reach])


def _open_line_for(pg, f, ends, page_text, alone_will_do):
    """Which of the open lines ``ends`` (lines k, of the measure of the group line f
    opens) line f goes on, as an index into them, or None: the one whose join reads as a
    pair the page writes elsewhere (:func:`joins_as_pair`; none where two do); where
    none does, the only one there is when ``alone_will_do`` (a column piece opening
    mid-paragraph after a line that closes, on a page whose blank lines part column
    pieces: one open column foot of its measure is where it goes on)."""
    fits = [x for x, e in enumerate(ends) if joins_as_pair(pg, e, f, page_text)]
    if not fits and alone_will_do and len(ends) == 1:
        return 0
    return fits[0] if len(fits) == 1 else None


def _goes_on_next(pg, lab, e, f, col_e, col_f, profile=DEFAULT):
    """Does open line e go on at line f, the next group's first (columns ``col_e``,
    ``col_f``): nothing but furniture between, f within ``flow_full`` of its column (no
    indent) and the two columns one measure (``flow_measure``)?"""
    if any(lab[k][0] != "noise" for k in range(e + 1, f)):
        return False
    return pg.width[f] >= col_f - profile.flow_full and abs(col_e - col_f) <= profile.flow_measure


def under_a_header(lab, group):
    """Does the group come right under a header line (furniture passed over)?"""
    p = text_line_before(lab, group[0])
    return p >= 0 and lab[p][0] in HEADER_LABELS


def opens_a_story(pg, lab, group, profile=DEFAULT):
    """Does a group under no header open with a paragraph's first line (short of the
    group's column by more than ``flow_full``: an indent) after a text line that closes?
    A column read down gives a story's first piece before its header that way (the
    piece set beside the headline), the rest of its paragraph under the header."""
    return (len(group) > 1 and not under_a_header(lab, group) and _after_a_close(pg, lab, group[0])
            and pg.width[group[0]] < group_measure(pg, group, profile) - profile.flow_full)


def _after_a_close(pg, lab, f):
    """Is the text line before line f (furniture passed over) no paragraph line, or one
    that ends a sentence (or none at all)? Then a line opening mid-paragraph at f does not
    go on it."""
    p = text_line_before(lab, f)
    return p < 0 or lab[p][0] != "paragraph" or pg.ends_final[p]


def story_steps(pg, lab, profile=DEFAULT):
    """The first lines k of the groups that open a story after another story's last line,
    on a page whose blank lines part column pieces
    (:func:`.title_groups.blank_lines_part_groups`): a group of at least two lines opening
    a paragraph (its first line short of its column by more than ``flow_full``: an indent,
    and ending no sentence) right after the group before (furniture passed over), whose
    last line ends a sentence short of its column, the two columns' measures more than
    ``flow_measure`` apart. A column read down goes on from one story's end into the next
    story's opening set to another measure; within one story a new column keeps the
    measure, and a piece opening a paragraph after a paragraph's end at the same measure
    is as often the story's own next column.

    >>> from .page import Page
    >>> a = ["一二三四五六七八九十一二", "三四五六七八九十一二三。"] * 2 + ["一二三四五。"]
    >>> b = ["一二三四五六七八九十一二", "一二三四五六七八九十一二三四", "五六七八九十一二三四五六七。"] * 2
    >>> lab = [("paragraph", "", 1)] * 11
    >>> story_steps(Page(a + [""] + b), lab), story_steps(Page(a + [""] + [x[:12] for x in b]), lab)
    ({5}, set())
    """
    if not blank_lines_part_groups(pg, profile):
        return set()
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    cols = [group_measure(pg, g, profile) for g in groups]
    full = profile.flow_full
    out = set()
    for i in range(1, len(groups)):
        e, g = groups[i - 1][-1], groups[i]
        f = g[0]
        if len(g) < 2 or pg.ends_final[f] or pg.width[f] >= cols[i] - full:
            continue
        if not pg.ends_final[e] or pg.width[e] >= cols[i - 1] - full or text_line_before(lab, f) != e:
            continue
        if abs(cols[i] - cols[i - 1]) > profile.flow_measure:
            out.add(f)
    return out


def opens_full(pg, lab, f, profile=DEFAULT):
    """Does line f open its group (its run of paragraph lines, of two or more) within
    ``flow_full`` of the group's column: mid-paragraph, no indent?"""
    g = f
    while g + 1 < len(pg.text) and pg.tight[g + 1] and lab[g + 1][0] == "paragraph":
        g += 1
    group = list(range(f, g + 1))
    return len(group) > 1 and pg.width[f] >= group_measure(pg, group, profile) - profile.flow_full


def _group_of(pg, lab, k):
    """The run of paragraph lines (no blank line between) holding paragraph line k."""
    a = b = k
    while a > 0 and pg.tight[a] and lab[a - 1][0] == "paragraph":
        a -= 1
    while b + 1 < len(pg.text) and pg.tight[b + 1] and lab[b + 1][0] == "paragraph":
        b += 1
    return list(range(a, b + 1))


def opens_indented(pg, lab, f, profile=DEFAULT):
    """Does line f open its group (of ``flow_min_lines`` or more) short of the group's
    column by more than ``flow_full``: a paragraph's first line?

    >>> from .page import Page
    >>> pg = Page(["一二三四五六七八九十", "一二三四五六七八九十一二", "一二三四五六七八九十一二", "", "一二三四五六七八九十一二"])
    >>> lab = [("paragraph", "", 1)] * 4
    >>> opens_indented(pg, lab, 0), ends_open(pg, lab, 2), opens_indented(pg, lab, 3), ends_open(pg, lab, 1)
    (True, True, False, False)
    """
    group = _group_of(pg, lab, f)
    return group[0] == f and _opens_indented(pg, group, group_measure(pg, group, profile), profile)


def paragraph_line_alone(pg, lab, k):
    """Is paragraph line k a text group of its own (no other paragraph line next to it
    without a blank line between)?"""
    return len(_group_of(pg, lab, k)) == 1


def ends_a_piece(pg, lab, f):
    """Does line f, opening a group of two lines or more, end a sentence: the last line of
    a paragraph begun elsewhere, the next paragraph starting under it?"""
    group = _group_of(pg, lab, f)
    return group[0] == f and len(group) > 1 and pg.ends_final[f]


def ends_open(pg, lab, e, profile=DEFAULT):
    """Does line e end its group within ``flow_full`` of the group's column, ending no
    sentence: a paragraph the column cut?"""
    group = _group_of(pg, lab, e)
    return group[-1] == e and cut_open(pg, group, group_measure(pg, group, profile), profile)


def text_line_before(lab, f):
    """The line before line f, furniture passed over (-1: none)."""
    p = f - 1
    while p >= 0 and lab[p][0] == "noise":
        p -= 1
    return p


def text_line_after(lab, e):
    """The line after line e, furniture passed over (``len(lab)``: none).

    >>> N, P = ("noise", "", 1), ("paragraph", "", 1)
    >>> text_line_after([P, N, N, P], 0), text_line_after([P, N], 0), text_line_after([N, P], -1)
    (3, 2, 1)
    """
    k = e + 1
    while k < len(lab) and lab[k][0] == "noise":
        k += 1
    return k


def header_between(lab, a, b):
    """Is a header line among lines a to b (b left out)?"""
    return any(lab[k][0] in HEADER_LABELS for k in range(a, b))


def body_run(lab, arts, f, stop, a=None):
    """The body lines from line f on in f's article (or article ``a``), up to the next
    header line or body line of another article (captions and furniture passed over), or up
    to line ``stop``.

    >>> P, H, N = ("paragraph", "", 1), ("headline", "", 1), ("noise", "", 1)
    >>> body_run([P, N, P, P, H, P], [0, 0, 0, 1, 1, 1], 0, 6), body_run([P, P, H], [0, 0, 0], 0, 1)
    ([0, 2], [0])
    """
    out, a = [], arts[f] if a is None else a
    for k in range(f, stop):
        lb = lab[k][0]
        if lb in HEADER_LABELS or (lb in BODY_LABELS and arts[k] != a):
            break
        if lb in BODY_LABELS:
            out.append(k)
    return out
