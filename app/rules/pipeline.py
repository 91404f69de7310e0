"""The automatic pass over a page: label, article and paragraph end for every line, each
with the rule that decided it and a confidence.

Stages, each linear in the page:
  1. line kinds from the text alone (:mod:`.kinds`: furniture, deck, byline, caption,
     kicker, title shape);
  2. header clusters around the strong signs (:mod:`.headers`);
  3. section heads (:mod:`.heads`) and paragraph ends (:mod:`.ends`), against the local
     column width and how the page prints a paragraph's first line (:mod:`.starts`);
  4. articles (:mod:`.articles`): body segments cut at header clusters, new text frames and
     column changes, headers attached by position and by content.
A document's confirmed decisions are kept and used as constraints. Every threshold and
confidence comes from a :class:`~.profile.Profile`.
"""
from __future__ import annotations

from itertools import compress, count
from operator import itemgetter

from .decisions import BREAK, HEADER_LABELS, LABEL, Suggestions, Why
from . import articles
from .caption_lines import caption_lines
from .column_flow import ends_going_on_before
from .ends import paragraph_ends
from .first_lines_alone import first_lines_going_on
from .head_headlines import head_headlines
from .headers import header_clusters, titles_wrapped_in_quotes
from .heads import head_tails, heads_on_flush_page, lone_tails, section_heads, unhead_before_last_line
from .jumps import page_jumps, without_jumps
from .kinds import line_kinds
from .lone_kickers import kickers_set_apart
from .lone_names import deck_tails, lone_bylines, lone_credits
from .page import Page
from .piece_links import piece_links
from .profile import DEFAULT
from .running_head import running_head_pieces
from .title_groups import title_groups
from .tracked import tracked_titles
from .tracked_rows import rows_under_a_title
from .wrapped_heads import wrapped_heads
from .starts import Body, positions_of, prints_first_lines_full
from .text import HALF_MARKS, MARKUP_MARKS, dedupe_tail

_WHY = {}


def why(label_rule, label_conf, break_rule, break_conf, article_rule, article_conf):
    """Shared :class:`Why` records: a page has few distinct ones, so rows share them."""
    key = (label_rule, label_conf, break_rule, break_conf, article_rule, article_conf)
    w = _WHY.get(key)
    if w is None:
        w = _WHY[key] = Why(label_rule, round(label_conf, 2), break_rule, round(break_conf, 2),
                            article_rule, round(article_conf, 2))
    return w


def kind_labels(kinds, labels, conf):
    """The label records (label, rule, confidence) the kinds decide alone, the header
    clusters' ``labels`` in place of those of their lines; None where later rules decide."""
    by_kind = {"noise": ("noise", "furniture", conf.furniture), "caption": ("caption", "credit", conf.caption),
               "mdh3": ("subheading", "md-heading", conf.md_subheading),
               "mdh1": ("headline", "md-heading", conf.md_headline_alone),
               "deck": ("subtitle", "dash-deck", conf.deck_alone), "byline": ("byline", "names", conf.byline_alone)}
    lab = list(map(by_kind.get, kinds))
    for k, v in labels.items():
        lab[k] = v
    return lab


def decide_body(pg: Page, kinds, labels, profile=DEFAULT, jumps=None):
    """Label section heads and set paragraph ends (``labels``: the header clusters' label
    records by line; ``jumps``: :func:`.jumps.page_jumps`). Returns a label record (label,
    rule, confidence) for every line and an end record (end, rule, confidence) for every line."""
    conf = profile.conf
    body = Body(pg, kinds, labels, profile)
    lab = kind_labels(kinds, labels, conf)
    for k, (j, where, _) in (jumps or {}).items():
        if where == "line" and lab[k] is not None and lab[k][0] == "noise":
            lab[k] = ("noise", JUMP_RULE[j.direction], conf.jump_line)
    short_after_end = section_heads(body, lab, labels)
    unhead_before_last_line(body, lab)
    wrapped = wrapped_heads(body, lab)
    tails = head_tails(body, lab) + wrapped
    lone_tails(body, lab)
    body_para, title_para = ("paragraph", "body", conf.body), ("paragraph", "body", conf.title_shaped_body)
    # every line no rule decided is a paragraph line; the decided ones (few) are set after
    decided, lab = lab, [body_para if kd == "body" else title_para for kd in kinds]
    para = [True] * len(lab)
    for k in compress(count(), decided):
        lab[k] = decided[k]
        para[k] = decided[k][0] == "paragraph"
    flush = prints_first_lines_full(body, para)
    if flush:
        heads_on_flush_page(lab, para, short_after_end, conf)
    end = paragraph_ends(body, lab, para, flush)
    for k, _ in tails:
        end[k] = (False, "head-tail", conf.head_tail)   # the head goes on in its tail
    return lab, end


def run(lines, doc=None, explain=True, profile=DEFAULT):
    """The pass over ``lines`` (with ``doc``: its confirmed decisions kept). Without
    ``explain`` no line gets the record of the rules that decided it (a corpus written
    from the command line has no use for them, and building them costs)."""
    n = len(lines)
    row_jumps = page_jumps(lines)
    pg = Page(without_jumps(lines, row_jumps) if row_jumps else lines, profile)
    if not pg.rows:
        return Suggestions([None] * n, [-1] * n, [False] * n, [None] * n)
    kinds = line_kinds(pg, profile)
    running_head_pieces(pg, kinds, profile)
    # a lone name under its headline closes the header, so a caption drawn right under it
    # starts there (the names under tracked titles are found once those are)
    lone_bylines(pg, kinds, profile)
    caption_lines(pg, kinds, profile)
    tracked_titles(pg, kinds, profile)
    rows_under_a_title(pg, kinds, profile)
    lone_bylines(pg, kinds, profile)
    deck_tails(pg, kinds, profile)
    titles_wrapped_in_quotes(pg, kinds, profile)
    lone_credits(pg, kinds)
    jumps = _by_k(pg, row_jumps)
    for k, (_, where, _) in jumps.items():
        # a line with a jump before or after its words is text of the part the jump starts or ends
        kinds[k] = "noise" if where == "line" else "body"
    clusters, hlabels = header_clusters(pg, kinds, profile)
    clusters += title_groups(pg, kinds, hlabels, profile)
    kickers_set_apart(pg, kinds, hlabels, profile)
    repeated = _repeated_headlines(pg, kinds, clusters, hlabels, jumps, profile)
    if doc is not None:
        _constrain_labels(pg, doc, hlabels, kinds, profile.conf)
    lab, end = decide_body(pg, kinds, hlabels, profile, jumps)
    head_headlines(pg, lab, profile)
    if doc is not None:
        _constrain_ends(pg, doc, lab, end, profile.conf)
    # an article's part on this page ends at a jump line and the part that goes on starts
    # after one: the body is cut there
    cuts = [k + (where != "lead") for k, (_, where, _) in jumps.items() if lab[k][0] != "caption"]
    parts = [k + (where == "line") for k, (j, where, _) in jumps.items()
             if j.direction == "from" and where != "tail" and k not in repeated]
    # (the labels, as no step from here on changes one: the articles read them, and give them out)
    label = list(map(itemgetter(0), lab))
    arts, arules = articles.assign(pg, lab, end, doc, profile, cuts, parts,
                                   frozenset(r for run in repeated.values() for r in run), label)
    _jump_articles(jumps, lab, arts, repeated)
    first_lines_going_on(pg, lab, end, arts, profile)
    ends_going_on_before(pg, lab, end, profile)
    goes_on, link_ends = piece_links(pg, lab, end, arts, profile)
    for k, record in link_ends.items():
        end[k] = record
    whys = _why_records(lab, end, arules) if explain else None
    spread = pg.spread
    return Suggestions(spread(label, None), spread(arts, -1), spread([bool(x[0]) for x in end], False),
                       spread(whys, None) if explain else [None] * n,
                       _headline_edits(pg, lines, label),
                       _jump_splits(pg, jumps, label), rows_to_clean(pg, row_jumps),
                       goes_on={pg.rows[r]: pg.rows[t] for r, t in goes_on.items()})


def rows_to_clean(pg, row_jumps):
    """What the corpus's cleaning of each row's text (``app.corpus``) would search the
    page's rows for again, from what the page found: ``(layout, half)``, the rows holding
    a layout space or a Markdown mark (which a strip or :func:`.text.remove_layout_spaces`
    may change) and those holding a half-width mark (:func:`.text.fold_half_width`). A row
    a jump was taken off is in both: the page read it without the jump."""
    layout = set(compress(count(), pg.has_space)).union(pg.other_spaces, pg.stripped)
    for mark in MARKUP_MARKS:
        layout.update(pg.lines_with(mark))
    half = set()
    for mark in HALF_MARKS:
        half.update(pg.lines_with(mark))
    row = pg.rows.__getitem__
    return set(map(row, layout)).union(row_jumps), set(map(row, half)).union(row_jumps)


def _by_k(pg, row_jumps):
    """The jumps by line k of the page (its non-blank lines) instead of by row."""
    from bisect import bisect_left
    out = {}
    for i, v in row_jumps.items():
        k = bisect_left(pg.rows, i)
        if k < len(pg.rows) and pg.rows[k] == i:
            out[k] = v
    return out


# the rule that makes a line a jump line, by the way it points
JUMP_RULE = {"to": "jump-on", "from": "jump-from"}


def _repeated_headlines(pg, kinds, clusters, hlabels, jumps, profile):
    """The lines k of the short headline a paper repeats over the part of an article that
    goes on from another page: the title lines right above a jump back ("（上接第1版）"),
    when nothing else of a header (a deck, a byline) is with them. They are labelled
    headline in ``hlabels``; returns {k of the jump: [their k]}."""
    conf = profile.conf
    out = {}
    for k, (j, where, _) in jumps.items():
        if j.direction != "from" or where == "tail":
            continue
        run = []
        p = k - 1
        while p >= 0 and len(run) < 2 and kinds[p] in ("title", "mdh1") and (
                p not in hlabels or hlabels[p][0] == "headline"):
            run.append(p)
            p -= 1
        whole = [c for c in clusters if run and c[0] <= run[0] <= c[1]]
        if not run or whole and any(hlabels[r][0] != "headline" for r in range(whole[0][0], whole[0][1] + 1)):
            continue       # a whole header (deck, byline) above: another article's
        if any(pg.width[r] > profile.repeated_headline_cells for r in run):
            continue
        for r in run:
            hlabels[r] = ("headline", "repeated-headline", conf.repeated_headline)
        out[k] = run
    return out


def _jump_articles(jumps, lab, arts, repeated):
    """A jump line back ("（上接第1版）") and the headline repeated above it are in the
    article it starts, not the one before."""
    n = len(lab)
    for k, (j, where, _) in jumps.items():
        if j.direction != "from" or where == "tail":
            continue
        q = k + (where == "line")
        while q < n and lab[q][0] in ("noise", "caption"):
            q += 1
        if q < n:
            for r in [k] * (where == "line") + repeated.get(k, []):
                arts[r] = arts[q]


def _jump_splits(pg, jumps, label):
    """The splits that take a jump off a line of text: (row, offset, "noise") for one
    after the text, (row, offset, None, "noise") for one before it (its first piece)."""
    splits = []
    for k, (_, where, off) in sorted(jumps.items()):
        if where == "tail" and label[k] == "paragraph":
            splits.append((pg.rows[k], off, "noise"))
        elif where == "lead" and label[k] == "paragraph":
            splits.append((pg.rows[k], off, None, "noise"))
    return splits


def _why_records(lab, end, arules):
    """The :class:`Why` record of each line from its label, end and article records."""
    whys, local = [], {}
    for key in zip(lab, end, arules):
        w = local.get(key)
        if w is None:
            (_, lrule, lconf), (_, brule, bconf), (arule, aconf) = key
            w = local[key] = why(lrule, lconf, brule, bconf, arule, aconf)
        whys.append(w)
    return whys


def _headline_edits(pg, lines, label):
    """Row -> the headline's text with an extractor's doubled last glyphs undone (its
    indent kept), for the headline lines that have them."""
    edits = {}
    # (by ``list.index``: a page holds a few headline lines among some 250)
    for k in positions_of(label, "headline"):
        fixed = dedupe_tail(pg.text[k])
        if fixed is not None:
            i = pg.rows[k]
            edits[i] = lines[i][:len(lines[i]) - len(lines[i].lstrip())] + fixed
    return edits


# the kind that stands for each label a person confirmed (a paragraph's: "body")
_KIND_OF_LABEL = {"headline": "mdh1", "subtitle": "deck", "byline": "byline", "kicker": "kicker",
                  "noise": "noise", "caption": "caption", "subheading": "mdh3"}


def _constrain_labels(pg, doc, hlabels, kinds, conf):
    """Confirmed labels of the document replace the kinds the text suggested, and a
    confirmed header label is the header label of its line."""
    if len(doc) != len(pg.lines):
        return
    for k, i in enumerate(pg.rows):
        if doc.confirmed[i] & LABEL and doc.label[i] is not None:
            lb = doc.label[i]
            hlabels.pop(k, None)
            if lb in HEADER_LABELS:
                hlabels[k] = (lb, "person", conf.person)
            kinds[k] = _KIND_OF_LABEL.get(lb, "body")


def _constrain_ends(pg, doc, lab, end, conf):
    """Confirmed labels and paragraph ends of the document replace the decided ones."""
    if len(doc) != len(pg.lines):
        return
    for k, i in enumerate(pg.rows):
        c = doc.confirmed[i]
        if c & LABEL and doc.label[i] is not None:
            lab[k] = (doc.label[i], "person", conf.person)
        if c & BREAK:
            end[k] = (doc.para_end[i], "person", conf.person)
