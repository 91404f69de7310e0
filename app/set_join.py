"""Continued articles made one in a batch's one corpus file (``zhengwen reflow DIR -o X.jsonl``).

The pages come back from the workers in order, each with its piece of the output and, when
it holds a jump line, its corpus-set entry (:func:`join_entry`). Pages of one folder are one
issue (:func:`app.links.suggest_links` links only those), so the join works a folder at a
time: the folder's pieces wait in a spooled temporary file, its pages with a jump line are
also held as entries; at the folder's end they are joined (:func:`app.links.join_continuations`)
and given out in order. Memory holds one folder's jump pages (a folder with more than
:data:`ISSUE_JUMP_PAGES` of them is no one issue and is not joined), whatever the archive's
size. A folder without a jump line gives its pieces out unchanged.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby

from . import messages as msg
from .batch import PageResult, piece_data
from .messages import say

SPOOL_BYTES = 4 << 20       # a folder's pieces kept in memory up to this, then in a file
# A folder with more pages holding a jump line than this is no one issue (a flat archive of
# many days): its pages are written as they are, and memory stays bounded.
ISSUE_JUMP_PAGES = 200


def join_entry(corpus: dict, page: str, sha256: str, lines, always=False) -> tuple[dict | None, object]:
    """A reflowed page's corpus-set entry as the export of a folder makes one for a page
    without a session (:func:`app.folder_export._entry_and_change`: its number read from its
    running head, folio or name, its lines' widths, which the join reads column changes
    by), when it holds a jump line or ``always``; and the page's number
    (:class:`app.folio.PageNumber` or None)."""
    from .folio import number_of_lines
    from .links import page_number, takes_part
    from .rules.block_columns import line_widths
    read = number_of_lines(lines, page)
    entry = {"page": page, "page_status": "new", "page_sha256": sha256, "corpus": corpus,
             **({"number": read.text()} if read is not None else {})}
    number = page_number(entry)
    if not (always or takes_part(entry)):
        return None, number
    entry["widths"] = line_widths(lines)
    return entry, number


def _folder(result: PageResult) -> str:
    return result.page.rpartition("/")[0]


def join_in_folders(results: Iterable[PageResult], piece: str, reread: Callable[[str], dict],
                    spill_dir=None) -> Iterator[PageResult]:
    """``results`` (in page order, each a page's :class:`PageResult` with ``number`` and,
    for a page with a jump line, ``entry``) with every chain of linked parts made one
    article in the page where it starts. ``reread(page)``: the entry of a page a jump names
    that holds none itself (read again: only such pages are)."""
    for _, group in groupby(results, key=_folder):
        yield from _join_folder(group, piece, reread, spill_dir)


def _join_folder(group, piece, reread, spill_dir) -> Iterator[PageResult]:
    from .links import join_continuations, named_pages
    kept, held, numbers, spilled, many = [], {}, {}, {}, False
    with tempfile.SpooledTemporaryFile(SPOOL_BYTES, dir=spill_dir) as spill:
        for r in group:
            kept.append(r)
            if r.error is not None:
                continue
            numbers[r.page] = r.number
            if r.entry is not None and not many:
                held[r.page] = r.entry
                many = len(held) > ISSUE_JUMP_PAGES
                if many:
                    held.clear()
            spilled[r.page] = (spill.tell(), len(r.data))
            spill.write(r.data)
            r.data, r.entry = b"", None         # kept small while the folder is read
        joined = {}
        if held:
            order = {r.page: i for i, r in enumerate(kept)}
            for page in sorted(named_pages(held.values(), numbers) - held.keys(), key=order.__getitem__):
                try:
                    held[page] = reread(page)
                except Exception as e:  # noqa: BLE001 - the page changed since: said, its piece kept
                    r = kept[order[page]]
                    r.warning = "\n".join(filter(None, (r.warning, str(say(msg.REREAD_FAILED, page, e)))))
            joined = {e["page"]: e for e in join_continuations(sorted(held.values(), key=lambda e: order[e["page"]]))}
        for i, r in enumerate(kept):
            kept[i] = None      # given out and written: the folder's pieces are never all held
            if r.error is not None:
                pass
            elif r.page in joined:
                e = joined[r.page]
                r.data = piece_data(e["corpus"], r.page, "new", r.sha256, piece)
                r.articles = len(e["corpus"]["articles"])
            else:
                at, size = spilled[r.page]
                spill.seek(at)
                r.data = spill.read(size)
            yield r
