"""Where a part of an article that goes on on another page really ends: before the join
(:func:`app.links.join_continuations`), each linked pair of parts is weighed once more with
what one page alone cannot know, the words the two parts share. A stretch of a part that
holds them at a clearly lower rate is cut off as an article of its own; the text after a
part that goes on holding them is taken back from the article printed after it.
"""
from __future__ import annotations

from collections import Counter

from .links import HEADER_TYPES, han_bigrams, han_text, headline_bigrams
from .rules.profile import DEFAULT


def free_quiet_ends(links, arts, by_page, profile=DEFAULT):
    """Cut off a part's text that is another article, by the words of the article's part on
    the other page (``arts``: each page's articles by id; ``by_page``: the page entries,
    whose article lists take the new ones). A page may print an article without a headline
    right after the part that goes on (nothing on the page tells two headless stretches
    apart), or before a first part whose header follows its body; the two parts of one
    article share names of places, people and things that no other article of the two
    pages holds. The stretch at the end of the part that goes on (at the start of the first part)
    that holds those words at a clearly lower rate (:func:`.rules.headless.quiet_tail`, the
    thresholds of a headless stretch beside a header's body) becomes an article of its own
    on its page, with the next free id. A middle part of a chain is not cut at the end that
    goes on."""
    from .rules.headless import quiet_lead, quiet_tail
    goes_on = {(lk.page, lk.article) for lk in links}
    comes_on = {(lk.to_page, lk.to_article) for lk in links}
    # the bigrams of the articles of the pages a link touches, as they were before any cut
    on_page = {p: [han_bigrams("".join(b["text"] for b in a["blocks"])) for a in arts.get(p, {}).values()]
               for p in {q for lk in links for q in (lk.page, lk.to_page)}}
    grams = {(p, i): gs for p in on_page for i, gs in zip(arts.get(p, {}), on_page[p])}
    for lk in links:
        first, part = (lk.page, lk.article), (lk.to_page, lk.to_article)
        # the two pages' articles only: a folder's export joins the pages a join can touch
        df = Counter(g for p in {lk.page, lk.to_page} for gs in on_page[p] for g in gs)
        if part not in goes_on and not _cut_quiet_end(part, first, quiet_tail, arts, by_page, grams, df, profile) \
                and not _cut_by_header(part, first, quiet_tail, arts, by_page, profile):
            _take_next(part, first, arts, by_page, grams, df, goes_on | comes_on, profile)
        if first not in comes_on and not _cut_quiet_end(first, part, quiet_lead, arts, by_page, grams, df, profile):
            _cut_by_header(first, part, quiet_lead, arts, by_page, profile)


def _cut_quiet_end(mine, other, find, arts, by_page, grams, df, profile):
    """Cut the blocks of article ``mine`` where ``find`` says, by the bigrams of article
    ``other`` that no other article of the two pages (``grams``: each article's bigrams;
    ``df``: in how many of the two pages' articles each is) holds."""
    part = arts.get(mine[0], {}).get(mine[1])
    if part is None or other not in grams:
        return False
    body = _body(part)
    own = grams[mine]
    words = {g for g in grams[other] if df[g] - 1 - (g in own) == 0}
    if len(body) < 2 or len(words) < profile.part_words:
        return False
    counts, sizes = _word_counts(words, body)
    c = find(counts, sizes, profile, _changes(body, by_page[mine[0]], profile))
    if c is None:
        return False
    _cut_off(part, body, c, find, mine, arts, by_page)
    return True


def _cut_by_header(mine, other, find, arts, by_page, profile):
    """Cut the blocks of article ``mine`` where ``find`` says, by the words of the
    article's header (the first part's: ``other`` for a tail, ``mine`` for a lead), counted
    over both parts: a first part too short to weigh a stretch before it (a line or two
    before its jump) is weighed with the part that goes on, and a part that goes on with
    its first part. Measured so, the stretch's rate is against the article's whole body,
    the page's own test of a headless stretch beside a header's body."""
    part, that = arts.get(mine[0], {}).get(mine[1]), arts.get(other[0], {}).get(other[1])
    if part is None or that is None:
        return False
    from .rules.headless import quiet_tail
    tail = find is quiet_tail
    words = headline_bigrams(that if tail else part)
    body, rest = _body(part), _body(that)
    if len(body) < 2 or not words or not rest or not (tail or _header_after(part)):
        return False
    counts, sizes = _word_counts(words, body)
    x, n = map(sum, _word_counts(words, rest))
    # the other part, one unit beside the end of this one that stays: no cut falls in it
    at = 0 if tail else -1
    counts[at] += x
    sizes[at] += n
    c = find(counts, sizes, profile, _changes(body, by_page[mine[0]], profile))
    if c is None:
        return False
    _cut_off(part, body, c, find, mine, arts, by_page)
    return True


def _lines(art, head):
    """The lines the article's header blocks (``head``) or its other blocks cite."""
    return [x for b in art["blocks"] if (b["type"] in HEADER_TYPES) == head for x in b["lines"]]


def _header_after(art):
    """Is the article's header printed after its body? Only there does the header take a
    run of text before it by position, that may hold an article without a headline before
    its own (a header printed before its body opens it)."""
    head, text = _lines(art, True), _lines(art, False)
    return bool(head and text) and min(head) > max(text)


def _next_article(mine, arts, by_page, linked):
    """The article printed right after the article ``mine`` on its page, when its body
    follows with nothing between (no other article's line, no jump line) and its header,
    if any, is printed after its body; not a part of a link (``linked``). Else None."""
    page = mine[0]
    end = max(_lines(arts[page][mine[1]], False), default=None)
    if end is None:
        return None
    after = [(min(ls), i) for i, a in arts[page].items() if i != mine[1] and (ls := _lines(a, False)) and min(ls) > end]
    if not after:
        return None
    start, i = min(after)
    nxt = arts[page][i]
    head = _lines(nxt, True)
    if _between(arts[page], i, by_page[page], end, start) or (page, i) in linked or (
            head and min(head) < max(_lines(nxt, False))):
        return None
    return i


def _between(page_arts, i, entry, end, start) -> list[int]:
    """The lines strictly between ``end`` and ``start`` that an article other than ``i``
    cites, or a jump line of the page (``entry``)."""
    between = [x for j, a in page_arts.items() if j != i for b in a["blocks"] for x in b["lines"] if end < x < start]
    between += [x for d in entry["corpus"].get("dropped", []) if d.get("type") == "jump"
                for x in d.get("lines", []) if end < x < start]
    return between


def _goes_on(counts, sizes, c, profile):
    """Do the units from c on, :attr:`~.rules.profile.Profile.headless_chars` or more, hold
    the words at :attr:`~.rules.profile.Profile.part_goes_on_share` or more of the rate of
    those before c?"""
    x1, n1, x2, n2 = sum(counts[:c]), sum(sizes[:c]), sum(counts[c:]), sum(sizes[c:])
    return n2 >= profile.headless_chars and x1 > 0 and x2 * n1 >= profile.part_goes_on_share * x1 * n2


def _gain(counts, sizes, c0, c):
    """How much better the cut c explains the counts (two rates, before and after it) than
    the cut c0: the difference of their log-likelihood ratios (:func:`.rules.rates.evidence`)."""
    from .rules.rates import evidence

    def at(k):
        return evidence(sum(counts[:k]), sum(sizes[:k]), sum(counts[k:]), sum(sizes[k:]))
    return at(c) - at(c0)


def _beats_the_page(counts, sizes, c0, c, profile) -> bool:
    """Does the cut c clearly beat the page's cut c0 (c0 < c)? Either it explains the
    counts better (:func:`_gain`), or the units between the two cuts hold the words
    clearly more than those after c: they go on with the part, whatever the part's first
    units add to the first figure."""
    from .rules.rates import evidence
    if _gain(counts, sizes, c0, c) >= profile.part_cut_evidence:
        return True
    x1, n1, x2, n2 = sum(counts[c0:c]), sum(sizes[c0:c]), sum(counts[c:]), sum(sizes[c:])
    return x1 * n2 > x2 * n1 and evidence(x1, n1, x2, n2) >= profile.part_cut_evidence


def _only_theirs(grams, df, other, these) -> set:
    """The bigrams of the part ``other`` that no article of the two pages holds but
    ``these`` (``df``: in how many articles each is)."""
    held = [grams.get(k, set()) for k in these]
    return {g for g in grams.get(other, ()) if df[g] - 1 - sum(g in h for h in held) == 0}


def _take_next(mine, other, arts, by_page, grams, df, linked, profile):
    """Give the part ``mine`` the first paragraphs of the article printed right after it
    (:func:`_next_article`) that go on holding the words of its other part ``other``: a
    page may cut a part where its column widens, and the text after the cut, with no
    header of its own, went to the next header printed after its body, or stood as an
    article without a headline. The cut is the one :func:`.rules.headless.quiet_tail` finds
    over the part and that article's body together, by the other part's words that no
    third article of the two pages holds; only a cut inside that article moves text."""
    from .rules.headless import quiet_tail
    i = _next_article(mine, arts, by_page, linked)
    if i is None:
        return
    page = mine[0]
    part, nxt = arts[page][mine[1]], arts[page][i]
    body, more = _body(part), _body(nxt)
    words = _only_theirs(grams, df, other, (mine, (page, i)))
    if len(words) < profile.part_words or len(more) < 2:
        return
    counts, sizes = _word_counts(words, body + more)
    c = quiet_tail(counts, sizes, profile, _changes(body + more, by_page[page], profile))
    if c is None and len(more) == len(nxt["blocks"]) and _goes_on(counts, sizes, len(body), profile):
        c = len(counts)      # a stretch without a header that holds the words as the part does
        del arts[page][i]
        by_page[page]["corpus"]["articles"] = [a for a in by_page[page]["corpus"]["articles"] if a is not nxt]
    elif c is None or c <= len(body) or not _beats_the_page(counts, sizes, len(body), c, profile):
        return
    taken = {id(b) for b in more[:c - len(body)]}
    part["blocks"] = part["blocks"] + [b for b in nxt["blocks"] if id(b) in taken]
    nxt["blocks"] = [b for b in nxt["blocks"] if id(b) not in taken]


def _body(art):
    """The article's blocks that are not header blocks."""
    return [b for b in art["blocks"] if b["type"] not in HEADER_TYPES]


def _word_counts(words, blocks):
    """For each block, how many of the bigrams ``words`` its Han text holds, and how many
    Han characters it has."""
    han = [han_text(b["text"]) for b in blocks]
    return [len(words & han_bigrams(h)) for h in han], [len(h) for h in han]


def _cut_off(part, body, c, find, mine, arts, by_page):
    """Make the blocks of ``body`` after c (a tail) or before it (a lead) an article of
    their own on the page of ``mine``, with the next free id."""
    from .rules.headless import quiet_tail
    cut = body[c:] if find is quiet_tail else body[:c]
    taken = {id(b) for b in cut}
    part["blocks"] = [b for b in part["blocks"] if id(b) not in taken]
    new_id = max(arts[mine[0]]) + 1
    arts[mine[0]][new_id] = {"id": new_id, "kicker": None, "headline": None, "subtitle": None,
                             "bylines": [], "blocks": cut}
    by_page[mine[0]]["corpus"]["articles"].append(arts[mine[0]][new_id])


def _changes(body, entry, profile):
    """Where the column changes between the blocks ``body`` of a part, by the page's line
    widths (``entry["widths"]``, :func:`.rules.block_columns.line_widths`), or None when the
    entry has none."""
    widths = entry.get("widths")
    if not widths:
        return None
    from .rules.block_columns import block_changes
    return block_changes([b["lines"] if b["type"] == "paragraph" else [] for b in body], widths, profile)
