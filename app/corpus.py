"""Document -> the reflow-corpus of ../shared/corpus-format.md (version 1).

Only this module decides how rows become blocks; sessions embed what it returns and every
export is written from it.
"""
from __future__ import annotations

from itertools import groupby

from .document import HEADER_LABELS, Document
from .gc_pause import gc_paused
from .rules.names import split_names, unpad_names
from .rules.text import (HALF_PUNCT, LAYOUT_SPACE, fold_half_width, join_lines, remove_layout_spaces,
                         strip_leading_dash)

FORMAT, VERSION = "reflow-corpus", 1
_HEADER_RANK = {lab: i for i, lab in enumerate(HEADER_LABELS)}
_SPACE_JOINED = {"kicker", "headline", "subtitle", "byline"}


def clean_row(doc: Document, row: int) -> str:
    return clean_text(doc.current_text(row), doc.settings.get("fold_half_width", True))


def clean_text(text: str, fold: bool) -> str:
    text = remove_layout_spaces(text)
    return fold_half_width(text) if fold else text


def _cleaned(doc: Document, rows) -> list[str]:
    """:func:`clean_row` of many rows at once: a line with no space, markup or half-width
    punctuation (nearly every line) is only stripped, without a call per row."""
    text, edited = doc.text, doc.edited
    fold = doc.settings.get("fold_half_width", True)
    out = []
    for r in rows:
        t = edited[r]
        t = (text[r] if t is None else t).strip(LAYOUT_SPACE)
        if " " in t or "\u3000" in t or "\t" in t or "\u00a0" in t or t[:1] in "#*":
            t = remove_layout_spaces(t)
        if fold and HALF_PUNCT.search(t):
            t = fold_half_width(t)
        out.append(t)
    return out


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


def _block(kind, texts, rows, doc):
    if kind == "byline":
        # from the raw rows: cleaning would glue padded names ("肖 畅 周红波") together
        text = unpad_names(" ".join(doc.current_text(r) for r in rows))
    elif kind in _SPACE_JOINED:
        text = " ".join(t for t in texts if t)
    else:
        text = join_lines(texts)
    if kind == "subtitle":
        text = strip_leading_dash(text)
    cited, split_of = [], []
    raw, src = doc.text, doc.src
    for r in rows:
        n = src[r]
        if raw[r].strip():  # the common case of line_ref, inline: it runs once per row
            (split_of if r > 0 and src[r - 1] == n else cited).append(n)
            continue
        key, n = line_ref(doc, r)
        if key == "lines":
            cited.append(n)
        elif key == "split_of":
            split_of.append(n)
    blk = {"type": kind, "text": text, "lines": cited}
    if split_of:
        blk["split_of"] = split_of  # a later piece of a line whose first piece cites it
    return blk


def article_blocks(doc: Document, rows: list[int]) -> list[dict]:
    """Blocks of one article from its rows in source order."""
    header, body = [], []  # (sort key, block)
    open_para = None       # rows of the paragraph being collected
    para_first = None
    cur_kind, cur_rows = None, []

    def flush_run():
        nonlocal cur_kind, cur_rows
        if cur_kind is not None:
            blk = _block(cur_kind, _cleaned(doc, cur_rows), cur_rows, doc)
            if cur_kind in _HEADER_RANK:
                header.append(((_HEADER_RANK[cur_kind], cur_rows[0]), blk))
            else:
                body.append((cur_rows[0], blk))
        cur_kind, cur_rows = None, []

    def flush_para():
        nonlocal open_para, para_first
        if open_para:
            body.append((para_first, _block("paragraph", _cleaned(doc, open_para), open_para, doc)))
        open_para, para_first = None, None

    label, para_end = doc.label, doc.para_end
    for r in rows:
        lab = label[r]
        if lab == "noise":
            continue
        if lab == "paragraph":
            if cur_kind is not None:
                flush_run()
            if open_para is None:
                open_para, para_first = [], r
            open_para.append(r)
            if para_end[r]:
                flush_para()
            continue
        # a caption may interrupt a paragraph, which then continues across it
        if lab != "caption":
            flush_para()
        if lab != cur_kind:
            flush_run()
            cur_kind = lab
        cur_rows.append(r)
        if para_end[r] and lab not in _SPACE_JOINED:
            flush_run()
    flush_run()
    flush_para()
    header.sort(key=lambda kb: kb[0])
    body.sort(key=lambda kb: kb[0])
    return [b for _, b in header] + [b for _, b in body]


def build_article(doc: Document, rows: list[int], number: int) -> dict:
    blocks = article_blocks(doc, rows)

    def field(kind):
        texts = [b["text"] for b in blocks if b["type"] == kind]
        return " ".join(texts) if texts else None

    names = []
    for b in blocks:
        if b["type"] == "byline":
            names += split_names(b["text"])
    return {"id": number, "kicker": field("kicker"), "headline": field("headline"),
            "subtitle": field("subtitle"), "bylines": names, "blocks": blocks}


def group_rows(doc: Document) -> tuple[dict[int, list[int]], list[int]]:
    """Rows of each article in source order, and the noise rows."""
    label = doc.label
    noise = [r for r, lab in enumerate(label) if lab == "noise"]
    rows = [r for r, lab in enumerate(label) if lab is not None and lab != "noise"]
    groups: dict[int, list[int]] = {}
    # an article's rows come in long runs: group the runs, not the rows
    for a, run in groupby(rows, key=doc.article.__getitem__):
        g = groups.get(a)
        if g is None:
            groups[a] = list(run)
        else:
            g.extend(run)
    return groups, noise


def source_info(doc: Document) -> dict:
    s = doc.source
    return {"name": s.name, "sha256": s.sha256, "encoding": s.encoding,
            "lines": doc.src[-1] if doc.src else 0}


def build_corpus(doc: Document) -> dict:
    with gc_paused():
        return _build_corpus(doc)


def _build_corpus(doc: Document) -> dict:
    groups, noise = group_rows(doc)
    order = sorted(groups, key=lambda a: groups[a][0])
    articles = [build_article(doc, groups[a], i + 1) for i, a in enumerate(order)]
    dropped = []
    for r in noise:
        key, n = line_ref(doc, r)
        entry = {"type": "noise", "text": doc.current_text(r).strip(), "lines": []}
        if key is not None:
            entry[key] = [n]
        dropped.append(entry)
    return {"format": FORMAT, "version": VERSION, "source": source_info(doc),
            "articles": articles, "dropped": dropped}
