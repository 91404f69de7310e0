"""Document -> the reflow-corpus of ../shared/corpus-format.md (version 1).

Only this module decides how rows become blocks; sessions embed what it returns and every
export is written from it.
"""
from __future__ import annotations

from itertools import compress, count, repeat
from operator import is_not

from .document import HEADER_LABELS, Document
from .rules.chars import LAYOUT_SPACE
from .rules.lineindex import LineIndex
from .rules.jumps import might_be_jump, parse_jump
from .rules.names import split_names, trailing_credit, unpad_names
from .rules.text import (HALF_MARKS, MARKUP_MARKS, fold_half_width, join_lines, remove_layout_spaces,
                         strip_leading_dash)

FORMAT, VERSION = "reflow-corpus", 1
_HEADER_RANK = {lab: i for i, lab in enumerate(HEADER_LABELS)}
_SPACE_JOINED = frozenset(HEADER_LABELS)    # header blocks join their lines with a space


def clean_row(doc: Document, row: int) -> str:
    return clean_text(doc.current_text(row), doc.settings.get("fold_half_width", True))


def clean_text(text: str, fold: bool) -> str:
    text = remove_layout_spaces(text)
    return fold_half_width(text) if fold else text


def _cleaned(doc: Document, rows) -> list[str]:
    """:func:`clean_row` of many rows at once. Nearly every line of a page has no space,
    markup or half-width punctuation and is only stripped: the rules run on the lines that
    hold what they look for, found for all rows together."""
    text, edited = doc.text, doc.edited
    out = list(map(text.__getitem__, rows))
    if edited.count(None) != len(edited):       # a person's edits (none in a batch)
        out = [t if edited[r] is None else edited[r] for t, r in zip(out, rows)]
    # a line without a layout space is its own stripped text: only the lines holding one
    # (a tenth of a page) are stripped and cleaned, found by a search of the joined text
    index = LineIndex(out)
    spaced = set()
    for mark in LAYOUT_SPACE + MARKUP_MARKS:
        spaced.update(index.containing(mark))
    _clean_spaces(out, spaced)
    if doc.settings.get("fold_half_width", True):
        half = set()
        for mark in HALF_MARKS:
            half.update(index.containing(mark))
        _fold(out, half)
    return out


def _cleaned_rows(doc: Document) -> list[str]:
    """:func:`clean_row` of every row, as :func:`_cleaned` cleans them, of a document as
    the pass that opened it left it: the rows that hold a layout space, markup or a
    half-width mark are those the pass found (``doc.opened``), so none is searched for
    again. Noise rows keep their layout spaces: they are in no article, and not read."""
    layout, half = doc.opened.layout, doc.opened.half
    out = doc.text.copy()
    edited, label = doc.edited, doc.label
    if edited.count(None) != len(edited):       # the pass's headline edits
        for r in compress(count(), map(is_not, edited, repeat(None))):
            out[r] = edited[r]
    # (a page's furniture is often spaced: "湘江日报  2025年12月3日  星期三")
    _clean_spaces(out, [r for r in layout if label[r] != "noise"])
    if doc.settings.get("fold_half_width", True):
        _fold(out, half)
    return out


def _clean_spaces(out, spaced):
    """The texts ``out[i]``, ``i`` in ``spaced``, stripped and without their layout spaces
    (any other text of ``out`` holds no layout space nor markup). Each goes to
    :func:`.rules.text.remove_layout_spaces` whole: it strips the text and returns at once
    one left without a space or markup, so asking for those here first only repeats it."""
    for i in spaced:
        out[i] = remove_layout_spaces(out[i])


def _fold(out, half):
    """The texts ``out[i]``, ``i`` in ``half``, with their half-width marks folded."""
    for i in half:
        out[i] = fold_half_width(out[i])


def line_ref(doc: Document, r: int) -> tuple[str | None, int]:
    """How row ``r`` cites its source line: ``("lines", n)`` for a line's first piece,
    ``("split_of", n)`` for a later piece, ``(None, n)`` when the source line is blank (a
    person typed text into an empty line; blank lines are never cited)."""
    src, n = doc.src, doc.src[r]
    if not doc.text[r].strip():
        a, b = r, r + 1
        while a > 0 and src[a - 1] == n:
            a -= 1
        while b < len(src) and src[b] == n:
            b += 1
        if not any(doc.text[k].strip() for k in range(a, b)):
            return None, n
    return ("split_of" if r > 0 and src[r - 1] == n else "lines"), n


def cited_apart(doc: Document, rows) -> set[int]:
    """The rows among ``rows`` that :func:`_block` cites one by one (:func:`line_ref`): a
    later piece of a split line, or a row of a blank line. Nearly none: found for all the
    rows at once, then each block only asks whether it holds one."""
    src, raw = doc.src, doc.text
    return {r for r in rows if r and src[r - 1] == src[r] or not raw[r] or raw[r].isspace()}


def _names_unpadded(text: str, doc: Document, row: int) -> str:
    """A paragraph ending in a credit of names keeps it as printed but for the padding,
    which is taken off as a byline's is ("再升级。 （杨 晨 蒋 虹）" → "再升级。（杨晨 蒋虹）"):
    cleaned as text, the names would be glued together."""
    raw = doc.current_text(row)
    at = trailing_credit(raw)
    cut = max(text.rfind("（"), text.rfind("("))
    if at is None or cut < 0:
        return text
    credit = unpad_names(raw[at:].strip(LAYOUT_SPACE))
    return text[:cut] + clean_text(credit, doc.settings.get("fold_half_width", True))


def _block(kind, texts, rows, doc, apart, joined=False):
    if kind == "byline":
        # from the raw rows: cleaning would glue padded names ("肖 畅 周红波") together
        text = unpad_names(" ".join(doc.current_text(r) for r in rows))
    elif kind in _SPACE_JOINED:
        text = " ".join(t for t in texts if t)
    else:
        text = join_lines(texts)
        if kind == "paragraph" and text.endswith(("）", ")")):
            text = _names_unpadded(text, doc, rows[-1])
    if kind == "subtitle":
        text = strip_leading_dash(text)
    src = doc.src
    if joined:
        # a paragraph joined from pieces out of line order (app.goes_on): the text reads in
        # the pieces' order, the lines are cited in line order, as every other block's
        rows = sorted(rows)
    cited = [src[r] for r in rows]
    if apart and not apart.isdisjoint(rows):
        # a split line or a row of a blank line (rare): cite row by row
        cited, split_of = [], []
        for r in rows:
            key, n = line_ref(doc, r)
            if key == "lines":
                cited.append(n)
            elif key == "split_of":
                split_of.append(n)
        blk = {"type": kind, "text": text, "lines": cited}
        if split_of:
            blk["split_of"] = split_of  # a later piece of a line whose first piece cites it
        return blk
    return {"type": kind, "text": text, "lines": cited}


def article_blocks(doc: Document, pieces, clean, apart, ends=None, links=None) -> list[dict]:
    """Blocks of one article from its pieces (:func:`page_pieces`; ``clean``: the cleaned
    text of every row of the document, and ``apart``: :func:`cited_apart` of them). With
    ``links`` (rows ``{r: s}`` in force, :mod:`app.goes_on`; ``ends``: the ends the pieces
    were cut at) a paragraph printed in pieces out of line order is one block."""
    clean_of = clean.__getitem__
    if not links:
        return [_block(kind, list(map(clean_of, run)), run, doc, apart)
                for kind, run in _article_runs(pieces, doc.para_end)]
    from .goes_on import join_runs
    return [_block(kind, list(map(clean_of, run)), run, doc, apart, joined=True)
            for kind, run in join_runs(_article_runs(pieces, ends), links)]


def page_pieces(doc: Document, ends=None) -> tuple[dict[int, list[tuple[str, list[int]]]], list[int], list[int]]:
    """Each article's rows cut into pieces, the articles in the order of their first rows;
    the rows of every article; the noise rows. A piece is a run of one label, a run of a
    body label also cut after each row that ends a paragraph: ``[(label, rows)]`` in
    order. One loop over the page's lines groups the rows by article and cuts them at once
    (grouping first and then cutting each article's rows walked every row twice).
    ``para_end`` is tested first: it is nearly always false.

    >>> from app.document import Source
    >>> doc = Document(Source("p", ""), ["标题", "甲", "", "乙", "丙", "页眉"])
    >>> doc.label = ["headline", "paragraph", None, "paragraph", "paragraph", "noise"]
    >>> doc.article, doc.para_end = [0, 0, -1, 0, 0, 0], [False, True, False, False, True, False]
    >>> page_pieces(doc)
    ({0: [('headline', [0]), ('paragraph', [1]), ('paragraph', [3, 4])]}, [0, 1, 3, 4], [5])
    """
    label, article, para_end = doc.label, doc.article, doc.para_end if ends is None else ends
    pieces: dict[int, list] = {}
    rows, noise = [], []
    paused = {}     # an article whose rows another's interrupt: (its piece's label, rows, cut)
    a, lab, run, cut, into = None, None, None, False, None
    for r, row_label in enumerate(label):
        if row_label is None:
            continue
        if row_label == "noise":
            noise.append(r)
            continue
        rows.append(r)
        if article[r] != a:
            paused[a] = lab, run, cut
            a = article[r]
            if a in pieces:
                into = pieces[a]
                lab, run, cut = paused[a]
            else:
                into = pieces[a] = []
                lab, run, cut = None, None, False
        if cut or row_label != lab:
            lab, run = row_label, [r]
            into.append((lab, run))
        else:
            run.append(r)
        cut = para_end[r] and lab not in _SPACE_JOINED
    return pieces, rows, noise


def cut_pieces(rows, label, para_end) -> list[tuple[str, list[int]]]:
    """One article's ``rows`` (labelled, in source order) cut into the pieces
    :func:`page_pieces` makes of a whole page in one loop: runs of one label, a run of a
    body label also cut after each row that ends a paragraph.

    >>> cut_pieces([0, 1, 2, 3], ["headline", "paragraph", "paragraph", "paragraph"], [False, True, False, True])
    [('headline', [0]), ('paragraph', [1]), ('paragraph', [2, 3])]
    """
    pieces, lab, cut = [], None, False
    for r in rows:
        if cut or label[r] != lab:
            lab = label[r]
            run = [r]
            pieces.append((lab, run))
        else:
            run.append(r)
        cut = para_end[r] and lab not in _SPACE_JOINED
    return pieces


def _article_runs(pieces, para_end) -> list[tuple[str, list[int]]]:
    """The blocks' ``(kind, rows)`` from the pieces of an article (:func:`page_pieces`):
    the headers first, by rank, then the body, each in the order of its first row. A
    paragraph's pieces are joined until one ends it or a run closes it
    (:func:`_closes_paragraph`), so a paragraph runs on across a caption that cuts it."""
    header, body = [], []   # (sort key..., kind, rows): the first rows are unique
    open_para = []          # rows of the paragraph being collected
    for lab, run in pieces:
        if lab == "paragraph":
            open_para += run
            if para_end[run[-1]]:
                body.append((open_para[0], lab, open_para))
                open_para = []
            continue
        if open_para and _closes_paragraph(lab, para_end[open_para[-1]]):
            body.append((open_para[0], "paragraph", open_para))
            open_para = []
        if lab in _HEADER_RANK:
            header.append((_HEADER_RANK[lab], run[0], lab, run))
        else:
            body.append((run[0], lab, run))
    if open_para:
        body.append((open_para[0], "paragraph", open_para))
    header.sort()
    body.sort()
    return [kb[-2:] for kb in header] + [kb[-2:] for kb in body]


def _closes_paragraph(lab: str, ended: bool) -> bool:
    """Does a run of lines labelled ``lab`` close the paragraph being collected (``ended``:
    its last line ends a paragraph)? A caption does not (it may cut a paragraph), nor
    does a header of the paragraph's own article when the paragraph was left open: a
    column read down may print the header inside the paragraph's run.

    >>> _closes_paragraph("caption", True), _closes_paragraph("headline", False), _closes_paragraph("headline", True)
    (False, False, True)
    """
    if lab == "paragraph" or lab == "caption":
        return False
    return ended or lab not in _HEADER_RANK


def closing_credit(blocks) -> list[str]:
    """The names of a bracketed credit that ends the article's last paragraph ("……再升级。
    （杨晨 蒋虹）"): the paragraph keeps it as printed, the article's ``bylines`` name them.

    >>> closing_credit([{"type": "paragraph", "text": "服务体验再升级。（杨晨 蒋虹）"}])
    ['杨晨', '蒋虹']
    >>> closing_credit([{"type": "paragraph", "text": "见下文。（上图）"}])
    []
    """
    last = next((b for b in reversed(blocks) if b["type"] == "paragraph"), None)
    if last is None:
        return []
    text = last["text"]
    if not text.rstrip().endswith(("）", ")")):
        # no credit (names._CREDIT ends in a bracket and spaces): spares the shape of a
        # whole paragraph and its search
        return []
    at = trailing_credit(text)
    return split_names(text[at:]) if at is not None else []


def build_article(doc: Document, pieces, number: int, clean, apart, ends=None, links=None) -> dict:
    blocks = article_blocks(doc, pieces, clean, apart, ends, links)
    texts = _header_texts(blocks)

    def field(kind):
        return " ".join(texts[kind]) if kind in texts else None

    names = []
    for text in texts.get("byline", ()):
        names += split_names(text)
    names += [n for n in closing_credit(blocks) if n not in names]
    return {"id": number, "kicker": field("kicker"), "headline": field("headline"),
            "subtitle": field("subtitle"), "bylines": names, "blocks": blocks}


def build_article_of_rows(doc: Document, rows: list[int], number: int) -> dict:
    """One article from its rows in source order, as :func:`corpus_parts` builds it among
    the page's (the window's preview builds an article at a time)."""
    label = doc.label
    rows = [r for r in rows if label[r] != "noise"]     # furniture interrupts nothing
    clean = dict(zip(rows, _cleaned(doc, rows)))
    links, ends = _links_and_ends(doc)
    return build_article(doc, cut_pieces(rows, label, ends), number, clean, cited_apart(doc, rows), ends, links)


def _links_and_ends(doc: Document):
    """The links in force (:mod:`app.goes_on`) and the ends the rows are cut at: on a page
    without links, ``({}, doc.para_end)``."""
    if not doc.goes_on:
        return {}, doc.para_end
    from .goes_on import ends_with_links, in_force
    links = in_force(doc)
    return links, (ends_with_links(doc, links) if links else doc.para_end)


def _header_texts(blocks) -> dict[str, list[str]]:
    """The texts of an article's header blocks by kind, in order. The headers come first
    (:func:`article_blocks`): the body, four blocks in five, is not read."""
    texts = {}
    for b in blocks:
        kind = b["type"]
        if kind not in _HEADER_RANK:
            break
        texts.setdefault(kind, []).append(b["text"])
    return texts


def source_info(doc: Document) -> dict:
    s = doc.source
    from .filenames import unicode_name
    return {"name": unicode_name(s.name), "sha256": s.sha256, "encoding": s.encoding,
            "lines": doc.src[-1] if doc.src else 0}


def build_corpus(doc: Document) -> dict:
    articles, dropped = corpus_parts(doc)
    return {"format": FORMAT, "version": VERSION, "source": source_info(doc),
            "articles": articles, "dropped": dropped}


def corpus_parts(doc: Document) -> tuple[list[dict], list[dict]]:
    """The articles (numbered from 1, in the order of their first rows) and the dropped
    entries of a document."""
    links, ends = _links_and_ends(doc)
    pieces, rows, noise = page_pieces(doc, ends)
    opened = doc.opened
    if opened is None:
        clean = dict(zip(rows, _cleaned(doc, rows)))   # cleaned together: see _cleaned
        apart = cited_apart(doc, rows)
    else:   # what the pass found, not searched for again
        clean = _cleaned_rows(doc)
        apart = cited_apart(doc, rows) if opened.split else set()
    articles = [build_article(doc, p, 1 + i, clean, apart, ends, links) for i, p in enumerate(pieces.values())]
    number = {a: 1 + i for i, a in enumerate(pieces)}
    dropped = []
    for r in noise:
        key, n = line_ref(doc, r)
        text = doc.current_text(r).strip()
        entry = {"type": "noise", "text": text, "lines": []}
        jump = parse_jump(text) if might_be_jump(text) else None
        if jump is not None:
            entry = {"type": "jump", "text": text, "lines": [], **jump_fields(doc, r, jump, number)}
        if key is not None:
            entry[key] = [n]
        dropped.append(entry)
    return articles, dropped


def jump_fields(doc: Document, r: int, jump, number) -> dict:
    """What a jump line's ``dropped`` entry says besides its text: the page it points to
    (``to_page``: the text goes on there; ``from_page``: it comes from there), the section
    letter when printed ("A3"), and ``article``, the number of the article whose part it
    ends or starts: the text before a jump on, the text after a jump back (``number``:
    article id -> its number)."""
    out = {("to_page" if jump.direction == "to" else "from_page"): jump.number}
    if jump.letter:
        out["page_letter"] = jump.letter
    step = -1 if jump.direction == "to" else 1
    q = r + step
    label = doc.label
    while 0 <= q < len(label) and (label[q] is None or label[q] == "noise" or label[q] == "caption"):
        q += step
    if 0 <= q < len(label) and doc.article[q] in number:
        out["article"] = number[doc.article[q]]
    return out
