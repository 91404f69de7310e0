"""Placing the lines outside the articles' text: captions and page furniture.

Furniture goes with the text around it. A caption with one article's text on both sides
is in that article; one printed away from its text goes to the nearby article that holds
most of its words.
"""
from __future__ import annotations

import bisect

from .decisions import BODY_LABELS
from .attach import affinity, bigrams
from .profile import DEFAULT

_BODY = frozenset(BODY_LABELS)
_WORDED = _BODY | {"headline", "subtitle"}   # texts a caption matches


def place_aside_lines(lab, body, arts, rules, header_lines, article_pieces, line_text, profile=DEFAULT):
    """Set the article and rule record (in ``arts`` and ``rules``) of every line that is
    neither body nor header (``header_lines``: the lines of header units):
    furniture with the text before it (or after it), captions inside an article with it,
    the other captions by content (``article_pieces()``: each article's words, made only
    when a caption needs them; ``body``: whether each line is a body line, and the lines
    that are not)."""
    conf = profile.conf
    n = len(lab)
    is_body, aside = body
    owned = list(is_body)
    for k in header_lines:
        owned[k] = True
    captions = []   # (k, the article of the text around it) for captions placed by content
    for k in [k for k in aside if k not in header_lines]:
        p, q = _owned_around(owned, k)
        a_prev = arts[p] if p >= 0 else None
        a_next = arts[q] if q < n else None
        if lab[k][0] == "caption":
            if a_prev is not None and a_prev == a_next and q < n and q not in header_lines and p not in header_lines:
                arts[k], rules[k] = a_prev, ("inside-article", conf.inside_article)
                continue
            captions.append((k, a_prev if a_prev is not None else (a_next or 0)))
        else:
            arts[k] = a_prev if a_prev is not None else (a_next if a_next is not None else 0)
            rules[k] = ("furniture", conf.aside_furniture)
    if captions:
        _place_by_content(captions, arts, rules, *article_pieces(), line_text, profile)


def _place_by_content(captions, arts, rules, pieces, heads, line_text, profile):
    """Set the article of each caption of ``captions`` ((k, the article of the text around
    it)) to the one nearby whose headline and deck alone hold most of its words
    (:func:`caption_by_header`), else to the article that holds most of its words
    (:func:`caption_article`)."""
    art_text, art_first = _article_texts(pieces)
    for run in _runs(captions):
        k, a = run[0]
        # a caption a column wrapped is placed whole, by the words of all its lines
        whole = {k: "".join([line_text[r] for r, _ in run])}
        best = caption_by_header(whole[k], _nearby(k, art_first, profile), heads, profile)
        if best is None:
            best = caption_article(k, a, whole, art_text, art_first, profile)
        for r, _ in run:
            arts[r], rules[r] = best, ("caption-content", profile.conf.caption_content)


def _runs(captions):
    """The (k, article) pairs of ``captions`` in runs of consecutive lines.

    >>> _runs([(3, 0), (4, 0), (9, 1)])
    [[(3, 0), (4, 0)], [(9, 1)]]
    """
    runs = []
    for k, a in captions:
        if runs and runs[-1][-1][0] == k - 1:
            runs[-1].append((k, a))
        else:
            runs.append([(k, a)])
    return runs


def _owned_around(owned, k):
    """The nearest lines before and after line k that are body or header lines (-1, n:
    none)."""
    p = k - 1
    while p >= 0 and not owned[p]:
        p -= 1
    q = k + 1
    n = len(owned)
    while q < n and not owned[q]:
        q += 1
    return p, q


def _article_texts(pieces):
    """Each article's text from its ``pieces`` (article -> [(first k, text)]), in page
    order, and (first k, article) of every article, sorted."""
    art_text, firsts = {}, []
    for a, ps in pieces.items():
        ps.sort()
        art_text[a] = "".join([t for _, t in ps])
        firsts.append((ps[0][0], a))
    return art_text, sorted(firsts)


def header_pieces(hunits, lab, arts, line_text):
    """(article, (first k, text)) of each header unit's worded lines (headline, deck)."""
    for u in hunits:
        worded = [k for k in u if lab[k][0] in _WORDED]
        if worded:
            yield arts[u[0]], (worded[0], "".join([line_text[k] for k in worded]))


def _nearby(k, art_first, profile=DEFAULT):
    """The articles printed near line k (a few starting before it, fewer after), sorted
    (``art_first``: (first k, article) of every article, sorted)."""
    at = bisect.bisect_left(art_first, (k, -1))
    return sorted({a for _, a in art_first[max(0, at - profile.caption_before):at + profile.caption_after]})


def caption_by_header(text, cand, heads, profile=DEFAULT):
    """The one article of ``cand`` whose headline and deck (``heads``: article -> their
    text) hold the most of the bigrams of a caption's words before any bracket, at least
    :attr:`~.profile.Profile.caption_header_grams`; None on a tie or below. A caption
    names what its story's headline names (a place, a scene), while a body's many
    sentences hold the caption's common words too and outweigh its headline. A bracket
    holds the photo's source (`（由溆浦县委宣传部供图）`), which may name another story's place.

    >>> caption_by_header("怀化群众在政务服务大厅办理业务。", [1, 2, 3],
    ...                   {1: "家门口的“幸福食堂”开进怀化", 2: "安化：湘江岸边护鸟人", 3: "擦亮民生底色"})
    1
    >>> caption_by_header("群众在大厅办理业务。", [1, 2], {1: "家门口的食堂", 2: "湘江岸边"}) is None
    True
    >>> caption_by_header("学生开展体操活动。（由溆浦县委宣传部供图）", [1], {1: "溆浦让群众办事"}) is None
    True
    """
    g = bigrams(before_bracket(text))
    hits = sorted(((sum(1 for gg in g if gg in heads.get(a, "")), a) for a in cand), reverse=True)
    if not hits or hits[0][0] < profile.caption_header_grams or (len(hits) > 1 and hits[1][0] == hits[0][0]):
        return None
    return hits[0][1]


def before_bracket(text):
    """A caption's text before its first opening bracket.

    >>> before_bracket("湘阴医护人员为村民义诊。（湘阴文旅广电局供图）")
    '湘阴医护人员为村民义诊。'
    """
    cut = min((i for i in (text.find("（"), text.find("(")) if i >= 0), default=len(text))
    return text[:cut]


def caption_article(k, default, text, art_text, art_first, profile=DEFAULT):
    """The article a caption printed away from its text belongs to: of the articles printed
    near it (a few before, fewer after), the one holding most of its bigrams."""
    g = sorted(bigrams(text[k]))
    cand = _nearby(k, art_first, profile)
    texts = [art_text.get(a, "") for a in cand]
    # each scan once, articles are long; its characters first (see attach.header_pairs)
    has = [[gg[0] in t and gg[1] in t and gg in t for t in texts] for gg in g]
    df = {gg: sum(row) for gg, row in zip(g, has) if any(row)}
    best, best_a = -1.0, default
    for i, a in enumerate(cand):
        sc = affinity(g, [gg for gg, row in zip(g, has) if row[i]], df)
        if sc > best:
            best, best_a = sc, a
    return best_a
