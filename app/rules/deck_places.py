"""A headline printed apart from its deck goes with the deck that names its place (pdftotext).

pdftotext reads down a column through several stories, so a story's deck and byline may
head its body in one place and its headline come out far away: in another story's article
(two headers read across into one unit) or alone over another story's column run. The
pairing then leaves the deck's article with no headline. A deck set with a dash names the
story's place first (``——怀化推动文旅深度融合发展纪实``) and its headline names it too
(``家门口的“幸福食堂”开进怀化``); the page's other stories are most often of other places.
Where a deck whose article holds no headline names a place that exactly one deck and
exactly one headline group of the page name, the headline group goes to the deck's article
(docs/pdf-extractors.md, part 41). Where two decks or two headlines name the place, which
goes with which is not in the text, and nothing moves.
"""
from __future__ import annotations

from .chars import IS_HAN, flags_of
from .column_flow import text_groups

RULE = "headline-to-deck"
_DASHES = "—―-－"
_PLACE = 2           # a county or city is named in two glyphs (怀化, 安化, 浏阳)
_HEADER = frozenset(("headline", "kicker", "subtitle", "byline"))


def deck_place(text):
    """The first ``_PLACE`` glyphs of a deck set with a dash, where they are ideographs (the
    story's place), else None.

    >>> deck_place("——怀化推动文旅深度融合发展纪实"), deck_place("—— 安化医共体建设一线见闻")
    ('怀化', '安化')
    >>> deck_place("怀化推动文旅") is None, deck_place("——“强磁场”") is None, deck_place("——") is None
    (True, True, True)
    """
    rest = text.lstrip(_DASHES)
    if len(rest) == len(text):
        return None
    rest = rest.replace(" ", "").replace("\u3000", "")
    head = rest[:_PLACE]
    if len(head) < _PLACE or not all(flags_of(c) & IS_HAN for c in head):
        return None
    return head


def headline_groups(pg, labels):
    """The page's headline lines in runs printed one under the other.

    >>> class P: tight = [False, True, True, False, True]
    >>> headline_groups(P, ["headline", "headline", "byline", "headline", "headline"])
    [[0, 1], [3, 4]]
    """
    return text_groups(pg, [k for k, lb in enumerate(labels) if lb == "headline"])


def pairs_by_place(decks, groups, arts):
    """(deck line, headline group) pairs: ``decks`` are (line, place) of each deck line
    naming a place, ``groups`` (headline group, its text); a deck whose article
    (``arts``) holds no headline line pairs with the one headline group naming its place,
    where exactly one deck and one group of the page name it, and the group is in another
    article.

    >>> arts = [0, 0, 1, 1, 2]
    >>> pairs_by_place([(2, "怀化")], [([0], "以文化人"), ([4], "开进怀化")], arts)
    [(2, [4])]
    >>> pairs_by_place([(2, "怀化"), (3, "怀化")], [([4], "开进怀化")], arts)
    []
    >>> pairs_by_place([(2, "怀化")], [([0], "怀化人"), ([4], "开进怀化")], arts)
    []
    >>> pairs_by_place([(1, "怀化")], [([0], "以文化人"), ([4], "开进怀化")], arts)
    []
    """
    headed = {arts[k] for g, _ in groups for k in g}
    out = []
    for k, place in decks:
        if arts[k] in headed or sum(p == place for _, p in decks) != 1:
            continue
        named = [g for g, text in groups if place in text]
        if len(named) == 1 and arts[named[0][0]] != arts[k]:
            out.append((k, named[0]))
    return out


def headlines_to_their_decks(pg, lab, line_text, arts, rules, profile):
    """On a page read in order whose blank lines do not part paragraphs (pdftotext: the
    caller asks), each headline group paired with a deck by place (:func:`pairs_by_place`)
    goes to the deck's article. ``lab``: the label records; ``line_text``: the lines'
    texts without spaces; ``arts``, ``rules``: each line's article and record, changed in
    place. Returns the lines moved."""
    labels = [r[0] for r in lab]
    decks = [(k, p) for k, lb in enumerate(labels) if lb == "subtitle"
             for p in [deck_place(line_text[k])] if p is not None]
    if not decks:
        return []
    groups = [(g, "".join(line_text[k] for k in g)) for g in headline_groups(pg, labels)]
    rec = (RULE, profile.conf.headline_to_deck)
    moved = []
    for k, g in pairs_by_place(decks, groups, arts):
        for j in g:
            arts[j], rules[j] = arts[k], rec
        moved += g
    return moved

