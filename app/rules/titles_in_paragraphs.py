"""A headline printed inside another story's paragraph (pdftotext).

An extractor reading down a column gives a headline set beside the column (another
story's, at that height) between two lines of one paragraph: the line before it ends no
sentence and the text under it goes on mid-paragraph. A header of headline lines alone
(no kicker, deck or byline: a title group) printed there heads no text under it; the
paragraph goes on past it, and the headline is left to find its body elsewhere.
"""
from .column_flow import ends_a_piece, opens_full, text_line_before
from .profile import DEFAULT

# what a credit or a quotation closes with: the sentence before it ended
_CLOSING = "）)」』】"


def headline_alone(lab, unit):
    """Is the header unit (its lines k) made of headline lines alone?

    >>> H, D = ("headline", "", 1), ("deck", "", 1)
    >>> headline_alone([H, H, D], [0, 1]), headline_alone([H, H, D], [1, 2])
    (True, False)
    """
    return all(lab[k][0] == "headline" for k in unit)


def cut_mid_sentence(text):
    """Does a line end mid-sentence: on an ideograph, a letter, a figure or a mark inside a
    sentence, not on a closing bracket (a credit: "（林红）")?

    >>> cut_mid_sentence("骑手每上报一条有效信"), cut_mid_sentence("党组织凝聚力、")
    (True, True)
    >>> cut_mid_sentence("一批实际问题。（林红）")
    False
    """
    return text.rstrip()[-1:] not in _CLOSING


def inside_a_paragraph(pg, lab, unit, first, profile=DEFAULT):
    """Is the header unit printed inside a paragraph: the line before it (furniture passed
    over) a paragraph line cut mid-sentence, and the text under it (its first line
    ``first``) going on mid-paragraph (:func:`.column_flow.opens_full`) or with a
    paragraph's last line, the next paragraph under it
    (:func:`.column_flow.ends_a_piece`)?"""
    before = text_line_before(lab, unit[0])
    if before < 0 or lab[before][0] != "paragraph" or pg.ends_final[before] or not cut_mid_sentence(pg.text[before]):
        return False
    return opens_full(pg, lab, first, profile) or ends_a_piece(pg, lab, first) or _last_line_alone(pg, lab, first)


def _last_line_alone(pg, lab, k):
    """Is paragraph line k a paragraph's last line printed alone: it ends a sentence and is
    a text group of its own?"""
    alone = k + 1 >= len(lab) or not pg.tight[k + 1] or lab[k + 1][0] != "paragraph"
    return lab[k][0] == "paragraph" and pg.ends_final[k] and alone


def headlines_inside_paragraphs(pg, lab, segs, hseg, hunits, profile=DEFAULT):
    """On a page read in order (the caller asks), each header unit of headline lines alone
    that took the segment right under it (nothing between but furniture) while printed
    inside a paragraph (:func:`inside_a_paragraph`) of the segment before, which a header
    took, lets the segment go: the segment has no header, the unit none either (it is left
    to the steps for lone headers). Returns (the line before the header, the segment's
    lines) for each: the segment goes on that line's paragraph. (A headless piece before
    the header is the header's own story's first column, printed before it: part 20's
    shape, left alone.)"""
    out = []
    for s, paras in enumerate(segs.paras):
        h = segs.owner[s]
        if h is None or not paras or not s:
            continue
        u, first = hunits[h], paras[0][0]
        if u[-1] > first or not headline_alone(lab, u) or any(lab[k][0] != "noise" for k in range(u[-1] + 1, first)):
            continue
        before = text_line_before(lab, u[0])
        headed_before = segs.owner[s - 1] is not None and segs.paras[s - 1] and segs.paras[s - 1][-1][-1] == before
        if not headed_before or not inside_a_paragraph(pg, lab, u, first, profile):
            continue
        segs.owner[s] = None
        hseg[h] = None
        out.append((before, [k for p in paras for k in p]))
    return out
