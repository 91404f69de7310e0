"""Which article each line belongs to.

The body is cut into segments at header clusters, at new text frames (a line starting
with a stray space), after credits and at column-width changes (:mod:`.segments`). Each
header cluster is attached to one segment by position (right before or right after it) and
by content: the character bigrams of the headline and deck that recur in the segment's text
(:mod:`.attach`). A header left without a segment (printed away from its body) takes part of
a segment, cut where the content turns from one header's words to the other's. Segments
without a header either rejoin a neighbour they resemble (a column change inside one
article) or stand as an article with no headline. Captions and furniture are placed last
(:mod:`.captions`), and an article holding a row a person confirmed is that person's.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import partial
from itertools import compress, count
from operator import itemgetter

from .chars import IS_HAN, flags_of
from .decisions import ARTICLE, BODY_LABELS, HEADER_LABELS
from .attach import (attach_by_content, free_parts_from_later_headers, give_lone_headers_a_part, header_grams,
                     reads_in_order, segment_articles, share_between_headers)
from .captions import header_pieces, place_aside_lines
from .column_flow import (body_run, continued_groups, ends_a_piece, ends_open, opens_a_story, opens_full,
                          opens_indented, paragraph_line_alone, story_steps, text_line_after, text_line_before,
                          under_a_header, text_groups, without_spaces)
from .credit_pairs import credit_fit
from .deck_places import headlines_to_their_decks
from .header_spans import narrow_headers
from .headers_across import other_story_to_a_free_body, other_story_to_its_run
from .headers import NEXT_HEADLINE
from .header_stacks import units_stacked_over_a_body
from .foot_chains import pieces_to_open_feet
from .foot_headers import foot_headers_to_headless_bodies
from .step_parts import step_parts_to_lone_headers
from .headless import free_quiet_stretches
from .lone_bylines import join_a_byline_set_apart
from .headless_openings import openings_parted_from_the_next_story
from .measure_steps import move_measure_steps
from .group_chains import move_groups_to_open_chains
from .profile import DEFAULT
from .segments import body_segments, closing_lines, column_changes, drawn_in_order, middle_lines
from .starts import blank_lines_part_paragraphs, positions_of
from .title_groups import blank_lines_part_groups
from .titles_in_paragraphs import headlines_inside_paragraphs
from .two_stories import split_runs_of_two
from .width_cuts import WIDTH_FIT, fit_cuts_to_widths
from .width_steps import WIDTH_STEP, width_step_cut

_HEADER = frozenset(HEADER_LABELS)
_BODY = frozenset(BODY_LABELS)


def header_units(lab, heads=None, body_ks=None):
    """Header clusters as lists of k: a kicker, a headline after a deck or byline, or a
    headline row the header clusters marked as the next story's (``NEXT_HEADLINE``: tracked
    right under another story's, or a row no wrapped headline could be) starts a new one;
    a paragraph, subheading or caption between header lines ends one (a
    caption is printed before a story's header, between it and its body or after both,
    never inside the header: between two header lines it parts two stories' headers).
    (``heads``, ``body_ks``: the header lines and the body lines, found from ``lab`` where
    not given.)

    >>> P, H, S, B, C = ("paragraph", "", 1), ("headline", "", 1), ("subtitle", "", 1), ("byline", "", 1), ("caption", "", 1)
    >>> header_units([H, S, B, P, P, H, C, B, H])
    [[0, 1, 2], [5], [7], [8]]
    >>> header_units([("kicker", "", 1), H, C, C, H, S, B])
    [[0, 1], [4, 5, 6]]
    """
    if heads is None or body_ks is None:
        labels = list(map(itemgetter(0), lab))
        heads = list(compress(count(), map(_HEADER.__contains__, labels)))
        body_ks = list(compress(count(), map(_BODY.__contains__, labels)))
    units, cur, prev = [], [], None
    last = -1
    for k in heads:
        lb = lab[k][0]
        # (a body line between the two: one found among the body lines, not a pass over the page)
        if cur and (bisect_left(body_ks, k) != bisect_left(body_ks, last + 1) or _caption_between(lab, last, k)):
            units.append(cur)   # a paragraph, subheading or caption came between
            cur, prev = [], None
        new = (not cur or lb == "kicker" or (lb == "headline" and prev in ("subtitle", "byline"))
               or lab[k][1] in NEXT_HEADLINE
               or (lb in ("subtitle",) and prev in ("subtitle", "byline") and lab[k][1] != "deck-tail"))
        if new and cur:
            units.append(cur)
            cur = []
        cur.append(k)
        prev = lb
        last = k
    if cur:
        units.append(cur)
    return units


def _caption_between(lab, a, b):
    """Is a line between lines a and b (neither) labelled caption?"""
    return any(lab[j][0] == "caption" for j in range(a + 1, b))


def assign(pg, lab, end, doc=None, profile=DEFAULT, cuts=(), parts=(), repeated=frozenset(), labels=None):
    """The article of every line, and the rule record (rule, confidence) that placed it
    (``lab``, ``end``: the label and end records; ``doc``: a document whose confirmed
    articles are kept). Article ids are segment numbers, then one past them for headers
    attached to none; ids below -1 stand for a person's article (-2 - its id). ``cuts``:
    lines k where the body is cut before the first body line from k on (at jump lines);
    ``parts``: lines k where a part that goes on from another page starts, without a
    header of its own, at the first body line from k on; ``repeated``: the lines k of a
    headline repeated over a jump line back, which heads only the text after it. ``labels``:
    the label of every line (``lab``'s first items), where the caller has them; not changed."""
    n = len(lab)
    line_text = without_spaces(pg)
    # the labels' passes over the page, made once for the steps below (each costs more
    # than most of the steps' own work): the body lines, and the few others
    if labels is None:
        labels = list(map(itemgetter(0), lab))
    is_body = list(map(_BODY.__contains__, labels))
    body_ks = list(compress(count(), is_body))
    aside = positions_of(is_body, False)
    hunits = header_units(lab, [k for k in aside if labels[k] in _HEADER], body_ks)
    labb = list(compress(labels, is_body))
    endb = list(map(itemgetter(0), compress(end, is_body)))
    person, forced = _person_cuts(pg, body_ks, doc)
    starts = _cuts_at_jumps(body_ks, cuts, parts, forced)
    closing = closing_lines(labb, endb)
    mids = middle_lines(pg, body_ks, closing)
    change = column_changes(pg, mids, profile)
    segs = body_segments(pg, body_ks, closing, mids, hunits, forced, change, line_text, profile)
    hgrams = header_grams(hunits, lab, line_text, profile)
    below = {h for h, u in enumerate(hunits) if repeated.issuperset(u)}
    at_jump = headers_at_jumps(hunits, body_ks, cuts)
    fit, stepped = None, ()
    if drawn_in_order(pg):
        no_byline = [not any(lab[k][0] == "byline" for k in u) for u in hunits]
        fit = credit_fit(pg, hunits, lab)
        stepped = split_runs_of_two(segs, hgrams, labels, profile, at_jump, below, no_byline, narrow_headers(hunits, labels),
                          fit, partial(width_step_cut, pg, labels, profile=profile))
    in_order = reads_in_order(pg)
    paragraph_blanks = in_order and blank_lines_part_paragraphs(pg, profile)
    hseg = attach_by_content(segs, hgrams, profile, in_order, at_jump, below, fit, after_only=paragraph_blanks)
    in_column = _headers_inside_a_paragraph(pg, lab, segs, hseg, hunits, profile) if in_order else []
    if starts:
        free_parts_from_later_headers(segs, hunits, hgrams, starts, change, profile)
    give_lone_headers_a_part(segs, hgrams, hseg, change, profile, below)
    free_quiet_stretches(segs, hunits, hgrams, change, cuts, profile)
    share_between_headers(segs, hgrams, change, profile, drawn_in_order(pg))
    if in_order and not paragraph_blanks:
        in_column += headlines_inside_paragraphs(pg, lab, segs, hseg, hunits, profile)
    art_of_seg = segment_articles(segs, hgrams, change, profile, below)
    moved = fit_cuts_to_widths(pg, labels, segs, art_of_seg, profile) if drawn_in_order(pg) else ()
    if in_order:
        _openings_before_their_header(pg, lab, segs, art_of_seg, hunits, profile)
    arts, rules = _line_articles(n, segs, art_of_seg, hunits, profile.conf)
    for k in moved:
        rules[k] = (WIDTH_FIT, rules[k][1])
    for k in stepped:
        rules[k] = (WIDTH_STEP, rules[k][1])
    _go_on_before_headers(in_column, arts, rules, profile)
    if in_order:
        _mend_reading_order(pg, lab, line_text, arts, rules, hunits, paragraph_blanks, profile)

    def article_pieces():
        """Each article's words in page order: its bodies and its headlines and decks; and
        the words of its headlines and decks alone."""
        pieces, heads = {}, {}
        for s, seg in enumerate(segs.paras):
            if seg:
                pieces.setdefault(art_of_seg[s], []).append((seg[0][0], segs.joined(seg)))
        for a, piece in header_pieces(hunits, lab, arts, line_text):
            pieces.setdefault(a, []).append(piece)
            heads[a] = heads.get(a, "") + piece[1]
        return pieces, heads

    header_lines = {k for u in hunits for k in u}
    place_aside_lines(lab, (is_body, aside), arts, rules, header_lines, article_pieces, line_text, profile)
    if person.count(None) < n:
        _person_articles(arts, rules, person, profile.conf)
    return arts, rules


def _mend_reading_order(pg, lab, line_text, arts, rules, hunits, paragraph_blanks, profile):
    """The steps of a page read in order (pdftotext, pdfminer: a column read down through
    several stories) once every line has its article: first lines printed over their
    header, groups that go on, headers read across, and, where blank lines part groups or
    paragraphs, units stacked over a body, steps of the measure and open chains; and a byline
    printed apart from its headline."""
    _first_lines_over_their_header(pg, lab, hunits, arts, rules, profile)
    _join_continued_groups(pg, lab, line_text, arts, rules, profile)
    _headers_read_across(pg, lab, arts, rules, hunits, profile)
    other_story_to_a_free_body(pg, lab, arts, rules, hunits, profile)
    if not paragraph_blanks:
        other_story_to_its_run(pg, lab, arts, rules, hunits, profile)
    if blank_lines_part_groups(pg, profile):
        units_stacked_over_a_body(lab, arts, rules, hunits, profile)
    if paragraph_blanks:
        move_measure_steps(pg, lab, arts, rules, profile)
        move_groups_to_open_chains(pg, lab, arts, rules, profile)
        openings_parted_from_the_next_story(pg, lab, arts, rules, hunits, profile)
    join_a_byline_set_apart(pg, lab, arts, rules, profile, header_to_byline=not paragraph_blanks)
    if not paragraph_blanks:
        headlines_to_their_decks(pg, lab, line_text, arts, rules, profile)
        pieces_to_open_feet(pg, lab, arts, rules, profile)
        step_parts_to_lone_headers(pg, lab, arts, rules, profile)
        foot_headers_to_headless_bodies(lab, arts, rules, profile)


def _cuts_at_jumps(body_ks, cuts, parts, forced):
    """Mark in ``forced`` the first body line from each line k of ``cuts`` on (the body is
    cut there, at a jump line), and return the first body lines from each line k of
    ``parts`` on (a part going on from another page starts there)."""
    for k in cuts:
        at = bisect_left(body_ks, k)
        if 0 < at < len(body_ks):
            forced[body_ks[at]] = True
    return {body_ks[at] for at in (bisect_left(body_ks, k) for k in parts) if at < len(body_ks)}


def _join_continued_groups(pg, lab, line_text, arts, rules, profile):
    """A text group that goes on a paragraph printed before it elsewhere
    (:func:`.column_flow.continued_groups`) is in that paragraph's article; after a line
    that closes, so is the body after it that was in its article, up to the next header
    (after a line left open, the text before it was another story's, and what follows
    the group may be too). A group right under a header stays that header's (moving a
    header's body away cost headlines), but where the open group opens a story
    (:func:`.column_flow.opens_a_story`: the story's first piece, printed before its
    header) the open group joins it instead, and on a page of column pieces, where the
    open group is under a header of its own, the group goes alone: two headers' pieces,
    the first story's going on under the second header, whose body comes after."""
    flow = ("column-flow", profile.conf.column_flow)
    found = continued_groups(pg, lab, line_text, profile)
    # a run ends where the next group found starts, which that group's step decides (so
    # that no line is walked twice)
    stops = [group[0] for _, group, _, _ in found[1:]] + [len(lab)]
    for (opened, group, after_close, pieces), stop in zip(found, stops):
        if not under_a_header(lab, group):
            a = arts[opened[-1]]
            run = body_run(lab, arts, group[0], stop) if after_close else group
        elif opens_a_story(pg, lab, opened, profile):
            a, run = arts[group[0]], opened
        elif pieces and under_a_header(lab, opened):
            a, run = arts[opened[-1]], group
        else:
            continue
        for k in run:
            arts[k], rules[k] = a, flow


def _headers_inside_a_paragraph(pg, lab, segs, hseg, hunits, profile):
    """A header printed inside another story's paragraph, on a page of column pieces: the
    line before it (furniture passed over) is a paragraph line ending no sentence, the
    segment it took opens after it mid-paragraph (:func:`.column_flow.opens_full`),
    and a story opens further down that segment (:func:`.column_flow.story_steps`; the
    caller asks only on a page read in order). The piece before that opening goes on the
    paragraph before the header; the header heads
    the story that opens there. Cuts the segment there (the header takes the second part)
    and returns (the line before the header, the piece's lines) for each."""
    steps = story_steps(pg, lab, profile)
    out = []
    if not steps:
        return out
    for s in range(len(segs) - 1, -1, -1):
        h, paras = segs.owner[s], segs.paras[s]
        at = next((i for i, p in enumerate(paras) if i and p[0] in steps), None)
        if h is None or at is None or hunits[h][-1] > paras[0][0]:
            continue
        before = text_line_before(lab, hunits[h][0])
        if before < 0 or lab[before][0] != "paragraph" or pg.ends_final[before]:
            continue
        if not opens_full(pg, lab, paras[0][0], profile):
            continue
        out.append((before, [k for p in paras[:at] for k in p]))
        _give_second_part(segs, hseg, s, at)
    return out


def _openings_before_their_header(pg, lab, segs, art_of_seg, hunits, profile):
    """A headless segment standing as an article of its own that opens a paragraph (its
    first line short of its group's column: an indent) and ends one open (its last line
    full, ending no sentence): the story's first column, printed before its header (the
    column set beside the headline), whose paragraph goes on under it. It joins the
    article of the first header after it whose text goes on a paragraph
    (:func:`_header_text_going_on`)."""
    firsts = [u[0] for u in hunits]
    seg_of = {o: t for t, o in enumerate(segs.owner) if o is not None}
    for s, paras in enumerate(segs.paras):
        if segs.owner[s] is not None or art_of_seg[s] != s or not paras:
            continue
        f, e = paras[0][0], paras[-1][-1]
        if not (opens_indented(pg, lab, f, profile) and ends_open(pg, lab, e, profile)):
            continue
        t = _header_text_going_on(pg, lab, segs, seg_of, firsts, e, profile)
        if t is not None:
            art_of_seg[s] = art_of_seg[t]


def _header_text_going_on(pg, lab, segs, seg_of, firsts, e, profile):
    """The segment of the first header after line e (``firsts``: the header units'
    first lines; ``seg_of``: each unit's segment), within ``flow_reach`` lines, whose
    text opens mid-paragraph (:func:`.column_flow.opens_full`) or with the last line of a
    paragraph, the next one under it (:func:`.column_flow.ends_a_piece`), or None. A
    header whose text opens a paragraph is another story's, printed between."""
    for h in range(bisect_left(firsts, e), len(firsts)):
        if firsts[h] > e + profile.flow_reach:
            break
        t = seg_of.get(h)
        if t is None or not segs.paras[t]:
            continue
        g = segs.paras[t][0][0]
        if g < firsts[h]:
            continue   # a segment the header owns above it (drawn before it) is no text under it
        if opens_full(pg, lab, g, profile) or ends_a_piece(pg, lab, g):
            return t
    return None


def _first_lines_over_their_header(pg, lab, hunits, arts, rules, profile):
    """A paragraph line alone in its text group, ending in an ideograph (a word the column
    cut, no mark), right over a header (furniture passed over) whose text under it opens
    mid-paragraph (:func:`.column_flow.opens_full`): a paragraph's first line printed
    over the header it is set beside (pdfminer gives it a group of its own), the rest of
    the paragraph under the header. It goes to the article of the text under the header.
    (Lines alone ending at a clause mark are left where they are: measured, moving them
    cost more than it gave.)"""
    n = len(lab)
    for u in hunits:
        p = text_line_before(lab, u[0])
        if p < 0 or lab[p][0] != "paragraph" or not flags_of(pg.text[p][-1]) & IS_HAN:
            continue
        if not paragraph_line_alone(pg, lab, p):
            continue
        g = text_line_after(lab, u[-1])
        if g < n and lab[g][0] == "paragraph" and opens_full(pg, lab, g, profile):
            arts[p], rules[p] = arts[g], ("column-flow", profile.conf.column_flow)


def _give_second_part(segs, hseg, s, at):
    """Cut segment s before its paragraph ``at``: its header takes the second part, the
    first has none (``hseg``, the segment of each header, follows)."""
    h = segs.owner[s]
    segs.split(s, at, h, False, segs.conf[s], "story-step")
    segs.owner[s] = None
    for x, t in enumerate(hseg):
        if t is not None and t > s:
            hseg[x] = t + 1
    hseg[h] = s + 1


def _go_on_before_headers(pieces, arts, rules, profile):
    """Each piece (:func:`_headers_inside_a_paragraph`) in the article of the line before
    its header."""
    for before, piece in pieces:
        for k in piece:
            arts[k], rules[k] = arts[before], ("column-flow", profile.conf.column_flow)


def _headers_read_across(pg, lab, arts, rules, hunits, profile):
    """Header units the pairing left wrong on a page read in order. A unit left without a
    body (:func:`_lone_header_moves`) goes to the articles after it holding no headline.
    Two stories' headers set side by side and read across, line by line (headline A,
    headline B, deck A ...), are a unit whose text groups hold two headlines, alternating
    between the two stories from the first headline group on. Where such a unit took a
    body and, on a page of column pieces, the next line starts another header unit under
    no headline (the rest of the two headers, a deck or byline first, which took the body
    under it), the groups of the story that unit goes on (the alternation carried on into
    it) join its article. Which story owns the body the unit took is not in the text
    (docs/pdf-extractors.md, parts 15 and 18), so the unit keeps it."""
    across = ("headers-read-across", profile.conf.read_across)
    pieces = None
    for h, u in enumerate(hunits):
        groups = text_groups(pg, u)
        heads = [i for i, g in enumerate(groups) if any(lab[k][0] == "headline" for k in g)]
        rec = across if len(heads) > 1 else ("header-to-headless", profile.conf.read_across)
        if rules[u[0]][0] == "lone-header":
            moves = _lone_header_moves(lab, arts, hunits, u, groups, heads)
        elif len(heads) > 1:
            if pieces is None:
                pieces = blank_lines_part_groups(pg, profile)
            rest = _rest_of_the_headers(lab, arts, hunits, h) if pieces else None
            groups = groups[heads[0]:]
            moves = [(g, rest) for g in groups[len(groups) % 2::2]] if rest is not None else []
        else:
            continue
        for g, a in moves:
            for k in g:
                arts[k], rules[k] = a, rec


def _lone_header_moves(lab, arts, hunits, u, groups, heads):
    """(group, article) for the text groups of a header unit u left without a body: with
    one headline, all go to the first article after it holding no headline (its body,
    which no header took or a piece of another header took); with two (two headers read
    across), from the first headline group on they go alternately to the first and the
    second such article (the two stories' bodies), all to the first where it is the only
    one, and groups before (a kicker) stay."""
    if not heads:
        return []
    to = _headless_after(lab, arts, hunits, u[-1])
    if not to:
        return []
    if len(heads) == 1:
        return [(g, to[0]) for g in groups]
    return [(g, to[i % len(to)]) for i, g in enumerate(groups[heads[0]:])]


def _rest_of_the_headers(lab, arts, hunits, h):
    """The article of the header unit right after unit h (the next line), when that unit
    holds no headline and its article none either: the rest of two headers read across."""
    if h + 1 >= len(hunits) or hunits[h + 1][0] != hunits[h][-1] + 1:
        return None
    a = arts[hunits[h + 1][0]]
    if a == arts[hunits[h][0]] or a in _headed(lab, arts, hunits):
        return None
    return a


def _headed(lab, arts, hunits):
    """The articles holding a headline line."""
    return {arts[k] for u in hunits for k in u if lab[k][0] == "headline"}


def _headless_after(lab, arts, hunits, last):
    """The first two articles (in page order) whose body and header lines all come after line
    ``last`` and none of which is a headline."""
    headed = _headed(lab, arts, hunits)
    seen = {arts[k] for k in range(last + 1) if lab[k][0] in _BODY or lab[k][0] in _HEADER}
    out = []
    for k in range(last + 1, len(lab)):
        a = arts[k]
        if (lab[k][0] in _BODY or lab[k][0] in _HEADER) and a not in seen:
            seen.add(a)
            if a not in headed:
                out.append(a)
                if len(out) == 2:
                    break
    return out


def headers_at_jumps(hunits, body_ks, cuts):
    """The header units next to a cut at a jump line (``cuts``: lines k where the body is
    cut before the first body line from k on): printed right after it, no body line
    between, or the last one before it with body lines between (the text the jump ends).

    >>> headers_at_jumps([[0], [6, 7], [12]], [1, 2, 3, 4, 8, 9, 10, 13], [5])
    {0, 1}
    >>> headers_at_jumps([[0], [6, 7], [12]], [1, 2, 3, 4, 8, 9, 10, 13], [7])
    set()
    """
    firsts = [u[0] for u in hunits]
    out = set()
    for c in cuts:
        h = bisect_left(firsts, c)
        at = bisect_left(body_ks, c)
        if h < len(firsts) and at == bisect_left(body_ks, firsts[h]):
            out.add(h)
        if h > 0 and at > bisect_left(body_ks, hunits[h - 1][-1]):
            out.add(h - 1)
    return out


def _person_cuts(pg, body_ks, doc):
    """(the article a person confirmed for each line, or None; by k whether a person cut
    the body before it). A cut is forced only where the document already has one next to
    a confirmed row: confirming rows as they are must not cut them from the unconfirmed
    rows around them."""
    n = len(pg.text)
    forced = [False] * n
    person = [None] * n
    if doc is None or len(doc) != len(pg.lines):
        return person, forced
    for k, i in enumerate(pg.rows):
        if doc.confirmed[i] & ARTICLE:
            person[k] = doc.article[i]
    docart = [doc.article[i] for i in pg.rows]
    for a, b in zip(body_ks, body_ks[1:]):
        forced[b] = (person[b] is not None or person[a] is not None) and docart[b] != docart[a]
    return person, forced


def _line_articles(n, segs, art_of_seg, hunits, conf):
    """The article and rule record of every body and header line (the page's default
    elsewhere): a segment's lines are in its article; a header unit is in the article of
    its segment, or one of its own."""
    arts = [0] * n
    rules = [("page", conf.article_default)] * n
    hart = {}
    for s, seg in enumerate(segs.paras):
        a = art_of_seg[s]
        o = segs.owner[s]
        rule = ("header-" + ("content" if o is not None else "none"), segs.conf[s])
        size = sum(map(len, seg))
        if seg and seg[-1][-1] - seg[0][0] + 1 == size:
            # a segment of consecutive lines (most are) is set by slices, not line by line
            arts[seg[0][0]:seg[-1][-1] + 1] = [a] * size
            rules[seg[0][0]:seg[-1][-1] + 1] = [rule] * size
        else:
            for p in seg:
                for k in p:
                    arts[k] = a
                    rules[k] = rule
        if o is not None:
            hart[o] = a
    next_id = len(segs) + 1
    for h, u in enumerate(hunits):
        a = hart.get(h)
        if a is None:
            a = next_id
            next_id += 1
            rule = ("lone-header", conf.lone_header)
        else:
            rule = ("attached-header", conf.attached_header)
        for k in u:
            arts[k] = a
            rules[k] = rule
    return arts, rules


def _person_articles(arts, rules, person, conf):
    """An article holding a person's rows is that person's article (ids below -1 name it)."""
    n = len(arts)
    local = {}
    for k in range(n):
        if person[k] is not None:
            local.setdefault(arts[k], person[k])
    for k in range(n):
        if person[k] is not None:
            arts[k], rules[k] = -2 - person[k], ("person", conf.person)
        elif arts[k] in local:
            arts[k] = -2 - local[arts[k]]
