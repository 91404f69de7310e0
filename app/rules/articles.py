"""Which article each line belongs to.

The body is cut into segments at header clusters, at new text frames (a line starting
with a stray space) and at column-width changes. Each header cluster is attached to one
segment by position (right before or right after it) and by content: the character
bigrams of the headline and deck that recur in the segment's text. A header left without
a segment (printed away from its body) takes part of a segment, cut where the content
turns from one header's words to the other's. Segments without a header either rejoin a
neighbour they resemble (a column change inside one article) or stand as an article with
no headline. Work is bounded: each header looks at a few segments around it.
"""
from __future__ import annotations

import bisect
import re
from itertools import accumulate, compress, count
from operator import sub

from .chars import HAN
from .columns import RADIUS
from .names import trailing_credit

CAPTION_BEFORE, CAPTION_AFTER = 8, 2   # articles around a caption it may belong to
MAX_GRAMS = 30       # a header's bigrams used for attaching it
MIN_SEGMENT = 8      # lines a segment cut by a column change alone must have
WINDOW = 8            # segments before a header it may attach to (printed after its body)
WINDOW_AFTER = 2      # and after it (printed before its body)
ADJ = (0.5, 0.2)      # bonus for a header 0 or 1 clusters away from the segment
_HAN2 = re.compile(f"(?=([{HAN}]{{2}}))")
HEADER = ("kicker", "headline", "subtitle", "byline")
_BODY = frozenset(("paragraph", "subheading"))
_WORDED = frozenset(("paragraph", "subheading", "headline", "subtitle"))   # texts a caption matches


def bigrams(text):
    """Distinct ideograph bigrams of a text.

    >>> sorted(bigrams("守护“健康荷塘”"))
    ['健康', '守护', '康荷', '荷塘']
    """
    return set(_HAN2.findall(text))


def affinity(grams, text, df):
    """Share of a header's (rarity-weighted) bigrams found in a text, in [0, 1].

    >>> affinity({"廉洁", "文化", "高校"}, "廉洁文化进校园", {"廉洁": 1, "文化": 2, "高校": 1})
    0.6
    """
    total = found = 0.0
    for g in grams:
        d = df.get(g, 0)
        if not d:
            continue
        wgt = 1.0 / d
        total += wgt
        if g in text:
            found += wgt
    return 0.0 if total == 0 else found / total


def header_units(lab):
    """Header clusters as lists of k: a kicker, or a headline after a deck or byline,
    starts a new one; a paragraph or subheading between header lines ends one.

    >>> P, H, S, B = ("paragraph", "", 1), ("headline", "", 1), ("subtitle", "", 1), ("byline", "", 1)
    >>> header_units([H, S, B, P, P, H, ("caption", "", 1), B, H])
    [[0, 1, 2], [5, 7], [8]]
    """
    units, cur, prev = [], [], None
    last = -1
    body_before = list(accumulate([x[0] in _BODY for x in lab], initial=0))
    for k in [k for k, x in enumerate(lab) if x[0] in HEADER]:
        lb = lab[k][0]
        if cur and body_before[k] != body_before[last + 1]:
            units.append(cur)   # a paragraph or subheading came between
            cur, prev = [], None
        new = (not cur or lb == "kicker" or (lb == "headline" and prev in ("subtitle", "byline"))
               or (lb in ("subtitle",) and prev in ("subtitle", "byline")))
        if new and cur:
            units.append(cur)
            cur = []
        cur.append(k)
        prev = lb
        last = k
    if cur:
        units.append(cur)
    return units


def assign(pg, kinds, lab, end, doc=None):
    n = len(lab)
    text = list(pg.t)   # without spaces, for the bigrams
    for k in set(compress(count(), pg.spc)).union(pg.lines_with("\u3000")):
        text[k] = "".join(text[k].split())
    hunits = header_units(lab)
    inh = {}
    for h, u in enumerate(hunits):
        for k in u:
            inh[k] = h
    # body paragraphs as units
    body_ks = list(compress(count(), [x[0] in _BODY for x in lab]))
    nbody = len(body_ks)
    labb = [lab[k][0] for k in body_ks]
    endb = [end[k][0] for k in body_ks]
    # column changes are measured on middle lines only (neither first nor last of their
    # paragraph, not letter-spaced): those are within a cell of the column width
    prev_end = [True] + [e or lb != "paragraph" for e, lb in zip(endb, labb)]
    mid = [lb == "paragraph" and not e and not pe and not pg.ls[k]
           for k, lb, e, pe in zip(body_ks, labb, endb, prev_end)]
    mids = list(compress(body_ks, mid))
    widths = [pg.w[k] for k in mids]
    change = _Changes(widths, mids)
    # a person's article decisions: a confirmed change of article between body lines cuts
    forced = [False] * n
    person = [None] * n
    if doc is not None and len(doc) == len(pg.lines):
        from ..document import ARTICLE
        for k, i in enumerate(pg.nb):
            if doc.confirmed[i] & ARTICLE:
                person[k] = doc.article[i]
        # a cut is forced only where the document already has one next to a confirmed row:
        # confirming rows as they are must not cut them from the unconfirmed rows around them
        docart = [doc.article[i] for i in pg.nb]
        for a, b in zip(body_ks, body_ks[1:]):
            forced[b] = (person[b] is not None or person[a] is not None) and docart[b] != docart[a]
    # header units started before each body line; paragraphs start after a paragraph's
    # end, after a header, and at a person's cut
    hmark = [0] * (n + 1)
    for u in hunits:
        hmark[u[0] + 1] = 1
    hcount = list(accumulate(hmark))
    hs = [hcount[k] for k in body_ks]
    closes = [e or lb == "subheading" for e, lb in zip(endb, labb)]
    pstarts = [0] + [i for i, c, h0, h1, k in zip(count(1), closes, hs, hs[1:], body_ks[1:])
                     if c or h0 != h1 or forced[k]] if nbody else []
    segs = []       # list of lists of paragraph units (each a list of k)
    seg_after_h = []  # number of header units seen before the segment starts
    seg_rule = []
    cur_seg = None
    credit_before = False
    last_t, last_c = pg.t, pg.last
    for x, i in enumerate(pstarts):
        k = body_ks[i]
        if i:
            if closes[i - 1]:
                # a credit closing a paragraph ("……再升级。（杨晨 蒋虹）") closes its article
                q = body_ks[i - 1]
                credit_before = last_c[q] in "）)" and trailing_credit(last_t[q]) is not None
            if hs[i] != hs[i - 1]:
                credit_before, cur_seg = False, None
        elif hs[0]:
            cur_seg = None
        strong = pg.frame[k] or forced[k] or credit_before
        weak = False
        if cur_seg is not None and not strong:
            weak = not pg.md and change(k) >= 2
        if cur_seg is None or strong or weak:
            cur_seg = []
            segs.append(cur_seg)
            seg_after_h.append(hs[i])
            seg_rule.append(("credit" if credit_before else "frame") if strong else ("column-change" if weak else "cluster"))
        cur_seg.append(body_ks[i:pstarts[x + 1] if x + 1 < len(pstarts) else nbody])
    seg_rule = [r for s, r in zip(segs, seg_rule) if s]
    segs = [s for s in segs if s]
    # a column change needs a stretch of text behind it: a short piece rejoins the one before
    merged, mrule = [], []
    for sg, r in zip(segs, seg_rule):
        if merged and r == "column-change" and sum(len(p) for p in sg) < MIN_SEGMENT:
            merged[-1].extend(sg)
        else:
            merged.append(sg)
            mrule.append(r)
    segs, seg_rule = merged, mrule
    # seg_after_h must follow the filtering: recompute from first line
    hpos = [u[0] for u in hunits]
    seg_after_h = [bisect.bisect_left(hpos, s[0][0]) for s in segs]
    stext = [_joined(text, s) for s in segs]
    hgrams = []
    for u in hunits:
        g = bigrams("".join(text[k] for k in u if lab[k][0] != "byline"))
        # sorted: the weights below are float sums, and a set's order changes from run to run
        hgrams.append(sorted(g)[:MAX_GRAMS])
    m = len(segs)
    owner = [None] * m          # header index per segment
    hseg = [None] * len(hunits)  # segment(s) per header
    # candidate pairs: every nearby body scanned for every header bigram
    pairs = [p for ps in _header_pairs(range(len(hunits)), hgrams, stext, seg_after_h) for p in ps]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    sconf = [0.5] * m
    for score, h, s, aff in pairs:
        # away from its header, a body must share the header's words to be its body
        if hseg[h] is not None or owner[s] is not None or score < (0.15 if score - 2 * aff > 0 else 0.5):
            continue
        owner[s] = h
        hseg[h] = s
        sconf[s] = round(min(0.95, 0.4 + score / 2), 2)
    # headers left over take part of a segment near them
    for h in range(len(hunits)):
        if hseg[h] is not None:
            continue
        best = None
        after0 = bisect.bisect_right(seg_after_h, h)
        for s in range(max(0, after0 - WINDOW), min(len(segs), after0 + WINDOW_AFTER)):
            if len(segs[s]) < 2:
                continue
            cut = _best_cut(segs[s], text, hgrams[h], hgrams[owner[s]] if owner[s] is not None else (),
                            change)
            if cut and (best is None or cut[0] > best[0]):
                best = cut + (s,)
        if best is None or best[0] <= 0:
            continue
        _, cut_at, h_first, s = best
        left, right = segs[s][:cut_at], segs[s][cut_at:]
        o = owner[s]
        segs[s:s + 1] = [left, right]
        stext[s:s + 1] = [_joined(text, left), _joined(text, right)]
        owner[s:s + 1] = [h, o] if h_first else [o, h]
        seg_rule[s:s + 1] = [seg_rule[s], "content-cut"]
        sconf[s:s + 1] = [min(sconf[s], 0.6)] * 2
        seg_after_h[s:s + 1] = [seg_after_h[s], seg_after_h[s]]
        hseg[h] = s  # only "attached or not" is used from here on
    m = len(segs)
    # two headed segments of one run with only column changes between them: the body
    # between them goes to one or the other, cut where the content turns from one
    # header's words to the other's
    weak = ("column-change", "content-cut")
    a = None
    for s in range(m):
        if s > 0 and (seg_after_h[s] != seg_after_h[s - 1] or seg_rule[s] not in weak):
            a = None
        if owner[s] is None:
            continue
        if a is not None:
            both = [p for x in range(a, s + 1) for p in segs[x]]
            cut = _best_cut(both, text, hgrams[owner[a]], hgrams[owner[s]], change,
                            first_only=True, prior=len(segs[a]))
            if cut:
                segs[a] = both[:cut[1]]
                for x in range(a + 1, s):
                    segs[x] = []
                segs[s] = both[cut[1]:]
        a = s
    # a column change alone does not start an article: within a run of segments cut only
    # by column changes, headerless segments join the headed one before (or, at the run's
    # start, after) them; a run with no header at all is one headless article
    art_of_seg = list(range(m))
    run_start = 0
    for s in range(m + 1):
        if s == m or (s > 0 and (seg_after_h[s] != seg_after_h[s - 1] or seg_rule[s] not in weak)):
            members = range(run_start, s)
            heads = [x for x in members if owner[x] is not None]
            cur = heads[0] if heads else run_start
            if heads and heads[0] > run_start:
                # headless segments before the run's first header join it, unless they are
                # an article printed without a headline
                lead = [p for x in range(run_start, heads[0]) for p in segs[x]]
                if _stands_alone(lead, "".join(stext[run_start:heads[0]]), owner[heads[0]], hgrams, change,
                                 at=segs[heads[0]][0][0]):
                    cur = run_start
            for x in members:
                if owner[x] is not None:
                    cur = x
                elif x != cur and _stands_alone(segs[x], stext[x], owner[cur] if owner[cur] is not None else None,
                                                hgrams, change):
                    cur = x
                art_of_seg[x] = cur
            run_start = s
    conf = dict(enumerate(sconf))
    arts = [0] * n
    rules = [("page", 0.5)] * n
    hart = {}
    for s, seg in enumerate(segs):
        a = art_of_seg[s]
        c = conf.get(s, 0.5)
        rule = ("header-" + ("content" if owner[s] is not None else "none"), c)
        for p in seg:
            for k in p:
                arts[k] = a
                rules[k] = rule
        if owner[s] is not None:
            hart[owner[s]] = a
    next_id = m + 1
    for h, u in enumerate(hunits):
        a = hart.get(h)
        if a is None:
            a = next_id
            next_id += 1
        for k in u:
            arts[k] = a
            rules[k] = ("attached-header" if h in hart else "lone-header", 0.6 if h in hart else 0.4)
    # captions and furniture: with the text around them, or by content
    owned = [x[0] in _BODY for x in lab]
    for k in inh:
        owned[k] = True
    captions = []   # (k, the article of the text around it) for captions placed by content
    for k in [k for k, o in enumerate(owned) if not o]:
        p = k - 1
        while p >= 0 and not owned[p]:
            p -= 1
        q = k + 1
        while q < n and not owned[q]:
            q += 1
        a_prev = arts[p] if p >= 0 else None
        a_next = arts[q] if q < n else None
        if lab[k][0] == "caption":
            if a_prev is not None and a_prev == a_next and q < n and q not in inh and p not in inh:
                arts[k], rules[k] = a_prev, ("inside-article", 0.8)
                continue
            captions.append((k, a_prev if a_prev is not None else (a_next or 0)))
        else:
            arts[k] = a_prev if a_prev is not None else (a_next if a_next is not None else 0)
            rules[k] = ("furniture", 0.9)
    if captions:
        # each article's words in page order: its bodies and its headlines and decks
        pieces = {}
        for s, seg in enumerate(segs):
            if seg:
                pieces.setdefault(art_of_seg[s], []).append((seg[0][0], _joined(text, seg)))
        for u in hunits:
            worded = [k for k in u if lab[k][0] in _WORDED]
            if worded:
                pieces.setdefault(arts[u[0]], []).append((worded[0], "".join([text[k] for k in worded])))
        art_text, firsts = {}, []
        for a, ps in pieces.items():
            ps.sort()
            art_text[a] = "".join([t for _, t in ps])
            firsts.append((ps[0][0], a))
        art_first = sorted(firsts)
        best = [_caption_article(k, a, text, art_text, art_first) for k, a in captions]
        for (k, _), a in zip(captions, best):
            arts[k], rules[k] = a, ("caption-content", 0.6)
    if any(p is not None for p in person):
        # an article holding a person's rows is that person's article (ids below -1 name it)
        local = {}
        for k in range(n):
            if person[k] is not None:
                local.setdefault(arts[k], person[k])
        for k in range(n):
            if person[k] is not None:
                arts[k], rules[k] = -2 - person[k], ("person", 1.0)
            elif arts[k] in local:
                arts[k] = -2 - local[arts[k]]
    return arts, rules


class _Changes:
    """:func:`.columns.change_at` at body lines (k), each computed once: the cuts tried
    between two headers ask for the same places again and again."""

    def __init__(self, widths, mids):
        self.widths, self.mids, self.cache, self._from = widths, mids, {}, {}

    def __call__(self, k):
        c = self.cache.get(k)
        if c is None:
            # the middle lines before k: where k stands among them
            c = self.cache[k] = self._at(bisect.bisect_left(self.mids, k))
        return c

    def _window(self, a):
        """The estimate of the widths from middle line a on (radius of them), shared: the
        window before line p is the one from p - radius."""
        q = self._from.get(a)
        if q is None:
            s = sorted(self.widths[a:a + RADIUS])
            q = self._from[a] = s[min(len(s) - 1, int(len(s) * 0.6))] if len(s) >= 3 else None
        return q

    def _at(self, p):
        """:func:`.columns.change_at` (``widths``, p)."""
        if p <= 1 or p >= len(self.widths) - 1:
            return 0
        if p >= RADIUS:
            before = self._window(p - RADIUS)
        else:
            s = sorted(self.widths[:p])
            before = s[min(len(s) - 1, int(len(s) * 0.6))] if len(s) >= 3 else None
        after = self._window(p)
        if before is None or after is None:
            return 0
        return abs(before - after)


def _joined(text, seg):
    return "".join([text[k] for p in seg for k in p])


def _caption_article(k, default, text, art_text, art_first):
    """The article a caption printed away from its text belongs to: of the articles printed
    near it (a few before, fewer after), the one holding most of its bigrams."""
    g = sorted(bigrams(text[k]))
    at = bisect.bisect_left(art_first, (k, -1))
    cand = sorted({a for _, a in art_first[max(0, at - CAPTION_BEFORE):at + CAPTION_AFTER]})
    texts = [art_text.get(a, "") for a in cand]
    # each scan once, articles are long; its characters first (see _header_pairs)
    has = [[gg[0] in t and gg[1] in t and gg in t for t in texts] for gg in g]
    df = {gg: sum(row) for gg, row in zip(g, has) if any(row)}
    best, best_a = -1.0, default
    for i, a in enumerate(cand):
        sc = affinity(g, [gg for gg, row in zip(g, has) if row[i]], df)
        if sc > best:
            best, best_a = sc, a
    return best_a


def _header_pairs(headers, hgrams, stext, seg_after_h):
    """For each header, (score, h, s, affinity) for each segment s near it: the share of
    its bigrams (the rarer among those segments, the more telling) found in s, doubled,
    plus a bonus for a segment right before or after it. A list per header."""
    m = len(stext)
    out = []
    for h in headers:
        pairs = []
        out.append(pairs)
        # segments before the header: those with seg_after_h <= h; after: > h
        after0 = bisect.bisect_right(seg_after_h, h)  # first segment starting after header h
        lo, hi = max(0, after0 - WINDOW), min(m, after0 + WINDOW_AFTER)
        cand = list(range(lo, hi))
        if not cand:
            continue
        found = {s: 0.0 for s in cand}
        total = 0.0
        texts = [stext[s] for s in cand]
        for g in hgrams[h]:
            a, b = g
            # a search for one character runs on memchr, one for two does not: most
            # segments lack one of the two and are ruled out at a fraction of the cost
            where = [s for s, t in zip(cand, texts) if a in t and b in t and g in t]
            if where:
                wgt = 1.0 / len(where)   # rarer across the nearby segments: more telling
                total += wgt
                for s in where:
                    found[s] += wgt
        for s in cand:
            aff = found[s] / total if total else 0.0
            bonus = 0.0
            if s == after0:
                gap = seg_after_h[s] - 1 - h
                bonus = ADJ[0] if gap == 0 else (ADJ[1] if gap == 1 else 0.0)
            elif s == after0 - 1:
                gap = h - seg_after_h[s]
                bonus = ADJ[0] if gap == 0 else (ADJ[1] if gap == 1 else 0.0)
            pairs.append((2 * aff + bonus, h, s, aff))
    return out


ALONE_LINES = 20    # a headless stretch this long, in a new column, may be its own article
ALONE_CHANGE = 3    # cells the column width must change by
ALONE_AFFINITY = 0.1


def _stands_alone(seg, stext, h, hgrams, change, at=None):
    """Is a headless segment cut from a headed one only by a column change an article of
    its own (one printed without a headline)? Within one article a new column keeps the
    width roughly and the text keeps the headline's words; a long stretch in a clearly
    different column that shares none of them is another article."""
    if h is None or sum(len(p) for p in seg) < ALONE_LINES:
        return False
    if change(seg[0][0] if at is None else at) < ALONE_CHANGE:
        return False
    grams = hgrams[h]
    if not grams:
        return False
    return sum(1 for g in grams if g in stext) / len(grams) < ALONE_AFFINITY


def _holding(units, grams):
    """For each text of ``units``, how many of ``grams`` (distinct ideograph bigrams) it
    holds: one search of all the texts per bigram (none where one of its two characters is
    missing), going on from the next text after each find; a paragraph is too short for a
    search of its own to be worth the call.

    >>> _holding(["廉洁文化", "文化育人", "北湖区"], ["文化", "北湖", "育人"])
    [1, 2, 1]
    """
    counts = [0] * len(units)
    if not grams or not units:
        return counts
    joined = "\n".join(units)    # a bigram of ideographs never spans the line break
    starts = list(accumulate([len(u) + 1 for u in units], initial=0))
    find, last = joined.find, len(units) - 1
    for g in grams:
        if g[0] not in joined or g[1] not in joined:
            continue
        at = find(g)
        while at >= 0:
            u = bisect.bisect_right(starts, at) - 1
            counts[u] += 1
            at = find(g, starts[u + 1]) if u < last else -1
    return counts


def _best_cut(seg, text, g_new, g_old, change, first_only=False, prior=None):
    """Best place to cut a segment's paragraphs between two headers: (score, cut, the
    first header takes the first part?). The score is how much more each part holds its
    own header's bigrams than the other's, plus the column change at the cut.

    >>> seg = [[0], [1], [2], [3]]
    >>> text = ["廉洁文化进校园", "廉洁文化育人", "北湖区新就业群体", "北湖区服务"]
    >>> _best_cut(seg, text, {"廉洁", "文化"}, {"北湖", "湖区"}, lambda k: 0, first_only=True)[1]
    2
    """
    units = ["".join([text[k] for k in p]) for p in seg]
    d = list(map(sub, _holding(units, g_new), _holding(units, g_old)))
    total = sum(d)
    best = None
    pre = 0
    for c in range(1, len(seg)):
        pre += d[c - 1]
        bonus = min(2.0, change(seg[c][0]) / 2)
        if prior is not None and c == prior:
            bonus += 1.0
        options = ((pre - (total - pre), True),) if first_only else ((pre - (total - pre), True), ((total - pre) - pre, False))
        for score, hf in options:
            sc = score + bonus
            if best is None or sc > best[0]:
                best = (sc, c, hf)
    return best
