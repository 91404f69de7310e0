"""Articles printed without a headline, beside the body of a headed one.

A header printed after its body takes, by position, the whole run of text before it; a
header printed before its body, the whole run after it. When that run also holds an article
printed without a headline (nothing but a paragraph end and, maybe, a column change too
small to see set it apart), the header's words tell: its body holds the headline's and
deck's bigrams all along, the other article holds them only by chance. The stretch at the
run's far end from the header that holds them at a clearly lower rate per character, long
enough for the difference to be more than chance, is an article of its own.
"""
from __future__ import annotations

from itertools import accumulate, chain

from .attach import bigrams, held_grams, texts_searched
from .profile import DEFAULT
from .rates import evidence

# what cuts a quiet stretch from a header's body: a strong cut, so the two stay two articles
QUIET_CUT = "quiet-cut"
_WEAK_CUTS = ("column-change", "content-cut")


def quiet_lead(counts, sizes, profile=DEFAULT, changes=None):
    """The cut c where the paragraphs before it (their ``counts`` of a header's bigrams,
    their ``sizes`` in characters) hold those bigrams at a clearly lower rate than those
    from c on, the header's body: the most telling such cut, or None. Both sides must be
    long (:attr:`~.profile.Profile.headless_chars`, ``headless_body_chars``), the rate
    before at most :attr:`~.profile.Profile.headless_rate` of the rate after, and the
    difference more than chance (:attr:`~.profile.Profile.headless_evidence`). Where the
    column changes clearly before paragraph c (``changes[c]``), the change is evidence too
    and the rate may be up to :attr:`~.profile.Profile.headless_rate_at_change`.

    >>> quiet_lead([0, 1, 0, 5, 6, 4], [150, 150, 150, 150, 150, 150])
    3
    >>> quiet_lead([2, 1, 3, 5, 6, 4], [150, 150, 150, 150, 150, 150]) is None
    True
    >>> quiet_lead([0, 5, 6, 4], [150, 150, 150, 150]) is None    # too short a stretch
    True
    >>> quiet_lead([4, 4, 4, 12, 12, 12], [150] * 6) is None
    True
    >>> quiet_lead([4, 4, 4, 12, 12, 12], [150] * 6, changes=[False, False, False, True, False, False])
    3
    """
    x_all, n_all = sum(counts), sum(sizes)
    best = None
    x1 = n1 = 0
    for c in range(1, len(counts)):
        x1 += counts[c - 1]
        n1 += sizes[c - 1]
        x2, n2 = x_all - x1, n_all - n1
        if n1 < profile.headless_chars or n2 < profile.headless_body_chars or not x2:
            continue
        rate = profile.headless_rate_at_change if changes and changes[c] else profile.headless_rate
        if x1 * n2 > rate * x2 * n1:
            continue
        e = evidence(x1, n1, x2, n2)
        if e >= profile.headless_evidence and (best is None or e > best[0]):
            best = (e, c)
    return None if best is None else best[1]


def quiet_tail(counts, sizes, profile=DEFAULT, changes=None):
    """:func:`quiet_lead` read from the end: the cut c where the paragraphs from c on are
    the quiet stretch, or None.

    >>> quiet_tail([5, 6, 4, 0, 1, 0], [150, 150, 150, 150, 150, 150])
    3
    >>> quiet_tail([12, 12, 12, 4, 4, 4], [150] * 6, changes=[False, False, False, True, False, False])
    3
    """
    m = len(counts)
    back = changes and [False] + [changes[m - c] for c in range(1, m)]
    c = quiet_lead(counts[::-1], sizes[::-1], profile, back)
    return None if c is None else len(counts) - c


def leaning(unit, own, other):
    """How many more of a paragraph's bigrams only the texts on the other side of a cut
    share than only those on its own side: above 0, it reads as the other side's text.

    >>> leaning("雨湖区税务局志愿服务", ["溆浦县家校社协同育人"], ["雨湖区税务局文明创建"])
    5
    """
    grams = bigrams(unit)
    mine, theirs = bigrams("\n".join(own)), bigrams("\n".join(other))
    return len(grams & theirs - mine) - len(grams & mine - theirs)


def settle(units, c, reach=2):
    """The cut c between paragraphs (texts ``units``) moved, a paragraph at a time and by
    at most ``reach``, while the paragraph next to it reads as the other side's text
    (:func:`leaning`): a header's words tell a stretch from a body, but the first
    paragraph of a body may hold none of them, and then its own words tell.

    >>> settle(["雨湖区税务局文明", "雨湖区志愿服务", "溆浦县家校社", "溆浦县协同育人"], 1)
    2
    """
    for _ in range(reach):
        if c > 1 and leaning(units[c - 1], units[:c - 1], units[c:]) > 0:
            c -= 1
        elif c < len(units) - 1 and leaning(units[c], units[c + 1:], units[:c]) > 0:
            c += 1
        else:
            break
    return c


def runs(segs):
    """(start, stop) of each run of segments cut from each other only by weak cuts (a
    column change, a content cut) with no header between."""
    after_h, rule, m = segs.after_h, segs.rule, len(segs)
    starts = [0] + [s for s in range(1, m) if after_h[s] != after_h[s - 1] or rule[s] not in _WEAK_CUTS]
    return list(zip(starts, starts[1:] + [m])) if m else []


def free_quiet_stretches(segs, hunits, hgrams, change, cuts=(), profile=DEFAULT):
    """In each run of segments, the stretch before the first headed segment when its
    header is printed after it, and the stretch after the last headed segment when its
    header is printed before it, that holds the header's words at a clearly lower rate
    (:func:`quiet_lead`) are cut from that body by a strong cut: an article printed
    without a headline, not the header's body (``change``: the column change at a body
    line, :class:`.segments.ColumnChanges`). A run that ends at a jump line (``cuts``:
    lines k where the body is cut at one) keeps its end: there the article goes on on
    another page, and the end of its first part may well hold few of its words."""
    paras, owner = segs.paras, segs.owner
    for start, stop in reversed(runs(segs)):
        headed = [s for s in range(start, stop) if owner[s] is not None and paras[s]]
        if not headed:
            continue
        last, first = headed[-1], headed[0]
        if hunits[owner[last]][-1] < paras[last][0][0] and not _ends_at_jump(segs, stop, cuts):
            _cut_quiet(segs, last, stop, owner[last], hgrams, quiet_tail, change, profile)
        if hunits[owner[first]][0] > paras[first][-1][-1]:
            _cut_quiet(segs, start, first + 1, owner[first], hgrams, quiet_lead, change, profile)


def _ends_at_jump(segs, stop, cuts):
    """Is there a jump line between the end of the run of segments before ``stop`` and
    the next body line?"""
    end = next((p[-1][-1] for p in reversed(segs.paras[:stop]) if p), None)
    nxt = next((p[0][0] for p in segs.paras[stop:] if p), float("inf"))
    return end is not None and any(end < k <= nxt for k in cuts)


def opens_quiet(head, body, grams, profile=DEFAULT):
    """May a run hold a quiet stretch at all: of the header's bigrams (``grams``) that the
    text next to the header holds (``body``, :attr:`~.profile.Profile.headless_body_chars`
    of it), does the run's opening at its far end (``head``, ``headless_chars``: its start
    for a lead, its end for a tail) hold at most :attr:`~.profile.Profile.headless_opening_share`?
    An article printed without a headline opens without its neighbour's words, as it goes
    on without them; most runs are one article and fail this at once, and their paragraphs
    need no counting one by one. Where the text next to the header holds none of them, this
    cannot tell, and the paragraphs are counted.

    >>> G = ["家校", "校社", "协同", "育人"]
    >>> opens_quiet("雨湖区税务局文明创建", "溆浦县家校社协同育人", G)
    True
    >>> opens_quiet("家校社协同育人成长", "溆浦县家校社协同育人", G)
    False
    >>> opens_quiet("家校社协同育人成长", "雨湖区税务局文明创建", G)
    True
    """
    grams = [g for g in grams if g in body]
    return sum(map(head.__contains__, grams)) <= profile.headless_opening_share * len(grams)


def _ends(paras, text, n_far, n_near, lead):
    """The texts (in page order) of the lines of ``paras`` at the run's far end from the
    header holding ``n_far`` characters and of those at its near end holding ``n_near``
    (``lead``: the far end is the start), or None when there are not enough lines for
    both, none of them in both. (Only the lines at the two ends are walked: a run may be
    most of the page.)

    >>> _ends([[0, 1], [2], [3, 4]], ["一二", "三", "四五六", "七", "八九"], 3, 2, True)
    ('一二三', '八九')
    >>> _ends([[0, 1], [2], [3, 4]], ["一二", "三", "四五六", "七", "八九"], 3, 4, False), _ends([[0, 1]], ["一二", "三"], 2, 2, True)
    (('七八九', '一二三四五六'), None)
    """
    first = chain.from_iterable(paras) if lead else chain.from_iterable(map(reversed, reversed(paras)))
    last = chain.from_iterable(map(reversed, reversed(paras))) if lead else chain.from_iterable(paras)
    far, near = _lines_holding(first, text, n_far), _lines_holding(last, text, n_near)
    if far is None or near is None or len(far) + len(near) > sum(map(len, paras)):
        return None
    if lead:
        near = near[::-1]
    else:
        far = far[::-1]
    return "".join([text[k] for k in far]), "".join([text[k] for k in near])


def _lines_holding(ks, text, n):
    """The first lines of ``ks`` (an iterator) that hold ``n`` characters, or None when
    all of them hold fewer."""
    out, m = [], 0
    for k in ks:
        if m >= n:
            return out
        out.append(k)
        m += len(text[k])
    return out if m >= n else None


def _body_grams(segs, h, s, body, lead, grams):
    """The bigrams of header h (``grams``) that ``body``, the text at the run's near end,
    may hold: where it is the start of segment s's text (its end, for a lead) as the header
    pairs searched it, only those they found there (:func:`.attach.held_grams`), as a
    bigram of a part is one of the whole; else all. (The searches of a header's own text
    are what :func:`opens_quiet` costs most, and most runs are one article that fails it.)"""
    text = segs.text[s]
    if text.endswith(body) if lead else text.startswith(body):
        held = held_grams(texts_searched(segs), h, text)
        if held is not None:
            return held
    return grams


def _cut_quiet(segs, a, b, h, hgrams, find, change, profile):
    """Cut the paragraphs of segments a..b-1 where ``find`` says, the quiet stretch going
    to the segment at the far end from header h's body (a for a lead, b-1 for a tail)."""
    both = [p for s in range(a, b) for p in segs.paras[s]]
    if len(both) < 2:
        return
    line_text = segs.line_text
    lead = find is quiet_lead
    grams = hgrams[h]
    ends = _ends(both, line_text, profile.headless_chars,
                 profile.headless_body_chars, lead)
    if ends is None or not opens_quiet(*ends, _body_grams(segs, h, b - 1 if lead else a, ends[1], lead, grams),
                                       profile):
        return
    changes = [False] + [change(p[0]) >= profile.alone_change for p in both[1:]]
    sizes = [sum([len(line_text[k]) for k in p]) for p in both]
    if sum(sizes) < profile.headless_chars + profile.headless_body_chars:
        return
    text = "".join([line_text[k] for p in both for k in p])
    ends = list(accumulate(sizes))
    units = [text[e - n:e] for e, n in zip(ends, sizes)]
    counts = [sum(map(u.__contains__, grams)) for u in units]
    c = find(counts, sizes, profile, changes)
    if c is None:
        return
    c = settle(units, c)
    if b - a == 1:
        s = a
        segs.split(s, c, None, lead, profile.conf.content_cut)
        segs.rule[s + 1] = QUIET_CUT
        return
    for s in range(a, b):
        segs.paras[s] = []
        segs.text[s] = ""
    segs.paras[a], segs.paras[b - 1] = both[:c], both[c:]
    segs.text[a], segs.text[b - 1] = segs.joined(both[:c]), segs.joined(both[c:])
    segs.rule[b - 1] = QUIET_CUT
