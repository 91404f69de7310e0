"""Which side of a header its body is on, where the page tells.

pdfminer sets a paragraph's lines apart from the next paragraph's by their alignment, so
its pages print a blank line after most paragraph ends
(:func:`.starts.blank_lines_part_paragraphs`), and it prints the text groups in reading
order, a header's before its body's. There a header with a segment right after it
(nothing between but furniture) has its body there: on made pages, of the headers the
pairing gave the segment before them though one stood right after, the one after was the
header's own story's 13 times in 14, the one before 5 times. The pairing of neighbours
looks for the most pairs, so where one header has no body under it (the upper of two
header units stacked over one body) it shifted a whole run of headers onto the bodies
printed above them.
"""
from __future__ import annotations


def near_sides(before, after, after_only):
    """The segments a header may take (``before``, ``after``: the one right before it and
    the one right after it, each (s, weight) or None), with the one before dropped where
    the one after is there and the page prints bodies after their headers
    (``after_only``).

    >>> near_sides((3, 0.4), (4, 0.2), True), near_sides((3, 0.4), None, True), near_sides((3, 0.4), (4, 0.2), False)
    ((None, (4, 0.2)), ((3, 0.4), None), ((3, 0.4), (4, 0.2)))
    """
    if after_only and after is not None:
        return None, after
    return before, after
