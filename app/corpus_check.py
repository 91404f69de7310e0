"""Checks a corpus against the rules of ../shared/corpus-format.md.

Used by the tests on every corpus they make, and usable on any file claiming the format::

    problems = check_corpus(json.load(f), split_lines(source_text))

One deliberate reading of the rules: a block may cite no line at all when a person typed its
text into a blank line (blank lines are never cited). A later piece of a split line cites it
under ``split_of``; its first piece cites it under ``lines``.
"""
from __future__ import annotations

BLOCK_TYPES = ("kicker", "headline", "subtitle", "byline", "subheading", "paragraph", "caption")
HEADER_TYPES = ("kicker", "headline", "subtitle", "byline")
DROPPED_TYPES = ("noise", "jump")   # a jump line ("（下转第2版）") is the link to another page
_HEADER_RANK = {t: i for i, t in enumerate(HEADER_TYPES)}
LIMIT = 50  # problems reported before giving up: one broken rule repeats on every line


def _is_int(v):
    return type(v) is int


class _Full(Exception):
    """The problems reached LIMIT at a check that gives up there."""


class _Findings:
    """The problems found so far, and every line cited so far with where it is cited.

    A problem of an object's own fields is noted and the checks go on (there are a few per
    object); one found in a loop over lines, or of a whole object, gives up at LIMIT.
    """

    def __init__(self, source_lines: list[str]):
        self.problems: list[str] = []
        self.source_lines = source_lines
        self.n_lines = len(source_lines)
        self.cited: dict[int, str] = {}            # line -> where it is cited
        self.pieces: list[tuple[int, str]] = []   # lines cited under split_of, and where

    def add(self, msg):
        self.problems.append(msg)

    def add_or_stop(self, msg):
        self.problems.append(msg)
        if len(self.problems) >= LIMIT:
            raise _Full

    def cite(self, blk, where):
        """Check the lines ``blk`` (a block or a dropped entry) cites, noting them as cited."""
        lines = blk.get("lines")
        if not isinstance(lines, list):
            self.add_or_stop(f"{where}: lines is missing or not a list")
            return
        for n in lines:
            self._cite_line(n, where)
        if "split_of" in blk:
            self._note_pieces(blk["split_of"], where)

    def _cite_line(self, n, where):
        if not _is_int(n) or not (1 <= n <= self.n_lines):
            self.add_or_stop(f"{where}: line {n!r} is not a line number in 1..{self.n_lines}")
            return
        if not self.source_lines[n - 1].strip():
            self.add_or_stop(f"{where}: cites line {n}, which is blank")
        if n in self.cited:
            self.add_or_stop(f"{where}: cites line {n}, already cited by {self.cited[n]}")
        self.cited[n] = where

    def _note_pieces(self, split_of, where):
        if not isinstance(split_of, list) or not all(_is_int(n) for n in split_of):
            self.add_or_stop(f"{where}: split_of is not a list of line numbers")
            return
        self.pieces.extend((n, where) for n in split_of)


def check_corpus(corpus, source_lines: list[str]) -> list[str]:
    """Every way ``corpus`` breaks the format for a page of ``source_lines``; empty if none.

    The checks follow the format's order: the head, each article and its blocks, the dropped
    lines, then whether the lines cited make the page."""
    if not isinstance(corpus, dict):
        return ["corpus is not a JSON object"]
    found = _Findings(source_lines)
    _check_head(corpus, found)
    articles, dropped = corpus.get("articles"), corpus.get("dropped")
    if not isinstance(articles, list):
        return found.problems + ["articles is not a list"]
    if not isinstance(dropped, list):
        return found.problems + ["dropped is not a list"]
    try:
        for a, art in enumerate(articles):
            _check_article(art, a + 1, found)
        for d, entry in enumerate(dropped):
            _check_dropped(entry, f"dropped {d + 1}", found)
        _check_pieces(found)
    except _Full:
        return found.problems
    _check_every_line_cited(found)
    return found.problems


def _check_head(corpus, found):
    if corpus.get("format") != "reflow-corpus":
        found.add(f"format is {corpus.get('format')!r}, not 'reflow-corpus'")
    if corpus.get("version") != 1 or not _is_int(corpus.get("version")):
        found.add(f"version is {corpus.get('version')!r}, not 1")
    src = corpus.get("source")
    if not isinstance(src, dict):
        found.add("source is not an object")
        return
    for key, kind in (("name", str), ("sha256", str), ("encoding", str)):
        if not isinstance(src.get(key), kind):
            found.add(f"source.{key} is missing or not a {kind.__name__}")
    if not _is_int(src.get("lines")):
        found.add("source.lines is missing or not an integer")
    elif src["lines"] != found.n_lines:
        found.add(f"source.lines is {src['lines']}, the page has {found.n_lines} lines")


def _check_article(art, number, found):
    where = f"article {number}"
    if not isinstance(art, dict):
        found.add_or_stop(f"{where} is not an object")
        return
    _check_article_keys(art, where, number, found)
    blocks = art.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        found.add(f"{where}: blocks is missing, not a list, or empty")
        return
    _check_blocks(blocks, where, found)
    _check_header_texts(art, blocks, where, found)


def _check_article_keys(art, where, number, found):
    if art.get("id") != number or not _is_int(art.get("id")):
        found.add(f"{where}: id is {art.get('id')!r}, expected {number}")
    for key in ("kicker", "headline", "subtitle"):
        if key not in art:
            found.add(f"{where}: no {key!r} key")
        elif art[key] is not None and not isinstance(art[key], str):
            found.add(f"{where}: {key} is neither text nor null")
    bylines = art.get("bylines")
    if not isinstance(bylines, list) or not all(isinstance(x, str) for x in bylines):
        found.add(f"{where}: bylines is not a list of names")


def _check_blocks(blocks, where, found):
    """Each block's type, text and lines; header blocks first, in the order of HEADER_TYPES."""
    seen_body, rank = False, -1
    for b, blk in enumerate(blocks):
        bwhere = f"{where} block {b + 1}"
        if not isinstance(blk, dict):
            found.add(f"{bwhere} is not an object")
            continue
        t = blk.get("type")
        if t not in BLOCK_TYPES:
            found.add(f"{bwhere}: type {t!r} is not a block type")
        elif t in _HEADER_RANK:
            _check_header_place(t, bwhere, seen_body, rank, found)
            rank = max(rank, _HEADER_RANK[t])
        else:
            seen_body = True
        if not isinstance(blk.get("text"), str):
            found.add(f"{bwhere}: text is missing or not a string")
        found.cite(blk, bwhere)


def _check_header_place(t, bwhere, seen_body, rank, found):
    if seen_body:
        found.add(f"{bwhere}: {t} after the body began (header blocks come first)")
    elif _HEADER_RANK[t] < rank:
        found.add(f"{bwhere}: {t} out of header order (kicker, headline, subtitle, byline)")


def _check_header_texts(art, blocks, where, found):
    """An article's kicker, headline and subtitle are its blocks of that type, joined."""
    for key in ("kicker", "headline", "subtitle"):
        texts = [blk.get("text") for blk in blocks if isinstance(blk, dict) and blk.get("type") == key]
        want = " ".join(t for t in texts if isinstance(t, str)) if texts else None
        if key in art and art[key] != want:
            found.add(f"{where}: {key} is {art[key]!r} but its blocks say {want!r}")


def _check_dropped(entry, where, found):
    if not isinstance(entry, dict):
        found.add(f"{where} is not an object")
        return
    if entry.get("type") not in DROPPED_TYPES:
        found.add(f"{where}: type {entry.get('type')!r}, expected 'noise' or 'jump'")
    if not isinstance(entry.get("text"), str):
        found.add(f"{where}: text is missing or not a string")
    found.cite(entry, where)


def _check_pieces(found):
    """A later piece of a split line cites a line some block cites under ``lines``."""
    for n, where in found.pieces:
        if n not in found.cited:
            found.add_or_stop(f"{where}: split_of line {n}, which no block cites under lines")


def _check_every_line_cited(found):
    missing = [k + 1 for k, t in enumerate(found.source_lines) if t.strip() and (k + 1) not in found.cited]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
        found.add(f"{len(missing)} non-blank line(s) never cited: {shown}")
