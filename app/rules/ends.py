"""Paragraph ends: whether each line is the last of its paragraph.

Most lines go on (no final mark, and the next line may start a line). A line ending a
sentence ends its paragraph when the next line is no paragraph line, starts a new frame or
is indented, or, on a hard-wrapped page, when it is short of its column or the next line
is a paragraph's first line (:mod:`.starts`).
"""
from __future__ import annotations

from .chars import NO_LINE_END, width
from .names import ends_in_credit, lone_credit
from .starts import ASIDE, starts_paragraph


def paragraph_ends(body, lab, para, flush):
    """(end, rule, confidence) for every line (``lab``: the label records; ``para``: which
    lines are paragraph lines; ``flush``: the page prints first lines full). Decided in
    page order: a line's rules may ask whether the line before it ended a paragraph."""
    pg, kinds, conf = body.pg, body.kinds, body.profile.conf
    open_end = (False, "open-end", conf.open_end)
    if pg.markdown:
        end = [None] * body.n
    else:
        # a paragraph line without a final mark, followed by a paragraph line that may
        # start a line: it goes on (nearly every line of a page); so does a letter-spaced
        # one, final mark or not, unless the next line opens a credit (_end_by_neighbours)
        spaced_end = (False, "letter-spaced", conf.letter_spaced)
        end = [(spaced_end if ls else open_end) if a and b and kd not in ASIDE and not (s or f or la in "）)") and (
                   fi not in "（(" if ls else not e) else None
               for a, b, kd, e, s, f, ls, la, fi in zip(para, para[1:], kinds[1:], pg.ends_final, pg.starts_closed[1:],
                                                        pg.frame[1:], pg.letter_spaced, pg.last, pg.first[1:])]
        end.append(None)
    for k in [k for k, x in enumerate(end) if x is None]:
        if not para[k]:
            end[k] = (lab[k][0] != "caption", "block", conf.block)
            continue
        j = body.next_text(k)
        end[k] = _end_by_neighbours(body, k, j, lab, para) or _end_by_width(body, k, j, lab, end, flush)
    return end


def _end_by_neighbours(body, k, j, lab, para):
    """The end of paragraph line k by the text line after it (``j``), by its own marks
    and by the page's kind; None when only widths can tell."""
    pg, conf = body.pg, body.profile.conf
    t = pg.text[k]
    if j >= body.n:
        return True, "page-end", conf.page_end
    if not para[j]:
        if (lab[j][0] != "caption" and not pg.markdown and not pg.ends_final[k]
                and not (t[-1] in "）)" and ends_in_credit(pg.text, k))):
            # a sentence cut off by a header the extractor printed inside the column run
            # goes on after it
            return False, "open-before-block", conf.open_before_block
        return True, "before-" + lab[j][0], conf.before_block
    if t[-1] in "）)" and ends_in_credit(pg.text, k):
        return True, "credit", conf.credit
    if _continued_by(pg, k, j):
        return False, "next-starts-closed", conf.next_starts_closed
    if pg.first[j] in "（(" and lone_credit(t, pg.text[j]):
        return False, "next-is-credit", conf.next_is_credit
    if pg.frame[j]:
        return True, "next-new-frame", conf.next_new_frame
    if pg.markdown:
        # a closing quote ends a paragraph only after a sentence's end, which ends_final sees
        if pg.ends_final[k] or t.endswith(("）", ")")):
            return True, "md-line", conf.md_line
        return False, "md-stray-break", conf.md_stray_break
    if pg.letter_spaced[k]:
        return False, "letter-spaced", conf.letter_spaced
    if not pg.ends_final[k]:
        return False, "open-end", conf.open_end
    if pg.indent_page:
        return bool(pg.indent[j]), "next-indent", conf.next_indent
    return None


def _continued_by(pg, k, j):
    """Does line j, which may not start a line ("理，成为……"), go on line k? Unless a
    blank line parts text groups between them and k ends a sentence: the group after the
    blank line then goes on a line printed elsewhere (a column read down through another
    story)."""
    return pg.starts_closed[j] and (pg.tight[j] or pg.spaced or not pg.ends_final[k])


def _end_by_width(body, k, j, lab, end, flush):
    """The end of paragraph line k, which ends a sentence on a hard-wrapped page, by how
    short it is of its column and whether the next line, ``j``, is a paragraph's first
    line (``flush``: the page prints first lines full)."""
    pg, profile = body.pg, body.profile
    conf = profile.conf
    col = body.colm[k]
    if col is None:
        return True, "final-punct", conf.final_punct
    d = col - pg.width[k]
    if d < profile.first_line_short and not flush and starts_paragraph(body.prev_text(k), lab, end):
        # a paragraph's first line on a page that loses the indent is short already: a
        # sentence ending on it ends the paragraph only if the next line starts one too
        dj, need = body.first_line_gap(j, col, body.colm)
        if dj < need and not body.squeezed_first_line(j, dj):
            return False, "full-first-line", conf.full_first_line
    if d >= profile.short_final:
        return True, "short-final", (conf.short_final_sure if d >= profile.short_final_sure else
                                     conf.short_final_likely if d >= profile.short_final_likely else
                                     conf.short_final)
    if group_goes_on(body, k, j, d, flush):
        return False, "group-goes-on", conf.group_goes_on
    dj, need = body.first_line_gap(j, col, body.colm)
    if dj >= need:
        return True, "next-indent-deficit", conf.next_indent_deficit
    if body.squeezed_first_line(j, dj):
        return True, "next-indent-deficit-squeezed", conf.next_indent_deficit_squeezed
    if d >= profile.short_final_weak:
        return True, "short-final", conf.short_final_weak
    if d >= profile.short_final_cell and body.typeset and short_for_no_reason(pg, k, j):
        return True, "short-final-cell", conf.short_final_cell
    if flush and pg.text[k][-1] in "。！？":
        return True, "full-final-flush-starts", conf.full_final_flush_starts
    return False, "full-line", conf.full_line


def group_goes_on(body, k, j, short, flush=False):
    """Does line k, ending a sentence ``short`` cells short of its column (less than
    ``group_full``: full), go on line j, the last line of its text group, right under
    it? pdfminer sets a line in the group of the line above it only when the two align
    (left edges, right edges or centres): a short last line after a full one aligns on
    the left, so it lost no indent and opens no paragraph. Asked on a page whose blank
    lines part paragraphs, of a line j that ends a sentence (a line left open after k is
    a paragraph's middle line anyway), and not where first lines are printed full
    (``flush``: they lose no indent).

    >>> from .page import Page
    >>> from .starts import Body
    >>> pg = Page(["一二三四五六七八九十", "一二三四五六七八九。", "一二三四五。", "",
    ...            "一二三四五六七八", "一二三四五六七八九十", "一二三。", ""] * 2)
    >>> body = Body(pg, ["body"] * len(pg.text), {})
    >>> group_goes_on(body, 1, 2, 0.0), group_goes_on(body, 0, 1, 0.0), group_goes_on(body, 1, 2, 1.0)
    (True, False, False)
    """
    pg = body.pg
    if flush or short >= body.profile.group_full:
        return False
    return (j == k + 1 and pg.tight[j] and pg.ends_final[j] and (j + 1 >= body.n or not pg.tight[j + 1])
            and body.paragraph_groups)


def short_for_no_reason(pg, k, j):
    """Is line k, a cell or so short of its column, short for no reason but its sentence's
    end? Type set to a column fills each line with whole glyphs; a line comes out a cell
    short only when what comes next could not end it: an opening mark moved down with what
    follows it, or a run of figures or Latin kept whole. A line holding half-width glyphs
    may fall short by their width anyway, and a letter-spaced one is measured short by its
    spread. The next line is line ``j``.

    >>> from .page import Page
    >>> pg = Page(["服务水平。", "“网约车", "2017年", "网约车"])
    >>> short_for_no_reason(pg, 0, 1), short_for_no_reason(pg, 0, 2), short_for_no_reason(pg, 0, 3)
    (False, False, True)
    """
    glyphs = "".join(pg.text[k].split())
    if pg.letter_spaced[k] or width(glyphs) != len(glyphs):
        return False
    if j >= len(pg.text):
        return True
    first = pg.first[j]
    return first not in NO_LINE_END and width(first) >= 1
