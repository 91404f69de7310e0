"""A paragraph's first line printed as a text group of its own (pdfminer).

pdfminer parts paragraphs by blank lines, and sets a line in the group of the line above
it only when the two align. A paragraph's indented first line that ends a sentence right
at its column's edge aligns with neither edge of the lines under it: pdfminer prints it
alone, a blank line after it, and the paragraph's rest as the next group, opening with a
full line. Read by widths alone the first line is a one-line paragraph (a sentence's end,
short of the column). What the page shows: the line is short of the next group's column
by an indent to the cell (``first_line_indent``, within ``flow_measure``), and the next
group opens mid-paragraph (its first line within ``flow_full`` of its column), which on
such a page a paragraph does only as a paragraph's rest.
"""
from __future__ import annotations

from .column_flow import _after_a_close, body_groups, group_measure, text_line_after
from .profile import DEFAULT
from .starts import blank_lines_part_paragraphs


def first_line_goes_on(width, next_first, next_col, profile=DEFAULT):
    """Does a line of ``width``, alone in its group and ending a sentence, go on into the
    next group (its first line ``next_first`` cells wide, its column ``next_col``)? When it
    is short of that column by an indent and the next group opens full.

    >>> first_line_goes_on(9, 10, 11), first_line_goes_on(13, 13.5, 15)
    (True, True)
    >>> first_line_goes_on(9, 9, 11)        # the next group opens indented: a new paragraph
    False
    >>> first_line_goes_on(7, 10, 11), first_line_goes_on(10, 10, 11)   # short, or full
    (False, False)
    """
    return (abs(next_col - profile.first_line_indent - width) <= profile.flow_measure
            and next_first >= next_col - profile.flow_full)


def first_lines_going_on(pg, lab, end, arts, profile=DEFAULT):
    """Leave open (``end``: the end records, changed in place) each paragraph line ended
    by a rule that is a text group of its own after a line that closes (a paragraph's
    first line, not the last of one whose first line was printed alone too) and goes on
    into the next group (:func:`first_line_goes_on`), the next text line, of at least
    ``flow_min_lines`` lines, in its article (``arts``); on a page whose blank lines part
    paragraphs (:func:`.starts.blank_lines_part_paragraphs`). A person's end is kept."""
    # asked first: it is read at C speed, and most pages are not such pages
    if not blank_lines_part_paragraphs(pg, profile):
        return
    for g, nxt in _pairs(pg, lab, profile):
        e, f = g[0], nxt[0]
        if (not end[e][0] or end[e][1] == "person" or arts[e] != arts[f] or text_line_after(lab, e) != f
                or not _after_a_close(pg, lab, e)):
            continue
        if first_line_goes_on(pg.width[e], pg.width[f], group_measure(pg, nxt, profile), profile):
            end[e] = (False, "full-first-line", profile.conf.full_first_line)


def _pairs(pg, lab, profile):
    """(one-line group, next group of ``flow_min_lines`` lines or more) of the paragraph
    lines, one after the other."""
    groups = body_groups(pg, [x[0] == "paragraph" for x in lab])
    return [(g, nxt) for g, nxt in zip(groups, groups[1:])
            if len(g) == 1 and len(nxt) >= profile.flow_min_lines]
