"""Document -> the reflow-corpus of ../shared/corpus-format.md (version 1).

Only this module decides how rows become blocks; sessions embed what it returns and every
export is written from it.
"""
from __future__ import annotations

from .document import HEADER_LABELS, Document
from .rules.names import split_names, unpad_names
from .rules.text import fold_half_width, join_lines, remove_layout_spaces, strip_leading_dash

FORMAT, VERSION = "reflow-corpus", 1
_HEADER_RANK = {lab: i for i, lab in enumerate(HEADER_LABELS)}
_SPACE_JOINED = {"kicker", "headline", "subtitle", "byline"}


def clean_row(doc: Document, row: int) -> str:
    text = remove_layout_spaces(doc.current_text(row))
    if doc.settings.get("fold_half_width", True):
        text = fold_half_width(text)
    return text


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


def article_blocks(doc: Document, rows: list[int]) -> list[dict]:
    """Blocks of one article from its rows in source order."""
    header, body = [], []  # (sort key, block)
    open_para = None       # rows of the paragraph being collected
    para_first = None
    cur_kind, cur_rows = None, []

    def flush_run():
        nonlocal cur_kind, cur_rows
        if cur_kind is not None:
            blk = _block(cur_kind, [clean_row(doc, r) for r in cur_rows], cur_rows, doc)
            if cur_kind in _HEADER_RANK:
                header.append(((_HEADER_RANK[cur_kind], cur_rows[0]), blk))
            else:
                body.append((cur_rows[0], blk))
        cur_kind, cur_rows = None, []

    def flush_para():
        nonlocal open_para, para_first
        if open_para:
            body.append((para_first, _block("paragraph", [clean_row(doc, r) for r in open_para], open_para, doc)))
        open_para, para_first = None, None

    for r in rows:
        lab = doc.label[r]
        if lab == "noise":
            continue
        if lab == "paragraph":
            flush_run()
            if open_para is None:
                open_para, para_first = [], r
            open_para.append(r)
            if doc.para_end[r]:
                flush_para()
            continue
        # a caption may interrupt a paragraph, which then continues across it
        if lab != "caption":
            flush_para()
        if lab != cur_kind:
            flush_run()
            cur_kind = lab
        cur_rows.append(r)
        if doc.para_end[r] and lab not in _SPACE_JOINED:
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
    groups: dict[int, list[int]] = {}
    noise = []
    label, article = doc.label, doc.article
    for r in range(len(doc)):
        lab = label[r]
        if lab is None:
            continue
        if lab == "noise":
            noise.append(r)
        else:
            groups.setdefault(article[r], []).append(r)
    return groups, noise


def source_info(doc: Document) -> dict:
    s = doc.source
    return {"name": s.name, "sha256": s.sha256, "encoding": s.encoding,
            "lines": doc.src[-1] if doc.src else 0}


def build_corpus(doc: Document) -> dict:
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
