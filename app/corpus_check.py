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


# Long and of high complexity on purpose: one check per rule of corpus-format.md, in the
# format's order, each a line or two with its own message and none depending on another's
# outcome, so it reads against the format line by line; the count is of checks, not of paths.
def check_corpus(corpus, source_lines: list[str]) -> list[str]:
    """Every way ``corpus`` breaks the format for a page of ``source_lines``; empty if none."""
    problems: list[str] = []

    def bad(msg):
        problems.append(msg)
        return len(problems) >= LIMIT

    if not isinstance(corpus, dict):
        return ["corpus is not a JSON object"]
    if corpus.get("format") != "reflow-corpus":
        bad(f"format is {corpus.get('format')!r}, not 'reflow-corpus'")
    if corpus.get("version") != 1 or not _is_int(corpus.get("version")):
        bad(f"version is {corpus.get('version')!r}, not 1")
    n_lines = len(source_lines)
    src = corpus.get("source")
    if not isinstance(src, dict):
        bad("source is not an object")
    else:
        for key, kind in (("name", str), ("sha256", str), ("encoding", str)):
            if not isinstance(src.get(key), kind):
                bad(f"source.{key} is missing or not a {kind.__name__}")
        if not _is_int(src.get("lines")):
            bad("source.lines is missing or not an integer")
        elif src["lines"] != n_lines:
            bad(f"source.lines is {src['lines']}, the page has {n_lines} lines")
    articles, dropped = corpus.get("articles"), corpus.get("dropped")
    if not isinstance(articles, list):
        return problems + ["articles is not a list"]
    if not isinstance(dropped, list):
        return problems + ["dropped is not a list"]

    cited: dict[int, str] = {}   # line -> where it is cited
    pieces: list[tuple[int, str]] = []

    def check_refs(blk, where):
        lines = blk.get("lines")
        if not isinstance(lines, list):
            return bad(f"{where}: lines is missing or not a list")
        for n in lines:
            if not _is_int(n) or not (1 <= n <= n_lines):
                if bad(f"{where}: line {n!r} is not a line number in 1..{n_lines}"):
                    return True
                continue
            if not source_lines[n - 1].strip():
                if bad(f"{where}: cites line {n}, which is blank"):
                    return True
            if n in cited:
                if bad(f"{where}: cites line {n}, already cited by {cited[n]}"):
                    return True
            cited[n] = where
        if "split_of" in blk:
            split_of = blk["split_of"]
            if not isinstance(split_of, list) or not all(_is_int(n) for n in split_of):
                return bad(f"{where}: split_of is not a list of line numbers")
            pieces.extend((n, where) for n in split_of)
        return False

    for a, art in enumerate(articles):
        where = f"article {a + 1}"
        if not isinstance(art, dict):
            if bad(f"{where} is not an object"):
                return problems
            continue
        if art.get("id") != a + 1 or not _is_int(art.get("id")):
            bad(f"{where}: id is {art.get('id')!r}, expected {a + 1}")
        for key in ("kicker", "headline", "subtitle"):
            if key not in art:
                bad(f"{where}: no {key!r} key")
            elif art[key] is not None and not isinstance(art[key], str):
                bad(f"{where}: {key} is neither text nor null")
        bylines = art.get("bylines")
        if not isinstance(bylines, list) or not all(isinstance(x, str) for x in bylines):
            bad(f"{where}: bylines is not a list of names")
        blocks = art.get("blocks")
        if not isinstance(blocks, list) or not blocks:
            bad(f"{where}: blocks is missing, not a list, or empty")
            continue
        seen_body, rank = False, -1
        for b, blk in enumerate(blocks):
            bwhere = f"{where} block {b + 1}"
            if not isinstance(blk, dict):
                bad(f"{bwhere} is not an object")
                continue
            t = blk.get("type")
            if t not in BLOCK_TYPES:
                bad(f"{bwhere}: type {t!r} is not a block type")
            elif t in _HEADER_RANK:
                if seen_body:
                    bad(f"{bwhere}: {t} after the body began (header blocks come first)")
                elif _HEADER_RANK[t] < rank:
                    bad(f"{bwhere}: {t} out of header order (kicker, headline, subtitle, byline)")
                rank = max(rank, _HEADER_RANK[t])
            else:
                seen_body = True
            if not isinstance(blk.get("text"), str):
                bad(f"{bwhere}: text is missing or not a string")
            if check_refs(blk, bwhere):
                return problems
        for key in ("kicker", "headline", "subtitle"):
            texts = [blk.get("text") for blk in blocks if isinstance(blk, dict) and blk.get("type") == key]
            want = " ".join(t for t in texts if isinstance(t, str)) if texts else None
            if key in art and art[key] != want:
                bad(f"{where}: {key} is {art[key]!r} but its blocks say {want!r}")

    for d, entry in enumerate(dropped):
        where = f"dropped {d + 1}"
        if not isinstance(entry, dict):
            bad(f"{where} is not an object")
            continue
        if entry.get("type") not in DROPPED_TYPES:
            bad(f"{where}: type {entry.get('type')!r}, expected 'noise' or 'jump'")
        if not isinstance(entry.get("text"), str):
            bad(f"{where}: text is missing or not a string")
        if check_refs(entry, where):
            return problems

    for n, where in pieces:
        if n not in cited:
            if bad(f"{where}: split_of line {n}, which no block cites under lines"):
                return problems
    missing = [k + 1 for k, t in enumerate(source_lines) if t.strip() and (k + 1) not in cited]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" ..." if len(missing) > 10 else "")
        bad(f"{len(missing)} non-blank line(s) never cited: {shown}")
    return problems
